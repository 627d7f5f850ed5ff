import type { Answer } from '../../src/assessment/types.js';
import type { Dimension, Framework } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';

/** How far one axis, or the whole assessment, has come. */
export interface Progress {
  /** Criteria answered with a level or marked not applicable. */
  answered: number;
  total: number;
}

/** Progress on one axis: an answer that the framework does not accept does not count. */
export function axisProgress(
  framework: Framework,
  dimension: Dimension,
  answers: Readonly<Record<string, Answer>>,
): Progress {
  let answered = 0;
  for (const criterion of dimension.criteria) {
    const { kind } = criterionState(framework, criterion, answers);
    if (kind === 'value' || kind === 'not-applicable') answered += 1;
  }
  return { answered, total: dimension.criteria.length };
}

/** Progress over every axis. */
export function overallProgress(framework: Framework, answers: Readonly<Record<string, Answer>>): Progress {
  return framework.dimensions.reduce<Progress>(
    (sum, dimension) => {
      const axis = axisProgress(framework, dimension, answers);
      return { answered: sum.answered + axis.answered, total: sum.total + axis.total };
    },
    { answered: 0, total: 0 },
  );
}
