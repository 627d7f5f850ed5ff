import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { scoreAssessment, weightedMean, type Weighted } from '../scoring/score.js';

/** An assessment's scores on the axes being compared, 0..100 or `null` (not assessed). */
export interface ComparableScores {
  /** Weighted mean of the compared axes' non-null scores; `null` when none has a score. */
  overall: number | null;
  /** One entry per compared axis, in framework order. */
  dimensions: Record<string, number | null>;
}

/**
 * Scores an assessment for comparison, on the given axes only. The scores are recomputed
 * from the answers with the framework (stored scores are derived and never trusted). When
 * every axis is compared, the overall score is exactly the contract's; when only the
 * shared axes of another revision are compared, the overall score is the same weighted
 * mean taken over those axes alone, so that offers are ranked on the same ground.
 */
export function comparableScores(
  framework: Framework,
  assessment: Assessment,
  axes: readonly string[],
): ComparableScores {
  const scored = scoreAssessment(framework, assessment);
  const dimensions: Record<string, number | null> = {};
  for (const id of axes) dimensions[id] = scored.dimensions[id] ?? null;
  if (axes.length === framework.dimensions.length) {
    return { overall: scored.overall, dimensions };
  }
  const axisScores: Weighted[] = [];
  for (const dimension of framework.dimensions) {
    const score = dimensions[dimension.id];
    if (score !== null && score !== undefined) axisScores.push({ value: score, weight: dimension.weight ?? 1 });
  }
  return { overall: weightedMean(axisScores), dimensions };
}
