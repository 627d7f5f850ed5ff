import type { Answer } from '../../src/assessment/types.js';
import type { Dimension, Framework } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';

/** How far one axis, or the whole assessment, has come. */
export interface Progress {
  /** Criteria dealt with: answered with a level, or marked not applicable with a reason. */
  answered: number;
  total: number;
  /** Criteria marked not applicable without a reason: not dealt with until it is written. */
  missingReasons: number;
}

/**
 * Progress on one axis, counted as the contract counts completeness: an answer the framework
 * does not accept does not count, nor does "not applicable" until it says why.
 */
export function axisProgress(
  framework: Framework,
  dimension: Dimension,
  answers: Readonly<Record<string, Answer>>,
): Progress {
  let answered = 0;
  let missingReasons = 0;
  for (const criterion of dimension.criteria) {
    const state = criterionState(framework, criterion, answers);
    if (state.kind === 'value') answered += 1;
    else if (state.kind === 'not-applicable') {
      if (state.reason.trim() !== '') answered += 1;
      else missingReasons += 1;
    }
  }
  return { answered, total: dimension.criteria.length, missingReasons };
}

/** Progress over every axis. */
export function overallProgress(framework: Framework, answers: Readonly<Record<string, Answer>>): Progress {
  return framework.dimensions.reduce<Progress>(
    (sum, dimension) => {
      const axis = axisProgress(framework, dimension, answers);
      return {
        answered: sum.answered + axis.answered,
        total: sum.total + axis.total,
        missingReasons: sum.missingReasons + axis.missingReasons,
      };
    },
    { answered: 0, total: 0, missingReasons: 0 },
  );
}
