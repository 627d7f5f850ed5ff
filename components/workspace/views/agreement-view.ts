import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Assessment, AssessmentSource } from '../../../src/assessment/types.js';
import { agreedAssessment, type Resolution } from '../../../src/case/agreed-assessment.js';
import { assessorDisagreements, type AssessorSide, type Disagreement } from '../../../src/case/disagreement.js';
import { sameOffer } from '../../../src/compare/offer-identity.js';
import { allowsNotApplicable, effectiveScale } from '../../../src/framework/criterion-rules.js';
import type { Criterion, Framework } from '../../../src/framework/types.js';
import type { Lang } from '../../../src/text/lang.js';
import { resolveText } from '../../../src/text/text.js';
import { localize, type MessageValues } from '../../i18n/define-messages.js';
import { formatDate } from '../../i18n/number-format.js';
import type { LibrarySummary } from '../assessment-library.js';
import { agreementMessages, type AgreementMessageKey } from './agreement.messages.js';

/*
 * Two assessors, one agreed assessment: the officer picks their own assessment and a
 * colleague's (from the library or a file), sees exactly the criteria where the two differ,
 * chooses the agreed level with a note for each, and saves the result as a new entry.
 */

/** What the assessors chose for one criterion they judged differently. */
export interface AgreementChoice {
  /** The agreed level's value; absent until chosen, or when "not applicable" is chosen. */
  level?: number;
  notApplicable?: boolean;
  note: string;
}

/** What the agreement view shows and does; the workspace holds the state. */
export interface AgreementState {
  framework: Framework;
  lang: Lang;
  /** The library's entries: official ones are offered on both sides. */
  entries: LibrarySummary[];
  mineId?: string;
  theirsId?: string;
  mine?: Assessment;
  theirs?: Assessment;
  /** The file the colleague's assessment came from, when it did not come from the library. */
  theirsFile?: string;
  fileError?: string;
  names: { mine: string; theirs: string };
  choices: Record<string, AgreementChoice>;
  /** Why the last save was refused (unresolved criteria); shown as an alert. */
  error?: string;
  chooseMine(id: string): void;
  chooseTheirs(id: string): void;
  chooseFile(file: File | undefined): void;
  setName(which: 'mine' | 'theirs', name: string): void;
  setChoice(criterionId: string, choice: AgreementChoice): void;
  save(): void;
}

function t(lang: Lang, key: AgreementMessageKey, values?: MessageValues): string {
  return localize(agreementMessages, lang, key, values);
}

/** The resolutions the core needs, from the choices made so far (a criterion without a level is left out). */
export function resolutionsOf(choices: Readonly<Record<string, AgreementChoice>>): Record<string, Resolution> {
  const resolutions: Record<string, Resolution> = {};
  for (const [id, choice] of Object.entries(choices)) {
    if (choice.notApplicable) resolutions[id] = { answer: { notApplicable: true, reason: choice.note }, note: choice.note };
    else if (choice.level !== undefined) resolutions[id] = { answer: { value: choice.level }, note: choice.note };
  }
  return resolutions;
}

/** The agreed assessment as the choices stand, or `undefined` while a difference is open. */
export function agreedFrom(state: AgreementState, now = new Date()): Assessment | undefined {
  if (!state.mine || !state.theirs) return undefined;
  return agreedAssessment(state.framework, state.mine, state.theirs, resolutionsOf(state.choices), now, state.names).assessment;
}

/** "Kari (vurdert …) og Per (vurdert …)": the sources of an agreed assessment in words. */
export function sourcesText(sources: readonly AssessmentSource[], lang: Lang): string {
  return sources
    .map((source, index) =>
      t(lang, 'source', {
        who: source.assessor || t(lang, index === 0 ? 'mine' : 'theirs'),
        date: formatDate(source.createdAt, lang),
      }),
    )
    .join(t(lang, 'and'));
}

/** The agreement section. */
export function agreementView(state: AgreementState, heading: (text: string) => TemplateResult): TemplateResult {
  const { lang } = state;
  const officials = state.entries.filter((entry) => entry.mode === 'official');
  return html`
    <section part="agreement" class="agreement" aria-labelledby="agreement-heading">
      ${heading(t(lang, 'heading'))}
      <p>${t(lang, 'intro')}</p>
      ${officials.length === 0
        ? html`<p>${t(lang, 'needOfficial')}</p>`
        : html`<div class="agreement-pick">
            ${pick(state, 'mine', officials, state.mineId)}
            ${pick(state, 'theirs', officials.filter((entry) => entry.id !== state.mineId), state.theirsId)}
            <label class="file-pick">
              ${t(lang, 'fromFile')}
              <input
                type="file"
                accept=".json,application/json"
                @change=${(event: Event) => {
                  const input = event.target as HTMLInputElement;
                  state.chooseFile(input.files?.[0]);
                  input.value = '';
                }}
              />
            </label>
          </div>`}
      ${state.fileError ? html`<p class="problem" role="alert">${state.fileError}</p>` : nothing}
      ${state.theirsFile && state.theirs ? html`<p>${t(lang, 'fileUsed', { file: state.theirsFile })}</p>` : nothing}
      ${state.mine && state.theirs ? comparison(state, state.mine, state.theirs) : officials.length > 0 ? html`<p>${t(lang, 'needTwo')}</p>` : nothing}
    </section>
  `;
}

function pick(state: AgreementState, which: 'mine' | 'theirs', entries: LibrarySummary[], chosen: string | undefined): TemplateResult {
  const { lang } = state;
  const choose = which === 'mine' ? state.chooseMine : state.chooseTheirs;
  return html`<label>
    ${t(lang, which)}
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!chosen}>${t(lang, 'choose')}</option>
      ${entries.map(
        (entry) =>
          html`<option value=${entry.id} ?selected=${entry.id === chosen}>
            ${t(lang, 'option', { title: entry.title || t(lang, 'untitled'), date: formatDate(entry.createdAt, lang) })}
          </option>`,
      )}
    </select>
  </label>`;
}

function comparison(state: AgreementState, mine: Assessment, theirs: Assessment): TemplateResult {
  const { lang, framework } = state;
  const differences = assessorDisagreements(framework, mine, theirs);
  const agreed = agreedFrom(state);
  const mineLabel = state.names.mine.trim() || t(lang, 'mine');
  const theirsLabel = state.names.theirs.trim() || t(lang, 'theirs');
  return html`
    ${sameOffer(mine.offer, theirs.offer)
      ? nothing
      : html`<p class="note">
          ${t(lang, 'otherOffer', { mine: mine.offer.title || t(lang, 'untitled'), theirs: theirs.offer.title || t(lang, 'untitled') })}
        </p>`}
    <div class="agreement-names">
      <label>
        ${t(lang, 'mineName')}
        <input type="text" autocomplete="name" .value=${live(state.names.mine)} @input=${(event: Event) => state.setName('mine', (event.target as HTMLInputElement).value)} />
      </label>
      <label>
        ${t(lang, 'theirsName')}
        <input type="text" .value=${live(state.names.theirs)} @input=${(event: Event) => state.setName('theirs', (event.target as HTMLInputElement).value)} />
      </label>
    </div>
    <mv-radar
      .framework=${framework}
      .assessments=${agreed ? [mine, theirs, agreed] : [mine, theirs]}
      .labels=${agreed ? [mineLabel, theirsLabel, t(lang, 'agreedSeries')] : [mineLabel, theirsLabel]}
      caption=${t(lang, 'chartCaption')}
      lang=${lang}
    ></mv-radar>
    ${agreed ? nothing : html`<p>${t(lang, 'chartPending')}</p>`}
    <h4 id="differences-heading">${t(lang, 'differHeading', { count: differences.length })}</h4>
    ${differences.length === 0
      ? html`<p>${t(lang, 'noDifferences')}</p>`
      : html`<ol class="differences" aria-labelledby="differences-heading">
          ${differences.map((item) => html`<li>${difference(state, item, mineLabel, theirsLabel)}</li>`)}
        </ol>`}
    ${state.error ? html`<p class="problem" role="alert">${state.error}</p>` : nothing}
    <div class="toolbar">
      <button type="button" class="primary" @click=${() => state.save()}>${t(lang, 'save')}</button>
    </div>
  `;
}

function criterionOf(framework: Framework, id: string): { criterion?: Criterion; dimension: string } {
  for (const dimension of framework.dimensions) {
    const criterion = dimension.criteria.find((candidate) => candidate.id === id);
    if (criterion) return { criterion, dimension: dimension.id };
  }
  return { dimension: '' };
}

function difference(state: AgreementState, item: Disagreement, mineLabel: string, theirsLabel: string): TemplateResult {
  const { lang, framework } = state;
  const { criterion } = criterionOf(framework, item.criterionId);
  const dimension = framework.dimensions.find((candidate) => candidate.id === item.dimensionId);
  const title = criterion ? resolveText(criterion.title, lang) : item.criterionId;
  const choice = state.choices[item.criterionId] ?? { note: '' };
  const levels = criterion ? effectiveScale(framework, criterion).levels : [];
  const set = (change: Partial<AgreementChoice>) => state.setChoice(item.criterionId, { ...choice, ...change });
  return html`<fieldset class="difference" data-criterion=${item.criterionId}>
    <legend>${title}${dimension ? html` <span class="area">(${resolveText(dimension.title, lang)})</span>` : nothing}</legend>
    <dl>
      <dt>${mineLabel}</dt>
      <dd>${sideText(lang, item.mine)}</dd>
      <dt>${theirsLabel}</dt>
      <dd>${sideText(lang, item.theirs)}</dd>
    </dl>
    <fieldset class="levels">
      <legend>${t(lang, 'agreedLevel')}</legend>
      ${levels.map(
        (level) => html`<label class="choice">
          <input
            type="radio"
            name="agree-${item.criterionId}"
            .checked=${live(!choice.notApplicable && choice.level === level.value)}
            @change=${() => set({ level: level.value, notApplicable: false })}
          />
          ${t(lang, 'levelOption', { value: level.value, label: resolveText(level.label, lang) })}
        </label>`,
      )}
      ${criterion && allowsNotApplicable(framework, criterion)
        ? html`<label class="choice">
            <input
              type="radio"
              name="agree-${item.criterionId}"
              .checked=${live(choice.notApplicable === true)}
              @change=${() => set({ notApplicable: true, level: undefined })}
            />
            ${t(lang, 'notApplicable')}
          </label>`
        : nothing}
    </fieldset>
    <label class="note-field">
      ${t(lang, 'note')}
      <textarea rows="2" .value=${live(choice.note)} @input=${(event: Event) => set({ note: (event.target as HTMLTextAreaElement).value })}></textarea>
    </label>
  </fieldset>`;
}

function sideText(lang: Lang, side: AssessorSide): TemplateResult {
  let stateText: string;
  switch (side.state.kind) {
    case 'value':
      stateText = t(lang, 'levelOption', { value: side.state.level.value, label: resolveText(side.state.level.label, lang) });
      break;
    case 'not-applicable':
      stateText = side.state.reason ? `${t(lang, 'notApplicable')}: ${side.state.reason}` : t(lang, 'notApplicable');
      break;
    case 'invalid':
      stateText = t(lang, 'invalid');
      break;
    default:
      stateText = t(lang, 'unanswered');
  }
  const comment = side.answer?.comment?.trim();
  return html`<strong>${stateText}</strong>
    <span class="justification">${comment ? t(lang, 'justification', { text: comment }) : t(lang, 'noJustification')}</span>`;
}
