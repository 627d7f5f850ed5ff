import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '../../src/assessment/types.js';
import type { Contact, Criterion, Dimension, Goal } from '../../src/framework/types.js';
import { basisCounts, hasEnoughBasis } from '../../src/scoring/basis.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { bestServedGoal, goalCoverage, type GoalCoverage } from '../../src/scoring/goals.js';
import { gapAdvice } from '../../src/scoring/insight-messages.js';
import { summarize, type ContactSuggestion, type Unshown } from '../../src/scoring/insights.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { safeUrl } from '../../src/text/safe-url.js';
import { formatDay } from '../i18n/number-format.js';
import type { AssessmentMessageKey } from '../assessment/assessment.messages.js';
import type { ViewContext } from '../assessment/view-context.js';
import type { SummaryMessageKey } from './summary.messages.js';

/** The view context of the summary: it speaks the assessment's messages and its own. */
export interface SummaryViewContext extends Omit<ViewContext, 't'> {
  t(key: AssessmentMessageKey | SummaryMessageKey, values?: Record<string, string | number>): string;
}

function findDimension(ctx: SummaryViewContext, id: string): Dimension | undefined {
  return ctx.framework.dimensions.find((dimension) => dimension.id === id);
}

function findCriterion(ctx: SummaryViewContext, id: string): Criterion | undefined {
  for (const dimension of ctx.framework.dimensions) {
    const criterion = dimension.criteria.find((candidate) => candidate.id === id);
    if (criterion) return criterion;
  }
  return undefined;
}

/**
 * The summary an entrepreneur takes to the meeting: how much the score rests on, strengths,
 * the gaps worth closing first with what the next level would take (and a reminder to show
 * it, not only claim it), the kommune's guidance that applies, how far the offer serves each
 * of the kommune's own goals and who owns each, what the target ring means, and who in the
 * kommune to contact: the owner of the goal the offer serves best, with the reason, then the
 * contacts of the strongest areas. Everything is derived afresh from the framework and the
 * answers.
 */
export function summaryView(ctx: SummaryViewContext, assessment: Assessment): TemplateResult {
  const summary = summarize(ctx.framework, assessment);
  const goals = goalCoverage(ctx.framework, assessment);
  const bestGoal = bestServedGoal(ctx.framework, assessment);
  const hasTarget = ctx.framework.dimensions.some((dimension) => typeof dimension.target === 'number');
  const dimensionTitle = (id: string) => ctx.text(findDimension(ctx, id)?.title) || id;
  const criterionTitle = (id: string) => ctx.text(findCriterion(ctx, id)?.title) || id;
  const { strengths } = summary;
  const hasStrengths = strengths.dimensions.length > 0 || strengths.criteria.length > 0;

  return html`
    <section class="summary" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${ctx.t('summaryHeading')}</h3>

      ${basisBlock(ctx, assessment)}

      <h4>${ctx.t('strengths')}</h4>
      ${hasStrengths
        ? html`<ul>
            ${strengths.dimensions.map(
              (strength) =>
                html`<li>
                  <strong>${dimensionTitle(strength.dimensionId)}</strong>:
                  ${ctx.t('axisScore', { score: ctx.score(strength.score) })}
                </li>`,
            )}
            ${strengths.criteria.map(
              (strength) =>
                html`<li>${criterionTitle(strength.criterionId)}: ${ctx.text(strength.level.label)}</li>`,
            )}
          </ul>`
        : html`<p>${ctx.t('strengthsNone')}</p>`}

      <h4>${ctx.t('gaps')}</h4>
      ${summary.gaps.length > 0
        ? html`<ol>
            ${summary.gaps.map(
              (gap) => html`<li>
                <strong>${criterionTitle(gap.criterionId)}</strong>
                (${dimensionTitle(gap.dimensionId)}): ${ctx.text(gap.current.label)}. ${gapAdvice(gap)[ctx.lang]}
                ${gap.next.description
                  ? html`<br /><span class="hint">${ctx.text(gap.next.label)}: ${ctx.text(gap.next.description)}</span>`
                  : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p>${ctx.t('gapsNone')}</p>`}

      ${assessment.mode === 'self' && summary.unshown.length > 0 ? unshownBlock(ctx, summary.unshown, criterionTitle) : nothing}

      ${summary.guidance.length > 0
        ? html`<h4>${ctx.t('guidance')}</h4>
            <ul>
              ${summary.guidance.map((item) => html`<li>${ctx.text(item.text)}</li>`)}
            </ul>`
        : nothing}

      ${goals.length > 0 ? goalsBlock(ctx, assessment, goals) : nothing}

      ${hasTarget
        ? html`<h4>${ctx.t('targetHeading')}</h4>
            <p>${ctx.t('targetExplained')}</p>`
        : nothing}

      <h4>${ctx.t('contacts')}</h4>
      ${bestGoal?.goal.owner && bestGoal.score !== null
        ? html`<div class="contact-goal">
            <p>${ctx.t('contactByGoal', { goal: ctx.text(bestGoal.goal.title), score: ctx.score(bestGoal.score) })}</p>
            <p class="contact">${contactDetails(ctx, bestGoal.goal.owner)}</p>
          </div>`
        : nothing}
      ${summary.contacts.length > 0
        ? html`${bestGoal ? html`<p>${ctx.t('contactAxisIntro')}</p>` : nothing}
            <ul class="contacts">
              ${summary.contacts.map((suggestion) => contactItem(ctx, suggestion, dimensionTitle(suggestion.dimensionId)))}
            </ul>`
        : bestGoal
          ? nothing
          : html`<p>${ctx.t('contactsNone')}</p>`}
    </section>
  `;
}

/**
 * One contact. Links are made only from values `safeUrl` accepts; `mailto:` and `tel:` are
 * built from the address and number, so nothing in a framework can smuggle in another scheme.
 * A value that is refused is still shown, as plain text.
 */
function contactItem(ctx: SummaryViewContext, suggestion: ContactSuggestion, axis: string): TemplateResult {
  return html`<li>
    <strong>${ctx.t('contactAxis', { axis })}</strong>
    (${ctx.t('axisScore', { score: ctx.score(suggestion.score) })})
    ${contactDetails(ctx, suggestion.contact)}
  </li>`;
}

/** A contact's unit, name, e-mail, phone and web page, each on a line of its own. */
function contactDetails(ctx: SummaryViewContext, contact: Contact): TemplateResult {
  const unit = ctx.text(contact.unit);
  const mail = contact.email ? safeUrl(`mailto:${contact.email.trim()}`, ['mailto:']) : undefined;
  const phone = contact.phone ? safeUrl(`tel:${contact.phone.replace(/[\s()-]/g, '')}`, ['tel:']) : undefined;
  const web = contact.url ? safeUrl(contact.url, ['https:', 'http:']) : undefined;
  return html`${unit ? html`<br />${unit}` : nothing}
    ${contact.name ? html`<br />${contact.name}` : nothing}
    ${contact.email
      ? html`<br />${mail
            ? html`<a href=${mail}>${ctx.t('contactEmail', { email: contact.email })}</a>`
            : ctx.t('contactEmail', { email: contact.email })}`
      : nothing}
    ${contact.phone
      ? html`<br />${phone
            ? html`<a href=${phone}>${ctx.t('contactPhone', { phone: contact.phone })}</a>`
            : ctx.t('contactPhone', { phone: contact.phone })}`
      : nothing}
    ${contact.url
      ? html`<br />${web ? html`<a href=${web}>${ctx.t('contactWeb')}</a>` : contact.url}`
      : nothing}`;
}

/**
 * How much the score rests on: the criteria answered with a level, and, when that is below
 * the framework's `minBasis`, a plain warning that the score is not solid yet.
 */
function basisBlock(ctx: SummaryViewContext, assessment: Assessment): TemplateResult {
  const { overall } = basisCounts(ctx.framework, assessment.answers);
  const enough = hasEnoughBasis(ctx.framework, scoreAssessment(ctx.framework, assessment).basis.overall);
  const counts = { answered: overall.answered, total: overall.total };
  return html`<h4>${ctx.t('basisHeading')}</h4>
    <p class=${enough ? 'basis' : 'basis warning'}>${ctx.t(enough ? 'basisText' : 'basisLow', counts)}</p>`;
}

/** Each of the kommune's goals: how far the offer serves it, where it was adopted, who owns it. */
function goalsBlock(ctx: SummaryViewContext, assessment: Assessment, goals: readonly GoalCoverage[]): TemplateResult {
  return html`<h4>${ctx.t('goalsHeading')}</h4>
    <ul class="goals">
      ${goals.map((entry) => {
        const answered = entry.criteria.filter((id) => {
          const criterion = findCriterion(ctx, id);
          return criterion !== undefined && criterionState(ctx.framework, criterion, assessment.answers).kind === 'value';
        }).length;
        return html`<li>
          <strong>${ctx.text(entry.goal.title)}</strong>
          <br />${entry.score === null
            ? ctx.t('goalNotServed')
            : ctx.t('goalScore', { score: ctx.score(entry.score), answered, total: entry.criteria.length })}
          ${goalSource(ctx, entry.goal)}
          ${entry.goal.owner ? html`<br />${ctx.t('goalOwner', { owner: ownerName(ctx, entry.goal.owner) })}` : nothing}
        </li>`;
      })}
    </ul>`;
}

/** Answers above the lowest level that are claimed but not yet shown with an explanation and a link. */
function unshownBlock(ctx: SummaryViewContext, unshown: readonly Unshown[], criterionTitle: (id: string) => string): TemplateResult {
  return html`<h4>${ctx.t('unshownHeading')}</h4>
    <p>${ctx.t('unshownIntro')}</p>
    <ul>
      ${unshown.map((item) => {
        const missing = !item.explanation && !item.evidence ? 'unshownBoth' : !item.explanation ? 'unshownExplanation' : 'unshownEvidence';
        return html`<li><strong>${criterionTitle(item.criterionId)}</strong> (${ctx.text(item.level.label)}): ${ctx.t(missing)}</li>`;
      })}
    </ul>`;
}

function goalSource(ctx: SummaryViewContext, goal: Goal): TemplateResult | typeof nothing {
  const source = goal.source;
  if (!source) return nothing;
  const plan = ctx.text(source.plan);
  const text = source.adopted
    ? ctx.t('goalSourceAdopted', { plan, date: formatDay(source.adopted, ctx.lang) })
    : ctx.t('goalSource', { plan });
  const href = source.url ? safeUrl(source.url, ['https:', 'http:']) : undefined;
  return html`<br />${href ? html`<a href=${href}>${text}</a>` : text}`;
}

/** A goal owner in a few words: unit and name where given. */
function ownerName(ctx: SummaryViewContext, owner: Contact): string {
  return [ctx.text(owner.unit), owner.name].filter((part): part is string => Boolean(part && part.trim())).join(', ');
}
