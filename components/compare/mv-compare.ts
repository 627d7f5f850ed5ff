import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Assessment } from '../../src/assessment/types.js';
import { compatibility, sharedAxes } from '../../src/compare/compatibility.js';
import { findRepeatedAssessments, findSelfOfficialPairs, type ImportMark, type SelfOfficialPair } from '../../src/compare/offer-identity.js';
import { overTime } from '../../src/compare/over-time.js';
import { rankAssessments, type RankKey, type RankedAssessment, type SortDirection } from '../../src/compare/rank.js';
import { selfVersusOfficial } from '../../src/compare/self-versus-official.js';
import { standOut, type StandOutAxis } from '../../src/compare/stand-out.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { basisCounts, type AnswerCount } from '../../src/scoring/basis.js';
import type { CriterionState } from '../../src/scoring/criterion-state.js';
import { MvElement } from '../base/mv-element.js';
import { formatDate, formatScore } from '../i18n/number-format.js';
import { assessmentLabel, uniqueLabels } from '../radar/series.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { compareMessages } from './compare.messages.js';
import { radarMessages } from '../radar/radar.messages.js';
import { compareStyles } from './compare.styles.js';

/** Most offers drawn on one radar: beyond eight, lines and point styles can no longer be told apart. */
export const MAX_DRAWN = 8;

/**
 * Several offers side by side: on one radar, in a ranking table, and in words.
 *
 * @summary Compares assessments of several offers: radar, sortable ranking, where each stands out.
 *
 * Every assessment is re-scored against `framework` (stored scores are never trusted).
 * - Up to eight comparable offers are drawn on one `<mv-radar>`, told apart by line dash
 *   and point style as well as colour, with the kommune's target ring. With more, the
 *   chart says only the first eight are drawn; the ranking still lists them all.
 * - The ranking table sorts by the overall score or any area: each column header holds a
 *   native button, and the sorted column carries `aria-sort`. A basis column says how many
 *   criteria each score rests on; an offer whose basis is below the framework's `minBasis`
 *   says "For lite grunnlag" there and ranks after every offer with enough basis. Equal scores share a place
 *   ("Delt 2."); an offer without a score on the sorted column shows "–" (read out as
 *   "ikke vurdert"), has no place and comes last in either direction, never as 0.
 * - A text summary says where each offer stands out: highest, or clearly above the others.
 * - Assessments of another revision of the framework are flagged with a visible note and
 *   only the areas every assessment shares are compared; assessments of another framework
 *   are flagged, listed in the ranking as not comparable, and left out of everything else.
 * - Where the assessments include a self-assessment and an official assessment of the same
 *   offer (matched by organisation number, else by title), or when `self` and `official`
 *   are set, a table shows their differences criterion by criterion, largest first.
 * - Where one offer was assessed several times in the same role, a before/after table shows
 *   how each area changed from the first to the last (ordered by `createdAt`, the day each
 *   was assessed on). Such versions are named by that day everywhere ("Arbeidstrening i
 *   kafé – Saksbehandlers vurdering, vurdert 10.02.2026"), not numbered.
 *
 * @csspart notes - The box of notes: flagged assessments, shared areas, more than eight offers.
 * @csspart chart - The section holding the radar.
 * @csspart ranking - The ranking table's section.
 * @csspart stand-out - The text summary of where each offer stands out.
 * @csspart self-official - Each self-versus-official section.
 * @csspart over-time - Each before/after section.
 *
 * @cssprop [--mv-color-accent=#0062ba] - Accent: the notes' edge.
 * @cssprop [--mv-color-accent-text=#00468a] - The sort buttons' text.
 * @cssprop [--mv-color-surface=#f3f5f8] - Background of the notes.
 * @cssprop [--mv-color-border-subtle=#d1d5db] - Table row lines.
 * @cssprop [--mv-chart-color-1=#0062ba] - First series colour on the radar (and so on up to `--mv-chart-color-8`; see `<mv-radar>`).
 * @cssprop [--mv-chart-target-color=#5f6b7a] - The target ring on the radar.
 */
export class MvCompare extends MvElement {
  static override styles = [sharedStyles, compareStyles];
  // The series' names ("… – Egenvurdering") come from the radar's messages.
  protected static override languagePacks = [radarMessages];

  /**
   * The framework the offers are measured against; assessments are re-scored with it.
   * The built-in default framework when unset.
   */
  @property({ attribute: false }) framework?: Framework;

  /** The assessments to compare, in the order the ranking keeps among equals. */
  @property({ attribute: false }) assessments: Assessment[] = [];

  /**
   * An entrepreneur's self-assessment to set against `official`; when both are set, this
   * pair is shown instead of the pairs found among `assessments`.
   */
  @property({ attribute: false }) self?: Assessment;

  /** The official's assessment to set against `self`. */
  @property({ attribute: false }) official?: Assessment;

  /**
   * Which of `assessments` came in as files, by position: `{ fileName, importedAt }` for an
   * imported one, `undefined` (or `null`) for the official's own. An imported file's mode and
   * dates are its claims: it is labelled "importert" everywhere it is named, and a file that
   * claims to be the official's assessment never takes the place of the official's own in
   * the self-versus-official table, whatever date it carries.
   */
  @property({ attribute: false }) imports: (ImportMark | null | undefined)[] = [];

  /**
   * The level of the element's top heading (1–6; default 2), so its headings fit the
   * outline of the page around it. Section headings are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The column the ranking is sorted by: `overall` or a dimension id. */
  @state() private sortBy: RankKey = 'overall';

  /** The ranking's order. */
  @state() private direction: SortDirection = 'descending';

  /** The live region, which says how the table is sorted after the user sorts it. */
  private readonly announcer = new LiveAnnouncer(this, 0);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A sort column the new framework does not have falls back to the overall score.
    const framework = this.framework ?? defaultFramework;
    if (changed.has('framework') && this.sortBy !== 'overall' && !framework.dimensions.some((d) => d.id === this.sortBy)) {
      this.sortBy = 'overall';
    }
  }

  override render(): TemplateResult {
    const framework = this.framework ?? defaultFramework;
    const assessments = Array.isArray(this.assessments) ? this.assessments : [];
    const explicitPair = this.self && this.official ? { self: this.self, official: this.official } : undefined;
    return html`
      <div class="compare" lang=${this.resolvedLang}>
        ${this.heading(0, this.msg(compareMessages, 'heading'))}
        ${assessments.length === 0 && !explicitPair
            ? html`<p>${this.msg(compareMessages, 'empty')}</p>`
            : this.renderComparison(framework, assessments, explicitPair)}
        ${this.announcer.render()}
      </div>
    `;
  }

  private renderComparison(framework: Framework, assessments: Assessment[], explicitPair?: SelfOfficialPair): TemplateResult {
    const marks = new Map<Assessment, ImportMark>();
    assessments.forEach((assessment, index) => {
      const mark = Array.isArray(this.imports) ? this.imports[index] : undefined;
      if (mark) marks.set(assessment, mark);
    });
    const labels = this.versionLabels(assessments).map((label, index) => (marks.has(assessments[index]!) ? this.msg(compareMessages, 'importedLabel', { label }) : label));
    const comparable = assessments
      .map((assessment, index) => ({ assessment, index }))
      .filter(({ assessment }) => compatibility(framework, assessment).status !== 'other-framework');
    const axes = sharedAxes(framework, assessments);
    const narrowed = axes.length < framework.dimensions.length;
    const compared: Framework = narrowed
      ? { ...framework, dimensions: framework.dimensions.filter((dimension) => axes.includes(dimension.id)) }
      : framework;
    const drawn = comparable.slice(0, MAX_DRAWN);
    const pairs = explicitPair
      ? [explicitPair]
      : findSelfOfficialPairs(
          comparable.map(({ assessment }) => assessment),
          { imported: (assessment) => marks.get(assessment) },
        );
    const repeated = findRepeatedAssessments(comparable.map(({ assessment }) => assessment));
    return html`
      ${this.renderNotes(framework, compared, assessments, labels, comparable.length, narrowed)}
      ${drawn.length > 0
        ? html`<section part="chart">
            <mv-radar
              .framework=${compared}
              .assessments=${drawn.map(({ assessment }) => assessment)}
              .labels=${drawn.map(({ index }) => labels[index] ?? '')}
              caption=${this.msg(compareMessages, 'chartCaption')}
              lang=${this.resolvedLang}
            ></mv-radar>
          </section>`
        : nothing}
      ${assessments.length > 0 ? this.renderRanking(framework, compared, assessments, labels) : nothing}
      ${assessments.length > 0 ? this.renderStandOut(compared, assessments, labels) : nothing}
      ${pairs.map((pair) => this.renderSelfOfficial(framework, pair, marks))}
      ${repeated.map((group) => this.renderOverTime(compared, group))}
    `;
  }

  /**
   * Each assessment's name: the offer and who assessed it; versions of one offer by the same
   * role are told apart by the day each was assessed on (`createdAt`), never by when last
   * edited, and only where that is not enough by a number.
   */
  private versionLabels(assessments: Assessment[]): string[] {
    const lang = this.resolvedLang;
    const plain = assessments.map((assessment) => assessmentLabel(assessment, lang));
    const repeats = new Map<string, number>();
    for (const label of plain) repeats.set(label, (repeats.get(label) ?? 0) + 1);
    const dated = plain.map((label, index) =>
      (repeats.get(label) ?? 0) > 1
        ? this.msg(compareMessages, 'versionLabel', { label, date: formatDate(assessments[index]!.createdAt, lang) })
        : label,
    );
    return uniqueLabels(dated, lang);
  }

  private renderNotes(
    framework: Framework,
    compared: Framework,
    assessments: Assessment[],
    labels: string[],
    comparableCount: number,
    narrowed: boolean,
  ): TemplateResult | typeof nothing {
    const flagged = assessments
      .map((assessment, index) => ({ index, result: compatibility(framework, assessment) }))
      .filter(({ result }) => result.status !== 'same');
    const tooMany = comparableCount > MAX_DRAWN;
    if (flagged.length === 0 && !tooMany && !narrowed) return nothing;
    const lang = this.resolvedLang;
    return html`
      <div class="notes" part="notes">
        ${this.heading(1, this.msg(compareMessages, 'notesHeading'))}
        <ul>
          ${tooMany ? html`<li>${this.msg(compareMessages, 'tooMany', { drawn: MAX_DRAWN, count: comparableCount })}</li>` : nothing}
          ${flagged.map(
            ({ index, result }) =>
              html`<li>${this.msg(compareMessages, 'flagged', { label: labels[index] ?? '', message: result.message[lang] })}</li>`,
          )}
          ${narrowed
            ? html`<li>
                ${this.msg(compareMessages, 'sharedAxes', {
                  axes: compared.dimensions.map((dimension) => this.text(dimension.title)).join(', ') || '–',
                })}
              </li>`
            : nothing}
        </ul>
      </div>
    `;
  }

  private renderRanking(framework: Framework, compared: Framework, assessments: Assessment[], labels: string[]): TemplateResult {
    const rows = rankAssessments(framework, assessments, this.sortBy, this.direction);
    const columns: { key: RankKey; label: string }[] = [
      { key: 'overall', label: this.msg(compareMessages, 'overallHeader') },
      ...compared.dimensions.map((dimension) => ({
        key: dimension.id,
        label: this.text(dimension.short) || this.text(dimension.title),
      })),
    ];
    return html`
      <section part="ranking">
        ${this.heading(1, this.msg(compareMessages, 'rankingHeading'))}
        <div class="table-scroll" role="group" tabindex="0" aria-labelledby="ranking-caption">
          <table>
            <caption id="ranking-caption">${this.msg(compareMessages, 'rankingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">${this.msg(compareMessages, 'placeHeader')}</th>
                <th scope="col">${this.msg(compareMessages, 'offerHeader')}</th>
                ${columns.map((column) => this.renderSortHeader(column.key, column.label))}
                <th scope="col">${this.msg(compareMessages, 'basisHeader')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((row) =>
                this.renderRankRow(framework, row, labels[row.index] ?? '', columns.slice(1).map((c) => c.key)),
              )}
            </tbody>
          </table>
        </div>
        ${rows.some((row) => row.score !== null && !row.enoughBasis && row.compatibility.status !== 'other-framework')
          ? html`<p class="thin-note">${this.msg(compareMessages, 'thinLast')}</p>`
          : nothing}
      </section>
    `;
  }

  private renderSortHeader(key: RankKey, label: string): TemplateResult {
    const sorted = this.sortBy === key;
    const ariaSort = sorted ? this.direction : undefined;
    return html`
      <th scope="col" class="number" aria-sort=${ifDefined(ariaSort)}>
        <button type="button" @click=${() => this.sort(key, label)}>
          ${label}<span class="sort-icon" aria-hidden="true">${sorted ? (this.direction === 'descending' ? '▼' : '▲') : '↕'}</span>
        </button>
      </th>
    `;
  }

  private renderRankRow(framework: Framework, row: RankedAssessment, label: string, axisKeys: RankKey[]): TemplateResult {
    const notComparable = row.compatibility.status === 'other-framework';
    let place: TemplateResult | string;
    if (notComparable) place = this.msg(compareMessages, 'notComparable');
    else if (row.rank === null) place = this.missing();
    else place = this.msg(compareMessages, row.tied ? 'sharedPlace' : 'place', { place: row.rank });
    return html`
      <tr class=${notComparable ? 'not-comparable' : ''}>
        <td>${place}</td>
        <th scope="row">${label}</th>
        ${this.scoreCell(row.scores.overall)}
        ${axisKeys.map((key) => this.scoreCell(row.scores.dimensions[key] ?? null))}
        ${notComparable ? html`<td>${this.missing()}</td>` : this.basisCell(framework, row)}
      </tr>
    `;
  }

  /**
   * How many criteria the ranked score rests on (overall, or of the sorted area), and, when
   * that is below the framework's `minBasis`, that the basis is insufficient: the reason such
   * an offer ranks after the rest.
   */
  private basisCell(framework: Framework, row: RankedAssessment): TemplateResult {
    const counts = basisCounts(framework, row.assessment.answers);
    const count: AnswerCount =
      this.sortBy === 'overall' ? counts.overall : (counts.dimensions[this.sortBy] ?? counts.overall);
    const values = { answered: count.answered, total: count.total };
    return row.enoughBasis
      ? html`<td>${this.msg(compareMessages, 'basisEnough', values)}</td>`
      : html`<td class="thin"><strong>${this.msg(compareMessages, 'basisLow', values)}</strong></td>`;
  }

  private renderStandOut(compared: Framework, assessments: Assessment[], labels: string[]): TemplateResult {
    const framework = this.framework ?? defaultFramework;
    const entries = standOut(framework, assessments);
    const titles = new Map(compared.dimensions.map((dimension) => [dimension.id, this.text(dimension.title)]));
    return html`
      <section class="stand-out" part="stand-out">
        ${this.heading(1, this.msg(compareMessages, 'standOutHeading'))}
        ${entries.length < 2
          ? html`<p>${this.msg(compareMessages, 'standOutNeedTwo')}</p>`
          : html`<ul>
              ${entries.map(({ index, axes }) => {
                const label = labels[index] ?? '';
                if (axes.length === 0) return html`<li>${this.msg(compareMessages, 'standOutNone', { label })}</li>`;
                return html`<li>
                  ${this.msg(compareMessages, 'standOutSome', { label })}
                  <ul>
                    ${axes.map((axis) => html`<li>${this.standOutText(axis, titles.get(axis.dimensionId) ?? axis.dimensionId)}</li>`)}
                  </ul>
                </li>`;
              })}
            </ul>`}
      </section>
    `;
  }

  private standOutText(axis: StandOutAxis, title: string): string {
    const key = axis.sharedHighest ? 'standOutSharedHighest' : axis.highest ? 'standOutHighest' : 'standOutAbove';
    return this.msg(compareMessages, key, {
      axis: title,
      score: formatScore(axis.score, this.resolvedLang),
      mean: formatScore(axis.othersMean, this.resolvedLang),
    });
  }

  /** Which file an assessment of the pair was imported from, and when; nothing for one made here. */
  private importedNote(key: 'officialImported' | 'selfImported', mark: ImportMark | undefined): TemplateResult | typeof nothing {
    if (!mark) return nothing;
    return html`<p class="imported-note">
      ${this.msg(compareMessages, key, { file: mark.fileName, date: formatDate(mark.importedAt, this.resolvedLang) })}
    </p>`;
  }

  private renderSelfOfficial(framework: Framework, pair: SelfOfficialPair, marks: Map<Assessment, ImportMark>): TemplateResult {
    const result = selfVersusOfficial(framework, pair.self, pair.official);
    const criteria = new Map(
      framework.dimensions.flatMap((dimension) => dimension.criteria.map((criterion) => [criterion.id, this.text(criterion.title)] as const)),
    );
    const dimensions = new Map(framework.dimensions.map((dimension) => [dimension.id, this.text(dimension.title)]));
    const offer = pair.official.offer.title || pair.self.offer.title || pair.official.offer.organisation || pair.self.offer.organisation || '–';
    return html`
      <section part="self-official">
        ${this.heading(1, this.msg(compareMessages, 'selfOfficialHeading', { offer }))}
        ${this.importedNote('officialImported', marks.get(pair.official))}
        ${this.importedNote('selfImported', marks.get(pair.self))}
        ${result.differences.length === 0
          ? html`<p>${this.msg(compareMessages, 'noDifferences')}</p>`
          : html`<div class="table-scroll" role="group" tabindex="0" aria-labelledby="selfofficial-caption">
              <table>
                <caption id="selfofficial-caption">${this.msg(compareMessages, 'selfOfficialCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.msg(compareMessages, 'criterionHeader')}</th>
                    <th scope="col">${this.msg(compareMessages, 'axisHeader')}</th>
                    <th scope="col" class="number">${this.msg(compareMessages, 'selfHeader')}</th>
                    <th scope="col" class="number">${this.msg(compareMessages, 'officialHeader')}</th>
                    <th scope="col" class="number">${this.msg(compareMessages, 'differenceHeader')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${result.differences.map(
                    (row) => html`<tr>
                      <th scope="row">${criteria.get(row.criterionId) ?? row.criterionId}</th>
                      <td>${dimensions.get(row.dimensionId) ?? row.dimensionId}</td>
                      ${this.scoreCell(row.self)} ${this.scoreCell(row.official)}
                      <td class="number">${this.signed(row.difference)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`}
        ${result.answeredByOne.length > 0
          ? html`${this.heading(2, this.msg(compareMessages, 'answeredByOneHeading'))}
              <ul>
                ${result.answeredByOne.map(
                  (row) =>
                    html`<li>
                      ${this.msg(compareMessages, 'answeredByOneItem', {
                        criterion: criteria.get(row.criterionId) ?? row.criterionId,
                        self: this.stateText(row.self),
                        official: this.stateText(row.official),
                      })}
                    </li>`,
                )}
              </ul>`
          : nothing}
      </section>
    `;
  }

  private renderOverTime(compared: Framework, group: Assessment[]): TemplateResult {
    const framework = this.framework ?? defaultFramework;
    const result = overTime(framework, group);
    const first = result.assessments[0];
    const offer = first?.offer.title || first?.offer.organisation || '–';
    const titles = new Map(compared.dimensions.map((dimension) => [dimension.id, this.text(dimension.title)]));
    return html`
      <section part="over-time">
        ${this.heading(1, this.msg(compareMessages, 'overTimeHeading', { offer }))}
        <div class="table-scroll" role="group" tabindex="0" aria-labelledby="overtime-caption">
          <table>
            <caption id="overtime-caption">${this.msg(compareMessages, 'overTimeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">${this.msg(compareMessages, 'axisHeader')}</th>
                ${result.assessments.map(
                  (assessment) => html`<th scope="col" class="number">${formatDate(assessment.createdAt, this.resolvedLang)}</th>`,
                )}
                <th scope="col" class="number">${this.msg(compareMessages, 'changeHeader')}</th>
              </tr>
            </thead>
            <tbody>
              ${result.axes.map(
                (axis) => html`<tr>
                  <th scope="row">
                    ${axis.id === 'overall' ? this.msg(compareMessages, 'overallHeader') : (titles.get(axis.id) ?? axis.id)}
                  </th>
                  ${axis.values.map((value) => this.scoreCell(value))}
                  <td class="number">${axis.change === null ? this.missing() : this.signed(axis.change)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>
    `;
  }

  private sort(key: RankKey, label: string): void {
    if (this.sortBy === key) {
      this.direction = this.direction === 'descending' ? 'ascending' : 'descending';
    } else {
      this.sortBy = key;
      this.direction = 'descending';
    }
    this.announcer.announce(
      this.msg(compareMessages, 'sortedBy', {
        column: label,
        direction: this.msg(compareMessages, this.direction === 'descending' ? 'highestFirst' : 'lowestFirst'),
      }),
    );
  }

  /** A score cell: rounded in the locale, or a dash read out as "ikke vurdert" (never 0). */
  private scoreCell(value: number | null): TemplateResult {
    return html`<td class="number">${value === null ? this.missing() : formatScore(value, this.resolvedLang)}</td>`;
  }

  private missing(): TemplateResult {
    return html`<span aria-hidden="true">–</span><span class="visually-hidden">${this.msg(compareMessages, 'notAssessed')}</span>`;
  }

  /** A difference with its sign: "+25", "−12,5" (a real minus), or "0". */
  private signed(value: number): string {
    const shown = formatScore(Math.abs(value), this.resolvedLang);
    if (shown === '0') return shown;
    return `${value > 0 ? '+' : '−'}${shown}`;
  }

  private stateText(state: CriterionState): string {
    switch (state.kind) {
      case 'value':
        return formatScore(state.score, this.resolvedLang);
      case 'not-applicable':
        return this.msg(compareMessages, 'stateNotApplicable');
      case 'invalid':
        return this.msg(compareMessages, 'stateInvalid');
      default:
        return this.msg(compareMessages, 'stateUnanswered');
    }
  }

  /** A heading `offset` levels below the element's top level, clamped to h2..h6 semantics. */
  private heading(offset: number, content: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2) + offset));
    switch (level) {
      case 1:
        return html`<h1>${content}</h1>`;
      case 2:
        return html`<h2>${content}</h2>`;
      case 3:
        return html`<h3>${content}</h3>`;
      case 4:
        return html`<h4>${content}</h4>`;
      case 5:
        return html`<h5>${content}</h5>`;
      default:
        return html`<h6>${content}</h6>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-compare': MvCompare;
  }
}
