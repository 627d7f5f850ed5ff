import type { Assessment } from '../assessment/types.js';
import type { Criterion, Framework, Goal } from '../framework/types.js';
import { criterionState } from './criterion-state.js';

/**
 * How far an offer serves each of the kommune's own goals (the framework's `goals`), read
 * from the criteria that name them. This is what lets a result say which of *the kommune's*
 * goals an offer serves, and who owns that goal: the "right person" to contact.
 */

/** How far an assessment serves one goal. */
export interface GoalCoverage {
  goal: Goal;
  /**
   * The criterion-weighted mean (0..100) of the goal's criteria answered with a level;
   * `null` when none is, never 0.
   */
  score: number | null;
  /**
   * How much of that score rests on answers, 0..1: the weight of the goal's criteria answered
   * with a level over the weight of all of them (by number when all weigh 0; 0 without
   * criteria).
   */
  basis: number;
  /** Ids of the criteria that serve the goal, in framework order. */
  criteria: string[];
}

/** Two scores closer than this are the same, whatever order the sums were added in. */
const SCORE_EPSILON = 1e-9;

/**
 * One entry per framework goal, best served first: highest score first, then the larger
 * basis, then framework order; goals without a score come last, in framework order. Scores
 * are computed from the answers, never read from the document.
 */
export function goalCoverage(framework: Framework, assessment: Pick<Assessment, 'answers'>): GoalCoverage[] {
  const goals = framework.goals ?? [];
  if (goals.length === 0) return [];
  const criteriaOf = new Map<string, Criterion[]>(goals.map((goal) => [goal.id, []]));
  for (const dimension of framework.dimensions) {
    for (const criterion of dimension.criteria) {
      for (const goalId of new Set(criterion.goals ?? [])) criteriaOf.get(goalId)?.push(criterion);
    }
  }
  const entries = goals.map((goal, order) => {
    const criteria = criteriaOf.get(goal.id) ?? [];
    let scoreSum = 0;
    let scoreWeight = 0;
    let answeredWeight = 0;
    let allWeight = 0;
    let answeredCount = 0;
    let anyScore = false;
    for (const criterion of criteria) {
      const weight = validWeight(criterion.weight);
      allWeight += weight;
      const state = criterionState(framework, criterion, assessment.answers);
      if (state.kind !== 'value') continue;
      answeredWeight += weight;
      answeredCount += 1;
      if (weight > 0) {
        scoreSum += weight * state.score;
        scoreWeight += weight;
        anyScore = true;
      }
    }
    const score = anyScore ? Math.min(100, Math.max(0, scoreSum / scoreWeight)) : null;
    let basis = 0;
    if (criteria.length > 0) basis = allWeight > 0 ? answeredWeight / allWeight : answeredCount / criteria.length;
    const entry: GoalCoverage = {
      goal,
      score,
      basis: Math.min(1, Math.max(0, basis)),
      criteria: criteria.map((criterion) => criterion.id),
    };
    return { entry, order };
  });
  entries.sort((a, b) => compareCoverage(a.entry, b.entry) || a.order - b.order);
  return entries.map(({ entry }) => entry);
}

/**
 * The goal to name as "who to contact": the best-served goal (as {@link goalCoverage} orders
 * them) that has an owner to contact and a score above 0. `undefined` when no goal qualifies;
 * the caller then falls back to the axes' contacts.
 */
export function bestServedGoal(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
): GoalCoverage | undefined {
  return goalCoverage(framework, assessment).find(
    (entry) => entry.goal.owner !== undefined && entry.score !== null && entry.score > 0,
  );
}

function validWeight(weight: number | undefined): number {
  const w = weight ?? 1;
  return w > 0 && Number.isFinite(w) ? w : 0;
}

/** Best served first: a score beats none, higher beats lower, then the larger basis. */
function compareCoverage(a: GoalCoverage, b: GoalCoverage): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
  if (Math.abs(a.score - b.score) > SCORE_EPSILON) return b.score - a.score;
  return b.basis - a.basis;
}
