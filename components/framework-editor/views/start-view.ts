import { html, nothing, type TemplateResult } from 'lit';
import { sustainableDevelopmentGoals } from '../../../src/framework/sdg.js';
import type { Problem } from '../../../src/problems/problem.js';
import type { EditorContext } from './editor-context.js';
import { lazyDetails } from './lazy-details.js';

/** The key of the start's disclosure of goals to pick from (it is no path of the framework). */
const START_SDG = 'start:sdg';

/** What became of the last file opened: a sentence, and the file's problems with paths. */
export interface FileReport {
  message: string;
  problems: readonly Problem[];
  /** The file was not opened at all (too large, not JSON, not a framework). */
  refused?: boolean;
}

/** The starting points and the callbacks that load them. */
export interface StartActions {
  picked: ReadonlySet<number>;
  togglePick(goal: number, on: boolean): void;
  startDefault(): void;
  startBlank(): void;
  startSdg(): void;
  openFile(file: File): void;
  fileReport?: FileReport;
  sdgHint?: string;
}

/** Where to start: the default framework, picked SDGs, a blank framework, or a file. */
export function startView(ctx: EditorContext, actions: StartActions): TemplateResult {
  const onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) actions.openFile(file);
    input.value = '';
  };
  const report = actions.fileReport;
  return html`<section class="panel chrome start" aria-labelledby="start-heading">
    <h2 id="start-heading">${ctx.t('startHeading')}</h2>
    <p>${ctx.t('startIntro')}</p>
    <div class="buttons">
      <button type="button" @click=${() => actions.startDefault()}>${ctx.t('startDefault')}</button>
      <button type="button" @click=${() => actions.startBlank()}>${ctx.t('startBlank')}</button>
    </div>
    ${lazyDetails({
      className: 'sdg-start',
      open: ctx.isOpen(START_SDG),
      setOpen: (open) => ctx.setOpen(START_SDG, open),
      summary: ctx.t('startSdg'),
      body: () => html`<fieldset>
          <legend>${ctx.t('sdgPickLegend')}</legend>
          <p class="hint">${ctx.t('sdgPickHint')}</p>
          <div class="sdg-grid">
            ${sustainableDevelopmentGoals.map(
              (goal) => html`<div class="field checkbox">
                <input
                  id=${`pick-sdg-${goal.number}`}
                  type="checkbox"
                  .checked=${actions.picked.has(goal.number)}
                  @change=${(event: Event) => actions.togglePick(goal.number, (event.target as HTMLInputElement).checked)}
                />
                <label for=${`pick-sdg-${goal.number}`}>${goal.number}. ${goal.title[ctx.lang]}</label>
              </div>`,
            )}
          </div>
        </fieldset>
        <button type="button" @click=${() => actions.startSdg()}>${ctx.t('sdgCreate')}</button>
        ${actions.sdgHint ? html`<p class="field-problems" role="alert">${actions.sdgHint}</p>` : nothing}`,
    })}
    <div class="field">
      <label for="open-file">${ctx.t('startFile')}</label>
      <input id="open-file" type="file" accept=".json,application/json" @change=${onFile} />
    </div>
    ${report
      ? html`<div class="file-report" role=${report.refused || report.problems.some((p) => p.severity === 'error') ? 'alert' : 'status'}>
          <p>${report.message}</p>
          ${report.problems.length > 0
            ? html`<ul>
                ${report.problems.map(
                  (problem) =>
                    html`<li class=${problem.severity}>
                      ${problem.message[ctx.lang]}
                      <span class="path">${ctx.t('problemPath', { path: problem.path || ctx.t('rootPath') })}</span>
                    </li>`,
                )}
              </ul>`
            : nothing}
        </div>`
      : nothing}
  </section>`;
}
