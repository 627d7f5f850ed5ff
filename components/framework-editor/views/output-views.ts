import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isEmbeddableUrl } from '../../../src/framework/embed-snippet.js';
import type { Framework } from '../../../src/framework/types.js';
import type { EditorContext } from './editor-context.js';

export { awardView, type AwardState } from './award-view.js';

/**
 * The live preview: the real `<mv-assessment>` with the framework as it stands, once valid.
 * It is made when the reader comes near it (`near`), or at once by its button: far down the
 * editor, it was a whole assessment made and laid out while the editor started.
 */
export function previewView(ctx: EditorContext, framework: Framework | undefined, near: boolean, showNow: () => void): TemplateResult {
  return html`<section class="panel chrome preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading" tabindex="-1">${ctx.t('previewHeading')}</h2>
    ${!framework
      ? html`<p class="blocked">${ctx.t('previewBlocked')}</p>`
      : near
        ? html`<mv-assessment part="preview" storage="none" lang=${ctx.lang} .framework=${framework}></mv-assessment>`
        : html`<button type="button" class="secondary" data-action="show-preview" @click=${showNow}>${ctx.t('previewShow')}</button>`}
  </section>`;
}

/** What the export view shows and does. */
export interface ExportState {
  errorCount: number;
  warningCount: number;
  scriptUrl: string;
  frameworkUrl: string;
  snippet: string;
  setScriptUrl(value: string): void;
  setFrameworkUrl(value: string): void;
  download(): void;
  showProblems(): void;
  copySnippet(): void;
  copyMessage?: string;
}

function urlField(ctx: EditorContext, id: string, label: string, value: string, set: (v: string) => void): TemplateResult {
  const bad = !isEmbeddableUrl(value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      inputmode="url"
      .value=${live(value)}
      aria-invalid=${ifDefined(bad ? 'true' : undefined)}
      aria-describedby=${ifDefined(bad ? `${id}-problem` : undefined)}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
    />
    ${bad ? html`<p class="field-problems" id=${`${id}-problem`}>${ctx.t('badUrl')}</p>` : nothing}
  </div>`;
}

/**
 * Export: download the JSON (refused, with the reason, while there are errors: a file with
 * errors would show kommune visitors an error instead of a form) and the embed snippet.
 */
export function exportView(ctx: EditorContext, state: ExportState): TemplateResult {
  const blocked = state.errorCount > 0;
  const urlsOk = isEmbeddableUrl(state.scriptUrl) && isEmbeddableUrl(state.frameworkUrl);
  return html`<section class="panel chrome export" aria-labelledby="export-heading">
    <h2 id="export-heading">${ctx.t('exportHeading')}</h2>
    <button
      type="button"
      part="download"
      data-action="download"
      aria-disabled=${blocked ? 'true' : 'false'}
      aria-describedby=${ifDefined(blocked ? 'export-reason' : state.warningCount > 0 ? 'export-warnings' : undefined)}
      @click=${() => (blocked ? state.showProblems() : state.download())}
    >
      ${ctx.t('download')}
    </button>
    ${blocked
      ? html`<p id="export-reason" class="blocked">
          ${ctx.t('exportBlocked', { count: state.errorCount })}
          <button type="button" class="link" @click=${() => state.showProblems()}>${ctx.t('showProblems')}</button>
        </p>`
      : state.warningCount > 0
        ? html`<p id="export-warnings">${ctx.t('exportWarnings', { count: state.warningCount })}</p>`
        : nothing}
    <h3>${ctx.t('embedHeading')}</h3>
    <p>${ctx.t('embedIntro')}</p>
    ${urlField(ctx, 'script-url', ctx.t('scriptUrl'), state.scriptUrl, state.setScriptUrl)}
    ${urlField(ctx, 'framework-url', ctx.t('frameworkUrl'), state.frameworkUrl, state.setFrameworkUrl)}
    <div class="field">
      <label for="snippet">${ctx.t('snippet')}</label>
      <textarea id="snippet" readonly rows="3" spellcheck="false" .value=${live(urlsOk ? state.snippet : '')}></textarea>
    </div>
    <button type="button" ?disabled=${!urlsOk} @click=${() => state.copySnippet()}>${ctx.t('copy')}</button>
    ${state.copyMessage ? html`<p class="copy-message">${state.copyMessage}</p>` : nothing}
  </section>`;
}
