import { html, nothing, type TemplateResult } from 'lit';
import { CONCLUSION_LABELS, NO_DECISION } from '../../../src/case/conclusions.js';
import type { CaseOverview, OverviewOffer } from '../../../src/case/overview.js';
import type { Conclusion } from '../../../src/assessment/types.js';
import type { Lang } from '../../../src/text/lang.js';
import { resolveText } from '../../../src/text/text.js';
import { localize, type MessageValues } from '../../i18n/define-messages.js';
import { formatPercent, formatScore } from '../../i18n/number-format.js';
import { overviewMessages, type OverviewMessageKey } from './overview.messages.js';

/*
 * The leaders' overview: the offers in the library by conclusion and by the kommune's goals,
 * as `caseOverview` computes them, with a print and a CSV download of its own.
 */

/** What the overview view shows and does; the workspace holds the state. */
export interface OverviewState {
  lang: Lang;
  overview?: CaseOverview;
  print(): void;
  exportCsv(): void;
}

function t(lang: Lang, key: OverviewMessageKey, values?: MessageValues): string {
  return localize(overviewMessages, lang, key, values);
}

function conclusionLabel(lang: Lang, conclusion: Conclusion | 'none'): string {
  return conclusion === 'none' ? NO_DECISION[lang] : CONCLUSION_LABELS[lang][conclusion];
}

function score(lang: Lang, value: number | null): TemplateResult | string {
  return value === null
    ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${t(lang, 'notAssessed')}</span>`
    : formatScore(value, lang);
}

/** The overview section. */
export function overviewView(state: OverviewState, heading: (text: string) => TemplateResult): TemplateResult {
  const { lang, overview } = state;
  return html`
    <section part="overview" class="overview" aria-labelledby="overview-heading">
      ${heading(t(lang, 'heading'))}
      <p>${t(lang, 'intro')}</p>
      <div class="toolbar no-print">
        <button type="button" @click=${() => state.print()}>${t(lang, 'print')}</button>
        <button type="button" @click=${() => state.exportCsv()} ?disabled=${!overview}>${t(lang, 'exportCsv')}</button>
      </div>
      ${!overview || overview.offers.length === 0
        ? html`<p>${t(lang, 'empty')}</p>`
        : html`${byConclusion(lang, overview)} ${byGoal(lang, overview)} ${offers(lang, overview.offers)}`}
      ${overview && overview.leftOut.selfAssessments + overview.leftOut.otherFramework + overview.leftOut.olderVersions > 0
        ? html`<p>
            ${t(lang, 'leftOut', {
              self: overview.leftOut.selfAssessments,
              other: overview.leftOut.otherFramework,
              older: overview.leftOut.olderVersions,
            })}
          </p>`
        : nothing}
    </section>
  `;
}

function byConclusion(lang: Lang, overview: CaseOverview): TemplateResult {
  return html`<div class="table-scroll">
    <table class="by-conclusion">
      <caption>${t(lang, 'byConclusionCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'conclusionHeader')}</th>
          <th scope="col" class="number">${t(lang, 'countHeader')}</th>
        </tr>
      </thead>
      <tbody>
        ${(Object.entries(overview.byConclusion) as [Conclusion | 'none', number][]).map(
          ([conclusion, count]) => html`<tr>
            <th scope="row">${conclusionLabel(lang, conclusion)}</th>
            <td class="number">${count}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function byGoal(lang: Lang, overview: CaseOverview): TemplateResult {
  if (overview.byGoal.length === 0) return html`<p>${t(lang, 'noGoals')}</p>`;
  return html`<div class="table-scroll">
    <table class="by-goal">
      <caption>${t(lang, 'byGoalCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'goalHeader')}</th>
          <th scope="col">${t(lang, 'ownerHeader')}</th>
          <th scope="col" class="number">${t(lang, 'offersHeader')}</th>
          <th scope="col" class="number">${t(lang, 'meanHeader')}</th>
          <th scope="col" class="number">${t(lang, 'meanBasisHeader')}</th>
          <th scope="col" class="number">${t(lang, 'enoughHeader')}</th>
        </tr>
      </thead>
      <tbody>
        ${overview.byGoal.map(
          (entry) => html`<tr>
            <th scope="row">${resolveText(entry.goal.title, lang)}</th>
            <td>${resolveText(entry.goal.owner?.unit, lang) || entry.goal.owner?.name || ''}</td>
            <td class="number">${entry.offers}</td>
            <td class="number">${score(lang, entry.meanScore)}</td>
            <td class="number">${entry.offers > 0 ? formatPercent(entry.meanBasis, lang) : score(lang, null)}</td>
            <td class="number">${entry.withEnoughBasis}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function offers(lang: Lang, list: OverviewOffer[]): TemplateResult {
  return html`<div class="table-scroll">
    <table class="offers">
      <caption>${t(lang, 'offersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'offerHeader')}</th>
          <th scope="col">${t(lang, 'organisationHeader')}</th>
          <th scope="col">${t(lang, 'conclusionHeader')}</th>
          <th scope="col" class="number">${t(lang, 'overallHeader')}</th>
          <th scope="col">${t(lang, 'basisHeader')}</th>
        </tr>
      </thead>
      <tbody>
        ${list.map(
          (offer) => html`<tr>
            <th scope="row">${offer.title || t(lang, 'untitled')}</th>
            <td>${offer.organisation}</td>
            <td>${conclusionLabel(lang, offer.conclusion)}</td>
            <td class="number">${score(lang, offer.overall)}</td>
            <td>
              ${offer.enoughBasis
                ? t(lang, 'basisEnough', { percent: formatPercent(offer.basis, lang) })
                : html`<strong>${t(lang, 'basisLow', { percent: formatPercent(offer.basis, lang) })}</strong>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
