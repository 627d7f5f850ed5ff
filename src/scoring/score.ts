import type { Answer, Assessment, Basis } from '../assessment/types.js';
import type { Dimension, Framework } from '../framework/types.js';
import { basisOf } from './basis.js';
import { criterionState, isDealtWith } from './criterion-state.js';

/** What {@link scoreAssessment} returns: the derived part of an assessment. */
export interface ScoreResult {
  /** Weighted mean of the axis scores that exist, 0..100; `null` when no axis has a score. */
  overall: number | null;
  /** Each axis's score by dimension id, in framework order; `null` where nothing counts. */
  dimensions: Record<string, number | null>;
  /**
   * Share of criteria dealt with, 0..1: answered with a level, or marked not applicable with
   * a non-empty reason.
   */
  completeness: number;
  /** How much of each score rests on answers with a level, 0..1 (see `scoring/basis.ts`). */
  basis: Basis;
}

/** A number and how much it counts. */
export interface Weighted {
  value: number;
  weight: number;
}

/**
 * The weighted mean of `items`, or `null` when there are none or their weights sum to 0.
 * A zero total means "nothing here counts", which is not the same as scoring 0.
 *
 * Computed as a running mean (m ← m + w / W × (v − m)) rather than Σwv / Σw, so that equal
 * values give exactly that value (three answers of 100 give 100, not 99.99999999999999) and
 * the result never leaves the range of the values; a final clamp to 0..100 absorbs the rest.
 */
export function weightedMean(items: readonly Weighted[]): number | null {
  let mean = 0;
  let total = 0;
  for (const { value, weight } of items) {
    if (!(weight > 0)) continue;
    total += weight;
    mean = total === weight ? value : mean + (weight / total) * (value - mean);
  }
  if (total <= 0) return null;
  return Math.min(100, Math.max(0, mean));
}

/**
 * An axis score: the weighted mean (criterion weights, default 1) of the criteria answered
 * with a value on their scale. Not applicable, unanswered and invalid answers are left out of
 * both sums; with none left, or only weight-0 criteria, the axis has no score (`null`).
 */
export function dimensionScore(
  framework: Framework,
  dimension: Dimension,
  answers: Readonly<Record<string, Answer>>,
): number | null {
  const items: Weighted[] = [];
  for (const criterion of dimension.criteria) {
    const state = criterionState(framework, criterion, answers);
    if (state.kind === 'value') items.push({ value: state.score, weight: criterion.weight ?? 1 });
  }
  return weightedMean(items);
}

/**
 * Scores an assessment against a framework, exactly as the contract defines it. Answers are
 * trusted only as far as the framework allows: a value that is not one of its scale's levels
 * counts for nothing (never as 0), and answers to criteria the framework lacks are ignored.
 */
export function scoreAssessment(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
): ScoreResult {
  const dimensions: Record<string, number | null> = {};
  const axes: Weighted[] = [];
  let criteria = 0;
  let settled = 0;
  for (const dimension of framework.dimensions) {
    const score = dimensionScore(framework, dimension, assessment.answers);
    // defineProperty, not assignment: an id such as `__proto__` in an unchecked framework
    // must become data, never a prototype.
    Object.defineProperty(dimensions, dimension.id, {
      value: score,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (score !== null) axes.push({ value: score, weight: dimension.weight ?? 1 });
    for (const criterion of dimension.criteria) {
      criteria += 1;
      if (isDealtWith(framework, criterion, assessment.answers)) settled += 1;
    }
  }
  return {
    overall: weightedMean(axes),
    dimensions,
    completeness: criteria === 0 ? 0 : settled / criteria,
    basis: basisOf(framework, assessment.answers),
  };
}
