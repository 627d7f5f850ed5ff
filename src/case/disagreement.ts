import type { Answer, Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { answerFor, criterionState, type CriterionState } from '../scoring/criterion-state.js';

/**
 * Two assessors, one offer: where their assessments differ, criterion by criterion, so that
 * two colleagues can talk about exactly those criteria and agree on each.
 */

/** One assessor's side of a criterion: where it stands, and the answer with its notes. */
export interface AssessorSide {
  state: CriterionState;
  /** The answer as recorded, with its justification and evidence; absent when unanswered. */
  answer?: Answer;
}

/** A criterion the two assessments treat differently. */
export interface Disagreement {
  criterionId: string;
  dimensionId: string;
  mine: AssessorSide;
  theirs: AssessorSide;
}

/**
 * Whether two criterion states say the same: the same level, both "not applicable" (reasons
 * may differ: a reason is a justification, not a judgement), or both unanswered. Anything
 * invalid never agrees, so that it is looked at.
 */
export function sameJudgement(a: CriterionState, b: CriterionState): boolean {
  if (a.kind === 'value' && b.kind === 'value') return a.level.value === b.level.value;
  if (a.kind === 'invalid' || b.kind === 'invalid') return false;
  return a.kind === b.kind;
}

/**
 * Every criterion of the framework on which `mine` and `theirs` differ, in framework order:
 * another level, a level against "not applicable", or an answer against none. Criteria the
 * framework does not have are not compared.
 */
export function assessorDisagreements(
  framework: Framework,
  mine: Pick<Assessment, 'answers'>,
  theirs: Pick<Assessment, 'answers'>,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const dimension of framework.dimensions) {
    for (const criterion of dimension.criteria) {
      const mineState = criterionState(framework, criterion, mine.answers);
      const theirState = criterionState(framework, criterion, theirs.answers);
      if (sameJudgement(mineState, theirState)) continue;
      found.push({
        criterionId: criterion.id,
        dimensionId: dimension.id,
        mine: side(mineState, answerFor(mine.answers, criterion.id)),
        theirs: side(theirState, answerFor(theirs.answers, criterion.id)),
      });
    }
  }
  return found;
}

function side(state: CriterionState, answer: Answer | undefined): AssessorSide {
  return answer === undefined ? { state } : { state, answer };
}
