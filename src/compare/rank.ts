import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { comparableScores, type ComparableScores } from './comparable-scores.js';
import { compatibility, sharedAxes, type Compatibility } from './compatibility.js';
import { basisOf, hasEnoughBasis, weightedMeanOfShares } from '../scoring/basis.js';

/** What to rank by: the overall score, or one axis by its dimension id. */
export type RankKey = 'overall' | (string & {});

/** Highest first (`descending`) or lowest first (`ascending`). */
export type SortDirection = 'ascending' | 'descending';

/** One assessment's place in a ranking. */
export interface RankedAssessment {
  /** Position of the assessment in the list given, so callers can find it again. */
  index: number;
  assessment: Assessment;
  compatibility: Compatibility;
  /** Scores on the compared axes (all `null` for an assessment of another framework). */
  scores: ComparableScores;
  /** The score ranked by; `null` when not assessed or not comparable. */
  score: number | null;
  /**
   * Place among the assessments with a score, 1 = best, in the order of the ranking's
   * key (always best = highest score, whatever the display direction). Equal scores share
   * a place ("delt 2. plass") and the next place is skipped (1, 2, 2, 4). `null` for an
   * assessment without a score: it has no place and is never treated as 0.
   */
  rank: number | null;
  /** Whether another assessment shares this place. */
  tied: boolean;
  /**
   * How much of the ranked score rests on answers with a level, 0..1: the overall basis when
   * ranking by `overall` (over the compared axes only, for another revision), the axis's basis
   * when ranking by an axis; 0 for an assessment of another framework.
   */
  basis: number;
  /**
   * Whether `basis` reaches the framework's `minBasis`. An assessment without enough basis
   * ranks after every assessment with enough, in either direction, and says so.
   */
  enoughBasis: boolean;
}

/**
 * Ranks assessments by their overall score or by one axis.
 *
 * Honest by construction: equal scores share a place; an assessment whose score rests on too
 * little (basis below the framework's `minBasis`) ranks after every assessment with enough
 * basis, whatever its score, so that "not applicable" cannot buy a top place; assessments
 * without a score (nothing answered on that axis, or made with another framework) come last
 * in either direction and get no place at all. Only the axes every comparable assessment
 * shares are used. Among equals, the order given is kept, so a stable list does not jump
 * about.
 */
export function rankAssessments(
  framework: Framework,
  assessments: readonly Assessment[],
  sortBy: RankKey,
  direction: SortDirection,
): RankedAssessment[] {
  const axes = sharedAxes(framework, assessments);
  const rows = assessments.map((assessment, index): RankedAssessment => {
    const compat = compatibility(framework, assessment);
    const scores: ComparableScores =
      compat.status === 'other-framework'
        ? { overall: null, dimensions: Object.fromEntries(axes.map((id) => [id, null])) }
        : comparableScores(framework, assessment, axes);
    const score = sortBy === 'overall' ? scores.overall : (scores.dimensions[sortBy] ?? null);
    const basis = compat.status === 'other-framework' ? 0 : rankedBasis(framework, assessment, axes, sortBy);
    return {
      index,
      assessment,
      compatibility: compat,
      scores,
      score,
      rank: null,
      tied: false,
      basis,
      enoughBasis: compat.status !== 'other-framework' && hasEnoughBasis(framework, basis),
    };
  });

  // Places are always counted best-first, offers with enough basis before the rest; the
  // direction only changes the display order within each group.
  const scored = rows.filter((row) => row.score !== null);
  const solid = scored.filter((row) => row.enoughBasis);
  const thin = scored.filter((row) => !row.enoughBasis);
  const bestSolid = [...solid].sort(descendingStable);
  const bestThin = [...thin].sort(descendingStable);
  const best = [...bestSolid, ...bestThin];
  best.forEach((row, position) => {
    const previous = best[position - 1];
    row.rank =
      previous && previous.enoughBasis === row.enoughBasis && sameScore(previous.score, row.score)
        ? previous.rank
        : position + 1;
  });
  for (const row of best) {
    row.tied = best.some((other) => other !== row && other.rank === row.rank);
  }

  const ordered =
    direction === 'descending' ? best : [...[...solid].sort(ascendingStable), ...[...thin].sort(ascendingStable)];
  const unscored = rows.filter((row) => row.score === null);
  return [...ordered, ...unscored];
}

/**
 * The basis of the score ranked by: an axis's own, or the axis-weighted mean over the
 * compared axes (exactly the overall basis when every axis is compared).
 */
function rankedBasis(framework: Framework, assessment: Assessment, axes: readonly string[], sortBy: RankKey): number {
  const basis = basisOf(framework, assessment.answers);
  if (sortBy !== 'overall') {
    return Object.prototype.hasOwnProperty.call(basis.dimensions, sortBy) ? (basis.dimensions[sortBy] ?? 0) : 0;
  }
  if (axes.length === framework.dimensions.length) return basis.overall;
  const compared = new Set(axes);
  return weightedMeanOfShares(
    framework.dimensions
      .filter((dimension) => compared.has(dimension.id))
      .map((dimension) => ({ value: basis.dimensions[dimension.id] ?? 0, weight: dimension.weight ?? 1 })),
  );
}

/**
 * Scores equal up to floating-point noise: two offers whose answers average to the same
 * value must share a place even when the sums were added in another order.
 */
function sameScore(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) < 1e-9;
}

/** Highest first, keeping the order given among equal scores. */
function descendingStable(a: RankedAssessment, b: RankedAssessment): number {
  return (b.score as number) - (a.score as number) || a.index - b.index;
}

/** Lowest first, keeping the order given among equal scores. */
function ascendingStable(a: RankedAssessment, b: RankedAssessment): number {
  return (a.score as number) - (b.score as number) || a.index - b.index;
}
