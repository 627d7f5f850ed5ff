import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  awardCriterionHeading,
  leftOutLabel,
  type AwardCriteriaDraft,
  type ClimateChoice,
  type DraftRuleNote,
  type TenderOptions,
} from '../../../src/procurement/award-criteria.js';
import { LANGS, type Lang } from '../../../src/text/lang.js';
import { resolveText } from '../../../src/text/text.js';
import type { EditorMessageKey } from '../framework-editor.messages.js';
import type { EditorContext } from './editor-context.js';
import { tenderOptionsMessages } from './tender-options.messages.js';

/*
 * The tender draft in the editor: the kommune's choices (areas, price, climate and
 * environment), then the draft as formatted text, the one part of the editor that prints.
 */

const LANG_NAME: Record<Lang, EditorMessageKey> = { nb: 'langNb', nn: 'langNn', en: 'langEn' };

/** What the award-criteria view shows and does. */
export interface AwardState {
  /** The framework is valid, so there is a draft to show, copy and print. */
  available: boolean;
  /** The draft, once the reader has come near it (it is written out only then). */
  draft?: AwardCriteriaDraft;
  lang: Lang;
  setLang(lang: Lang): void;
  options: TenderOptions;
  setOptions(options: TenderOptions): void;
  copy(): void;
  print(): void;
  copyMessage?: string;
}

function ruleNote(note: DraftRuleNote): TemplateResult {
  return html`<p>${note.text} (${note.reference})</p>
    ${note.check ? html`<p class="check">${note.check}</p>` : nothing}`;
}

/** The kommune's choices for the draft: areas, price, climate and environment. */
function tenderChoices(ctx: EditorContext, state: AwardState): TemplateResult {
  const m = tenderOptionsMessages[ctx.lang];
  const options = state.options;
  const chosen = new Set(options.areas ?? ctx.draft.dimensions.map((dimension) => dimension.id));
  const toggle = (id: string, on: boolean) => {
    const areas = ctx.draft.dimensions.map((dimension) => dimension.id).filter((area) => (area === id ? on : chosen.has(area)));
    state.setOptions({ ...options, areas });
  };
  return html`<div class="chrome tender-choices">
    <fieldset>
      <legend>${m.areas}</legend>
      <p class="hint">${m.areasHint}</p>
      ${ctx.draft.dimensions.map(
        (dimension) => html`<label class="choice"
          ><input
            type="checkbox"
            .checked=${live(chosen.has(dimension.id))}
            @change=${(event: Event) => toggle(dimension.id, (event.target as HTMLInputElement).checked)}
          />
          ${resolveText(dimension.short ?? dimension.title, ctx.lang)}</label
        >`,
      )}
    </fieldset>
    <div class="field">
      <label for="tender-pricing">${m.pricing}</label>
      <select
        id="tender-pricing"
        @change=${(event: Event) => state.setOptions({ ...options, pricing: (event.target as HTMLSelectElement).value as 'price' | 'fixed-price' })}
      >
        <option value="price" ?selected=${options.pricing !== 'fixed-price'}>${m.pricingPrice}</option>
        <option value="fixed-price" ?selected=${options.pricing === 'fixed-price'}>${m.pricingFixed}</option>
      </select>
    </div>
    ${options.pricing !== 'fixed-price'
      ? html`<div class="field">
          <label for="tender-price-weight">${m.priceWeight}</label>
          <input
            id="tender-price-weight"
            type="number"
            min="10"
            max="70"
            step="5"
            .value=${live(String(options.priceWeight ?? 30))}
            @change=${(event: Event) => state.setOptions({ ...options, priceWeight: Number((event.target as HTMLInputElement).value) })}
          />
        </div>`
      : nothing}
    <div class="field">
      <label for="tender-climate">${m.climate}</label>
      <select
        id="tender-climate"
        @change=${(event: Event) => state.setOptions({ ...options, climate: (event.target as HTMLSelectElement).value as ClimateChoice })}
      >
        ${(['undecided', 'award', 'specification'] as const).map(
          (choice) =>
            html`<option value=${choice} ?selected=${(options.climate ?? 'undecided') === choice}>
              ${{ undecided: m.climateUndecided, award: m.climateAward, specification: m.climateSpecification }[choice]}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

/** The tender draft as formatted text, with the kommune's choices, copy and print; the one part that prints. */
export function awardView(ctx: EditorContext, state: AwardState): TemplateResult {
  const draft = state.draft;
  return html`<section class="panel award" part="award" aria-labelledby="award-heading">
    <h2 id="award-heading" class="chrome">${ctx.t('awardHeading')}</h2>
    <p class="chrome">${ctx.t('awardIntro')}</p>
    ${tenderChoices(ctx, state)}
    <div class="chrome row">
      <div class="field">
        <label for="award-lang">${ctx.t('awardLang')}</label>
        <select
          id="award-lang"
          .value=${live(state.lang)}
          @change=${(event: Event) => state.setLang((event.target as HTMLSelectElement).value as Lang)}
        >
          ${LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === state.lang}>${ctx.t(LANG_NAME[lang])}</option>`)}
        </select>
      </div>
      <button type="button" ?disabled=${!state.available} @click=${() => state.copy()}>${ctx.t('awardCopy')}</button>
      <button type="button" ?disabled=${!state.available} @click=${() => state.print()}>${ctx.t('print')}</button>
    </div>
    ${state.copyMessage ? html`<p class="chrome copy-message">${state.copyMessage}</p>` : nothing}
    ${draft
      ? html`<article class="award-document" lang=${draft.lang}>
          <h3>${draft.heading}</h3>
          <p>${draft.intro}</p>
          <section class="award-functional">
            <h4>${draft.functional.heading}</h4>
            <p>${draft.functional.intro}</p>
            <p>${draft.functional.goalsLabel}</p>
            <ul>
              ${draft.functional.goals.map((goal) => html`<li>${goal}</li>`)}
            </ul>
            ${draft.functional.outcomes.length > 0
              ? html`<p>${draft.functional.outcomesLabel}</p>
                  <ul>
                    ${draft.functional.outcomes.map((outcome) => html`<li>${outcome}</li>`)}
                  </ul>`
              : nothing}
            <p>${draft.functional.close}</p>
          </section>
          <h4>${draft.criteriaHeading}</h4>
          ${ruleNote(draft.award)} ${draft.fixedPriceNote ? ruleNote(draft.fixedPriceNote) : nothing}
          ${draft.weightsNote ? html`<p>${draft.weightsNote}</p>` : nothing}
          ${draft.criteria.map(
            (criterion, index) => html`<section class="award-criterion" data-kind=${criterion.kind}>
              <h5>${awardCriterionHeading(draft, index)}</h5>
              ${criterion.description ? html`<p>${criterion.description}</p>` : nothing}
              ${criterion.points.length > 0
                ? html`<p class="scale-label">${draft.labels.assessed}</p>
                    <ul>
                      ${criterion.points.map(
                        (point) => html`<li>
                          <strong>${point.title}</strong>${point.help ? html`: ${point.help}` : nothing}
                          ${point.levels.length > 0 ? html`<br /><span class="levels">${draft.labels.levels}: ${point.levels.join(' · ')}</span>` : nothing}
                        </li>`,
                      )}
                    </ul>`
                : nothing}
              <dl>
                <dt>${draft.labels.documentation}</dt>
                <dd>${criterion.documentation}</dd>
                <dt>${draft.labels.evaluation}</dt>
                <dd>${criterion.evaluation}</dd>
              </dl>
            </section>`,
          )}
          <p>${draft.scoring}</p>
          <section class="award-climate">
            <h4>${draft.climate.heading}</h4>
            ${ruleNote(draft.climate.rule)}
            <p>${draft.climate.decision}</p>
          </section>
          <section class="award-relevance">
            <h4>${draft.relevance.heading}</h4>
            <p>${draft.relevance.text}</p>
          </section>
          ${draft.leftOut.criteria.length > 0
            ? html`<section class="award-left-out">
                <h4>${draft.leftOut.heading}</h4>
                <ul>
                  ${draft.leftOut.criteria.map(
                    (item) => html`<li><strong>${item.title}</strong> (${leftOutLabel(draft, item.role)}): ${item.reason}</li>`,
                  )}
                </ul>
              </section>`
            : nothing}
        </article>`
      : state.available
        ? nothing
        : html`<p class="blocked">${ctx.t('awardBlocked')}</p>`}
  </section>`;
}
