import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { criterionState, type CriterionState } from '../scoring/criterion-state.js';

/** One criterion both the entrepreneur and the official scored. */
export interface CriterionDifference {
  criterionId: string;
  dimensionId: string;
  /** The entrepreneur's answer, as points on 0..100. */
  self: number;
  /** The official's answer, as points on 0..100. */
  official: number;
  /** `official − self`: negative where the official judged lower than the entrepreneur. */
  difference: number;
}

/** One criterion that only one side answered with a value. */
export interface OneSidedAnswer {
  criterionId: string;
  dimensionId: string;
  /** The entrepreneur's side: a value, not applicable, unanswered, or invalid (off the scale). */
  self: CriterionState;
  /** The official's side, as for `self`. */
  official: CriterionState;
}

/** Where a self-assessment and an official assessment of the same offer differ. */
export interface SelfVersusOfficial {
  /** Criteria scored by both, largest absolute difference first (framework order among equals). */
  differences: CriterionDifference[];
  /**
   * Criteria with a value on one side only: unanswered or "not applicable" on the other.
   * A number cannot be compared with "not applicable", so these are listed apart, in
   * framework order.
   */
  answeredByOne: OneSidedAnswer[];
}

/**
 * Compares the entrepreneur's self-assessment with the official's, criterion by criterion,
 * on the framework's own criteria (answers to criteria the framework does not have are
 * not compared). Points are normalised to 0..100 so that criteria on different scales
 * compare fairly.
 */
export function selfVersusOfficial(
  framework: Framework,
  self: Assessment,
  official: Assessment,
): SelfVersusOfficial {
  const differences: (CriterionDifference & { order: number })[] = [];
  const answeredByOne: OneSidedAnswer[] = [];
  let order = 0;
  for (const dimension of framework.dimensions) {
    for (const criterion of dimension.criteria) {
      order += 1;
      const mine = criterionState(framework, criterion, self.answers);
      const theirs = criterionState(framework, criterion, official.answers);
      if (mine.kind === 'value' && theirs.kind === 'value') {
        differences.push({
          criterionId: criterion.id,
          dimensionId: dimension.id,
          self: mine.score,
          official: theirs.score,
          difference: theirs.score - mine.score,
          order,
        });
      } else if (mine.kind === 'value' || theirs.kind === 'value') {
        answeredByOne.push({ criterionId: criterion.id, dimensionId: dimension.id, self: mine, official: theirs });
      }
    }
  }
  differences.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.order - b.order);
  return { differences: differences.map(({ order: _order, ...rest }) => rest), answeredByOne };
}
