import type { Assessment, Conclusion } from '../assessment/types.js';
import { groupByOffer } from '../compare/offer-identity.js';
import type { Framework, Goal } from '../framework/types.js';
import { hasEnoughBasis } from '../scoring/basis.js';
import { goalCoverage } from '../scoring/goals.js';
import { scoreAssessment } from '../scoring/score.js';
import { CONCLUSIONS } from './conclusions.js';

/**
 * An overview for leaders and political committees: the offers a kommune has assessed, by the
 * conclusion of each case and by which of the kommune's goals they serve. Every figure is
 * computed from the answers, never read from the stored scores.
 */

/** One offer in the overview: its newest official assessment on this framework. */
export interface OverviewOffer {
  title: string;
  organisation: string;
  /** The case's conclusion, or `none` when no decision is recorded. */
  conclusion: Conclusion | 'none';
  overall: number | null;
  basis: number;
  enoughBasis: boolean;
  assessment: Assessment;
}

/** How the offers serve one goal. */
export interface GoalOverview {
  goal: Goal;
  /** Offers with a score on this goal (at least one of its criteria answered with a level). */
  offers: number;
  /** Mean of those offers' goal scores, 0..100; `null` when no offer has one. */
  meanScore: number | null;
  /** Mean basis of the goal's criteria over those offers, 0..1; 0 when none. */
  meanBasis: number;
  /** How many of those offers rest on enough basis for this goal. */
  withEnoughBasis: number;
}

/** Everything the overview shows. */
export interface CaseOverview {
  offers: OverviewOffer[];
  /** Offers per conclusion, every conclusion present (0 where none), and `none`. */
  byConclusion: Record<Conclusion | 'none', number>;
  /** One entry per framework goal, in framework order. */
  byGoal: GoalOverview[];
  /** Assessments left out: self-assessments, and assessments on another framework. */
  leftOut: { selfAssessments: number; otherFramework: number; olderVersions: number };
}

/**
 * The overview of `assessments` (a library) against `framework`. Only the kommune's own
 * (official) assessments on this framework count, one per offer: the most recently decided,
 * else the most recently edited. Offers are listed by conclusion, then by title.
 */
export function caseOverview(framework: Framework, assessments: readonly Assessment[]): CaseOverview {
  const official = assessments.filter((item) => item.mode === 'official');
  const own = official.filter((item) => item.framework?.id === framework.id);
  const groups = groupByOffer(own);
  const newest = groups.map((group) => [...group].sort((a, b) => caseTime(b) - caseTime(a))[0]!);
  const leftOut = {
    selfAssessments: assessments.length - official.length,
    otherFramework: official.length - own.length,
    olderVersions: own.length - newest.length,
  };

  const order = [...CONCLUSIONS, 'none'] as const;
  const offers: OverviewOffer[] = newest
    .map((assessment) => {
      const scores = scoreAssessment(framework, assessment);
      return {
        title: assessment.offer.title?.trim() ?? '',
        organisation: assessment.offer.organisation?.trim() ?? '',
        conclusion: assessment.decision?.conclusion ?? ('none' as const),
        overall: scores.overall,
        basis: scores.basis.overall,
        enoughBasis: hasEnoughBasis(framework, scores.basis.overall),
        assessment,
      };
    })
    .sort(
      (a, b) =>
        order.indexOf(a.conclusion) - order.indexOf(b.conclusion) || a.title.localeCompare(b.title, 'nb'),
    );

  const byConclusion = Object.fromEntries(order.map((conclusion) => [conclusion, 0])) as Record<Conclusion | 'none', number>;
  for (const offer of offers) byConclusion[offer.conclusion] += 1;

  const byGoal: GoalOverview[] = (framework.goals ?? []).map((goal) => ({
    goal,
    offers: 0,
    meanScore: null,
    meanBasis: 0,
    withEnoughBasis: 0,
  }));
  const sums = byGoal.map(() => ({ score: 0, basis: 0 }));
  for (const offer of offers) {
    for (const coverage of goalCoverage(framework, offer.assessment)) {
      const index = byGoal.findIndex((entry) => entry.goal.id === coverage.goal.id);
      if (index < 0 || coverage.score === null) continue;
      const entry = byGoal[index]!;
      entry.offers += 1;
      sums[index]!.score += coverage.score;
      sums[index]!.basis += coverage.basis;
      if (hasEnoughBasis(framework, coverage.basis)) entry.withEnoughBasis += 1;
    }
  }
  byGoal.forEach((entry, index) => {
    if (entry.offers === 0) return;
    entry.meanScore = sums[index]!.score / entry.offers;
    entry.meanBasis = sums[index]!.basis / entry.offers;
  });
  return { offers, byConclusion, byGoal, leftOut };
}

/** When a case was last settled: its decision's date, else its last edit. */
function caseTime(assessment: Assessment): number {
  const decided = Date.parse(assessment.decision?.decidedAt ?? '');
  if (Number.isFinite(decided)) return decided;
  const edited = Date.parse(assessment.updatedAt);
  return Number.isFinite(edited) ? edited : 0;
}
