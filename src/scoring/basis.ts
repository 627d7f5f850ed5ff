import type { Answer, Basis } from '../assessment/types.js';
import type { Criterion, Dimension, Framework } from '../framework/types.js';
import { criterionState } from './criterion-state.js';

/**
 * Basis: how much of a score rests on real answers (contract: Scoring). An axis's basis is
 * the weight of its criteria answered with a level over the weight of all its criteria, so
 * "not applicable" and unanswered criteria lower it; the overall basis is the axis-weighted
 * mean of the axis bases. A score whose basis is below the framework's `minBasis` is said to
 * rest on too little ("for lite grunnlag") wherever it is shown, ranked or exported, so that
 * marking criteria "not applicable" can never buy a score that looks as solid as a fully
 * answered one.
 */

/** The `minBasis` a framework gets when it names none. */
export const DEFAULT_MIN_BASIS = 0.5;

/**
 * Slack for floating-point noise when a basis is compared with `minBasis`: two of four equal
 * weights must count as exactly one half, however the sums were added.
 */
const BASIS_EPSILON = 1e-9;

/** How many criteria are answered with a level, of how many there are. */
export interface AnswerCount {
  answered: number;
  total: number;
}

/** {@link AnswerCount}s overall and per axis, for text such as "7 av 28 kriterier besvart". */
export interface BasisCounts {
  overall: AnswerCount;
  /** One entry per axis, by dimension id, in framework order. */
  dimensions: Record<string, AnswerCount>;
}

/** The least basis a score needs before it counts as solid: the framework's, else 0.5. */
export function minBasis(framework: Framework): number {
  const value = framework.minBasis;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : DEFAULT_MIN_BASIS;
}

/** Whether a basis (0..1) is enough for the framework's `minBasis`. */
export function hasEnoughBasis(framework: Framework, basisValue: number): boolean {
  return basisValue >= minBasis(framework) - BASIS_EPSILON;
}

/**
 * A weighted share of items that count, 0..1: Σ weight of counted / Σ weight of all. When
 * every weight is 0 (nothing weighs anything, yet there are items) the share is taken by
 * number instead, so that such an axis still says how much of it was answered. No items: 0.
 */
function weightedShare(items: readonly { counts: boolean; weight: number }[]): number {
  let part = 0;
  let whole = 0;
  let countedItems = 0;
  for (const { counts, weight } of items) {
    const w = weight > 0 && Number.isFinite(weight) ? weight : 0;
    whole += w;
    if (counts) {
      part += w;
      countedItems += 1;
    }
  }
  if (items.length === 0) return 0;
  const share = whole > 0 ? part / whole : countedItems / items.length;
  return Math.min(1, Math.max(0, share));
}

/** Whether a criterion is answered with a level of its scale: the only answer basis counts. */
function hasLevel(framework: Framework, criterion: Criterion, answers: Readonly<Record<string, Answer>>): boolean {
  return criterionState(framework, criterion, answers).kind === 'value';
}

/** One axis's basis, 0..1: weight answered with a level over the weight of all its criteria. */
export function dimensionBasis(
  framework: Framework,
  dimension: Dimension,
  answers: Readonly<Record<string, Answer>>,
): number {
  return weightedShare(
    dimension.criteria.map((criterion) => ({
      counts: hasLevel(framework, criterion, answers),
      weight: criterion.weight ?? 1,
    })),
  );
}

/**
 * The basis of every axis and overall (the axis-weighted mean of the axis bases; by number
 * when every axis weighs 0). Always within 0..1.
 */
export function basisOf(framework: Framework, answers: Readonly<Record<string, Answer>>): Basis {
  const dimensions: Record<string, number> = {};
  const axes: { value: number; weight: number }[] = [];
  for (const dimension of framework.dimensions) {
    const value = dimensionBasis(framework, dimension, answers);
    // defineProperty, not assignment: an id such as `__proto__` in an unchecked framework
    // must become data, never a prototype.
    Object.defineProperty(dimensions, dimension.id, { value, enumerable: true, writable: true, configurable: true });
    axes.push({ value, weight: dimension.weight ?? 1 });
  }
  return { overall: weightedMeanOfShares(axes), dimensions };
}

/** The weighted mean of shares 0..1; by number when all weights are 0; 0 with no items. */
export function weightedMeanOfShares(items: readonly { value: number; weight: number }[]): number {
  if (items.length === 0) return 0;
  let sum = 0;
  let total = 0;
  for (const { value, weight } of items) {
    const w = weight > 0 && Number.isFinite(weight) ? weight : 0;
    sum += w * value;
    total += w;
  }
  const mean = total > 0 ? sum / total : items.reduce((acc, item) => acc + item.value, 0) / items.length;
  return Math.min(1, Math.max(0, mean));
}

/** How many criteria are answered with a level, overall and per axis. */
export function basisCounts(framework: Framework, answers: Readonly<Record<string, Answer>>): BasisCounts {
  const dimensions: Record<string, AnswerCount> = {};
  const overall: AnswerCount = { answered: 0, total: 0 };
  for (const dimension of framework.dimensions) {
    const count: AnswerCount = { answered: 0, total: dimension.criteria.length };
    for (const criterion of dimension.criteria) {
      if (hasLevel(framework, criterion, answers)) count.answered += 1;
    }
    Object.defineProperty(dimensions, dimension.id, { value: count, enumerable: true, writable: true, configurable: true });
    overall.answered += count.answered;
    overall.total += count.total;
  }
  return { overall, dimensions };
}

/**
 * Whether every criterion of an axis is marked "not applicable" (with or without a reason):
 * such an axis is drawn and described as not applicable, never as 0. False for an unknown
 * axis or one without criteria.
 */
export function isWhollyNotApplicable(
  framework: Framework,
  dimensionId: string,
  answers: Readonly<Record<string, Answer>>,
): boolean {
  const dimension = framework.dimensions.find((candidate) => candidate.id === dimensionId);
  if (dimension === undefined || dimension.criteria.length === 0) return false;
  return dimension.criteria.every(
    (criterion) => criterionState(framework, criterion, answers).kind === 'not-applicable',
  );
}
