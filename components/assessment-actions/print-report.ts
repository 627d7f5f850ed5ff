import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, Decision } from '../../src/assessment/types.js';
import { CONCLUSION_LABELS } from '../../src/case/conclusions.js';
import { referralTarget } from '../../src/case/reply-letter.js';
import { effectiveScale } from '../../src/framework/criterion-rules.js';
import type { Contact, Criterion, Framework } from '../../src/framework/types.js';
import { basisCounts, hasEnoughBasis, isWhollyNotApplicable } from '../../src/scoring/basis.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { bestServedGoal, goalCoverage } from '../../src/scoring/goals.js';
import { summarize } from '../../src/scoring/insights.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import type { Lang } from '../../src/text/lang.js';
import type { Text } from '../../src/text/text.js';
import type { TransferMessageKey } from './transfer.messages.js';

/** What the report needs to speak: language, messages, framework texts, numbers and dates. */
export interface ReportContext {
  lang: Lang;
  t(key: TransferMessageKey, values?: Record<string, string | number>): string;
  text(value: Text | undefined): string;
  score(value: number | null | undefined): string;
  percent(share: number): string;
  date(iso: string): string;
}

/** What goes into the report. */
export interface ReportInput {
  framework: Framework;
  assessment: Assessment;
  /** The radar as a PNG data URL, made just before printing; absent when none could be made. */
  radarImage?: string;
  /** When the report is printed, ISO 8601. */
  printedAt: string;
  /**
   * Assessments laid beside this one (an official's report: the entrepreneur's own), each
   * printed under every criterion with its level and how far it is from this one's.
   */
  references?: readonly { label: string; assessment: Assessment }[];
}

/** How many gaps the report lists: more than the screen, since the case file has room. */
const REPORT_GAPS = 10;

/**
 * The printed report for the case archive: framework and edition, the offer, who filled it
 * in and when, the radar as an image, the scores table with the basis of each score (and a
 * plain warning when it is too little), every answer with its explanation or justification,
 * the reason for each "not applicable" and every evidence link, how far the offer serves
 * each of the kommune's goals, the gaps and the contacts (the owner of the best-served goal
 * first). Plain text throughout: every value from the framework or the assessment is
 * rendered by Lit as text, never as markup.
 *
 * An official's assessment prints as a document for the case archive, written about the offer
 * rather than to the entrepreneur: the case number, the date, the assessor and whether they
 * confirmed their impartiality (said plainly when they did not), the conclusion with its
 * reasons, the radar and its table (with a plain warning beside the total when it rests on
 * too little), and each answered criterion with its level, justification and evidence. The
 * unanswered criteria are counted, not listed; the gaps and contacts, which speak to the
 * entrepreneur, belong in the reply letter instead.
 */
export function printReport(ctx: ReportContext, input: ReportInput): TemplateResult {
  const { framework, assessment } = input;
  const summary = summarize(framework, assessment, { limit: REPORT_GAPS });
  const scores = scoreAssessment(framework, assessment);
  const counts = basisCounts(framework, assessment.answers);
  const enough = hasEnoughBasis(framework, scores.basis.overall);
  const goals = goalCoverage(framework, assessment);
  const bestGoal = bestServedGoal(framework, assessment);
  const countText = (count: { answered: number; total: number }) =>
    ctx.t('reportBasisCount', { answered: count.answered, total: count.total });
  const offer = assessment.offer;
  const dimensionTitle = (id: string) => ctx.text(framework.dimensions.find((item) => item.id === id)?.title) || id;
  const criterionTitle = (id: string) =>
    ctx.text(framework.dimensions.flatMap((item) => item.criteria).find((item) => item.id === id)?.title) || id;
  const offerRows: [TransferMessageKey, string | undefined][] = [
    ['reportOfferTitle', offer.title],
    ['reportOrganisation', offer.organisation],
    ['reportOrgNumber', offer.orgNumber],
    ['reportContact', offer.contact],
    ['reportDescription', offer.description],
  ];
  const official = assessment.mode === 'official';
  const unanswered = counts.overall.total - answeredOrDealtWith(framework, assessment);
  const title = offer.title?.trim();
  return html`
    <article class="report" lang=${ctx.lang}>
      ${official
        ? html`<h2>${title ? ctx.t('reportCaseTitle', { title }) : ctx.t('reportCaseUntitled')}</h2>
            ${caseFacts(ctx, input, assessment.decision)}`
        : html`<h2>${title ? ctx.t('reportTitle', { title }) : ctx.t('reportUntitled')}</h2>
      <dl class="report-facts">
        <dt>${ctx.t('reportFramework')}</dt>
        <dd>${frameworkFact(ctx, framework)}</dd>
        <dt>${ctx.t('reportMode')}</dt>
        <dd>${ctx.t('modeSelf')}</dd>
        <dt>${ctx.t('reportUpdated')}</dt>
        <dd>${ctx.date(assessment.updatedAt)}</dd>
        <dt>${ctx.t('reportPrinted')}</dt>
        <dd>${ctx.date(input.printedAt)}</dd>
        <dt>${ctx.t('reportCompleteness')}</dt>
        <dd>${ctx.percent(assessment.completeness)}</dd>
      </dl>`}

      <section class="report-block">
        <h3>${ctx.t('reportOffer')}</h3>
        <dl class="report-facts">
          ${offerRows
            .filter(([, value]) => value !== undefined && value.trim() !== '')
            .map(([key, value]) => html`<dt>${ctx.t(key)}</dt><dd class="pre">${value}</dd>`)}
        </dl>
      </section>

      ${official ? decisionBlock(ctx, framework, assessment.decision) : nothing}

      <section class="report-block">
        <h3>${ctx.t('reportScores')}</h3>
        ${input.radarImage ? html`<img class="report-radar" src=${input.radarImage} alt=${ctx.t('reportRadarAlt')} />` : nothing}
        <table>
          <thead>
            <tr>
              <th scope="col">${ctx.t('reportAxis')}</th>
              <th scope="col">${ctx.t('reportScore')}</th>
              <th scope="col">${ctx.t('reportBasis')}</th>
              <th scope="col">${ctx.t('reportTarget')}</th>
            </tr>
          </thead>
          <tbody>
            ${framework.dimensions.map((dimension) => {
              const notApplicable = isWhollyNotApplicable(framework, dimension.id, assessment.answers);
              const count = counts.dimensions[dimension.id] ?? { answered: 0, total: dimension.criteria.length };
              return html`<tr>
                <th scope="row">${ctx.text(dimension.title)}</th>
                <td>${notApplicable ? ctx.t('reportAxisNotApplicable') : ctx.score(scores.dimensions[dimension.id] ?? null)}</td>
                <td>${countText(count)}</td>
                <td>${dimension.target === undefined ? '–' : ctx.score(dimension.target)}</td>
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${ctx.t('reportOverall')}</th>
              <td>${enough || scores.overall === null ? ctx.score(scores.overall) : ctx.t('reportOverallLow', { score: ctx.score(scores.overall) })}</td>
              <td>${countText(counts.overall)}</td>
              <td></td>
            </tr>
          </tfoot>
        </table>
        <p class=${enough ? 'report-basis' : 'report-basis low report-warning'}>
          ${enough
            ? ctx.t('reportBasisText', { answered: counts.overall.answered, total: counts.overall.total })
            : official && scores.overall !== null
              ? ctx.t('reportBasisLowShare', {
                  percent: ctx.percent(scores.basis.overall),
                  answered: counts.overall.answered,
                  total: counts.overall.total,
                  score: ctx.score(scores.overall),
                })
              : ctx.t('reportBasisLow', { answered: counts.overall.answered, total: counts.overall.total })}
        </p>
      </section>

      <section class="report-block">
        <h3>${ctx.t('reportAnswers')}</h3>
        ${official && unanswered > 0 ? html`<p>${ctx.t('reportUnansweredCount', { count: unanswered })}</p>` : nothing}
        ${framework.dimensions.map((dimension) => {
          // On the archive's copy an unanswered criterion is counted, not listed one by one.
          const shown = official
            ? dimension.criteria.filter((criterion) => criterionState(framework, criterion, assessment.answers).kind !== 'unanswered')
            : dimension.criteria;
          const left = dimension.criteria.length - shown.length;
          return html`<section class="report-axis">
            <h4>${ctx.text(dimension.title)} – ${isWhollyNotApplicable(framework, dimension.id, assessment.answers)
                ? ctx.t('reportAxisNotApplicable')
                : ctx.score(scores.dimensions[dimension.id] ?? null)}</h4>
            ${shown.map((criterion) => answerBlock(ctx, framework, assessment, criterion, official ? input.references ?? [] : []))}
            ${left > 0 ? html`<p>${ctx.t('reportAxisUnanswered', { count: left })}</p>` : nothing}
          </section>`;
        })}
      </section>

      ${goals.length > 0
        ? html`<section class="report-block">
            <h3>${ctx.t('reportGoals')}</h3>
            <ul>
              ${goals.map((entry) => {
                const answered = entry.criteria.filter((id) => {
                  const criterion = framework.dimensions.flatMap((item) => item.criteria).find((item) => item.id === id);
                  return criterion !== undefined && criterionState(framework, criterion, assessment.answers).kind === 'value';
                }).length;
                return html`<li>
                  <strong>${ctx.text(entry.goal.title)}</strong>:
                  ${entry.score === null
                    ? ctx.t('reportGoalNotServed')
                    : ctx.t('reportGoalScore', { score: ctx.score(entry.score), answered, total: entry.criteria.length })}
                  ${entry.goal.owner ? html`. ${ctx.t('reportGoalOwner', { owner: contactText(ctx, entry.goal.owner) })}` : nothing}
                </li>`;
              })}
            </ul>
          </section>`
        : nothing}

      ${official
        ? nothing
        : html`      <section class="report-block">
        <h3>${ctx.t('reportGaps')}</h3>
        ${summary.gaps.length === 0
          ? html`<p>${ctx.t('reportNoGaps')}</p>`
          : html`<ol>
              ${summary.gaps.map(
                (gap) => html`<li>
                  <strong>${criterionTitle(gap.criterionId)}</strong> (${dimensionTitle(gap.dimensionId)}):
                  ${ctx.t('reportGapNext', { current: ctx.text(gap.current.label), next: ctx.text(gap.next.label) })}.
                  ${ctx.text(gap.next.description)}
                </li>`,
              )}
            </ol>`}
      </section>

      <section class="report-block">
        <h3>${ctx.t('reportContacts')}</h3>
        ${bestGoal?.goal.owner && bestGoal.score !== null
          ? html`<p>
              ${ctx.t('reportContactGoal', {
                goal: ctx.text(bestGoal.goal.title),
                score: ctx.score(bestGoal.score),
                contact: contactText(ctx, bestGoal.goal.owner),
              })}
            </p>`
          : nothing}
        ${summary.contacts.length === 0 && bestGoal
          ? nothing
          : summary.contacts.length === 0
          ? html`<p>${ctx.t('reportNoContacts')}</p>`
          : html`<ul>
              ${summary.contacts.map(
                (suggestion) => html`<li>
                  <strong>${dimensionTitle(suggestion.dimensionId)}</strong>: ${contactText(ctx, suggestion.contact)}
                </li>`,
              )}
            </ul>`}
      </section>`}
    </article>
  `;
}

function answerBlock(
  ctx: ReportContext,
  framework: Framework,
  assessment: Assessment,
  criterion: Criterion,
  references: NonNullable<ReportInput['references']>,
): TemplateResult {
  const state = criterionState(framework, criterion, assessment.answers);
  const answer = Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id) ? assessment.answers[criterion.id] : undefined;
  const scale = effectiveScale(framework, criterion);
  const last = scale.levels[scale.levels.length - 1];
  let level: string;
  if (state.kind === 'value') level = `${ctx.text(state.level.label)} (${state.level.value}/${last?.value ?? ''}; ${ctx.score(state.score)})`;
  else if (state.kind === 'not-applicable') level = ctx.t('reportNotApplicable');
  else level = ctx.t('reportUnanswered');
  return html`<div class="report-answer">
    <p class="report-criterion"><strong>${ctx.text(criterion.title)}</strong></p>
    <dl class="report-facts">
      <dt>${ctx.t('reportLevel')}</dt>
      <dd>${level}</dd>
      ${state.kind === 'not-applicable'
        ? html`<dt>${ctx.t('reportReason')}</dt>
            <dd class="pre">${answer?.notApplicable === true && answer.reason?.trim() ? answer.reason : ctx.t('reportReasonMissing')}</dd>`
        : nothing}
      ${answer?.comment
        ? html`<dt>${ctx.t(assessment.mode === 'official' ? 'reportJustification' : 'reportExplanation')}</dt>
            <dd class="pre">${answer.comment}</dd>`
        : nothing}
      ${answer?.evidence?.length
        ? html`<dt>${ctx.t('reportEvidence')}</dt>
            ${answer.evidence.map((link) => html`<dd class="url">${link}</dd>`)}`
        : nothing}
      ${references.map(
        (reference) => html`<dt>${reference.label}</dt>
          <dd>${referenceLevel(ctx, framework, criterion, reference.assessment, state)}</dd>`,
      )}
    </dl>
  </div>`;
}

/**
 * Another assessment's answer to a criterion, for the archive copy: its level, and how many
 * steps it lies above or below this assessment's where both have a level.
 */
function referenceLevel(
  ctx: ReportContext,
  framework: Framework,
  criterion: Criterion,
  reference: Assessment,
  own: ReturnType<typeof criterionState>,
): string {
  const theirs = criterionState(framework, criterion, reference.answers);
  if (theirs.kind === 'not-applicable') return ctx.t('reportNotApplicable');
  if (theirs.kind !== 'value') return ctx.t('reportUnanswered');
  const label = ctx.text(theirs.level.label);
  if (own.kind !== 'value') return label;
  const scale = effectiveScale(framework, criterion).levels.map((level) => level.value);
  const steps = scale.indexOf(theirs.level.value) - scale.indexOf(own.level.value);
  if (steps === 0) return `${label} (${ctx.t('reportReferenceSame')})`;
  const key = steps > 0 ? 'reportReferenceAbove' : 'reportReferenceBelow';
  return `${label} (${ctx.t(key, { count: Math.abs(steps) })})`;
}

/** A contact as one line of text: on paper a link is only useful as the address it names. */
/** The framework a report was made against: its title, revision and owner. */
function frameworkFact(ctx: ReportContext, framework: Framework): TemplateResult {
  return html`${ctx.text(framework.title)}
  ${framework.revision ? ` (${ctx.t('reportRevision', { revision: framework.revision })})` : nothing}
  ${framework.owner ? html` – ${framework.owner.name}` : nothing}`;
}

function contactText(ctx: ReportContext, contact: Contact): string {
  return [ctx.text(contact.unit), contact.name, contact.email, contact.phone, contact.url]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(', ');
}

/** How many criteria have an answer at all (a level, or "not applicable"): the rest are counted as unanswered. */
function answeredOrDealtWith(framework: Framework, assessment: Assessment): number {
  return framework.dimensions
    .flatMap((dimension) => dimension.criteria)
    .filter((criterion) => criterionState(framework, criterion, assessment.answers).kind !== 'unanswered').length;
}

/**
 * The head of an official's report: the case number, the date (of the decision, else of the
 * last change), the assessor, the impartiality confirmation (said plainly when missing), the
 * framework and when it was printed.
 */
function caseFacts(ctx: ReportContext, input: ReportInput, decision: Decision | undefined): TemplateResult {
  const { framework, assessment } = input;
  const assessor = decision?.assessor;
  const assessorText = assessor ? [assessor.name, assessor.role].filter((part) => part && part.trim()).join(', ') : '';
  const impartial = decision?.impartial === true;
  return html`<dl class="report-facts">
    <dt>${ctx.t('reportCaseNumber')}</dt>
    <dd>${decision?.caseNumber?.trim() || ctx.t('reportNotGiven')}</dd>
    <dt>${ctx.t('reportDate')}</dt>
    <dd>${ctx.date(decision?.decidedAt ?? assessment.updatedAt)}</dd>
    <dt>${ctx.t('reportAssessor')}</dt>
    <dd>${assessorText || ctx.t('reportNotGiven')}</dd>
    <dt>${ctx.t('reportImpartiality')}</dt>
    <dd class=${impartial ? '' : 'report-warning'}>${ctx.t(impartial ? 'reportImpartialYes' : 'reportImpartialNo')}</dd>
    <dt>${ctx.t('reportFramework')}</dt>
    <dd>${frameworkFact(ctx, framework)}</dd>
    <dt>${ctx.t('reportUpdated')}</dt>
    <dd>${ctx.date(assessment.updatedAt)}</dd>
    <dt>${ctx.t('reportPrinted')}</dt>
    <dd>${ctx.date(input.printedAt)}</dd>
  </dl>`;
}

/** The official's conclusion, where the case was referred, and the reasons. */
function decisionBlock(ctx: ReportContext, framework: Framework, decision: Decision | undefined): TemplateResult {
  const conclusion = decision?.conclusion ?? 'undecided';
  const referral = conclusion === 'refer' ? referralTarget(framework, decision?.referTo, ctx.lang) : '';
  return html`<section class="report-block">
    <h3>${ctx.t('reportDecision')}</h3>
    <dl class="report-facts">
      <dt>${ctx.t('reportConclusion')}</dt>
      <dd>${CONCLUSION_LABELS[ctx.lang][conclusion]}</dd>
      ${referral ? html`<dt>${ctx.t('reportReferTo')}</dt><dd>${referral}</dd>` : nothing}
      <dt>${ctx.t('reportDecisionReasons')}</dt>
      <dd class="pre">${decision?.reasons?.trim() || ctx.t('reportNoReasons')}</dd>
    </dl>
  </section>`;
}
