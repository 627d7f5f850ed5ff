import type { Answer } from '../assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../framework/criterion-rules.js';
import type { Criterion, Framework, Scale, ScaleLevel } from '../framework/types.js';

/**
 * Where one criterion stands in an assessment:
 * - `value`: answered with one of its scale's levels, scored 0..100;
 * - `not-applicable`: marked not applicable where that is allowed; left out of averages.
 *   `reason` is the reason given, trimmed (empty when none was given: then the criterion is
 *   not dealt with, see {@link isDealtWith});
 * - `unanswered`: no answer yet;
 * - `invalid`: an answer the framework does not allow (a value off the scale, or "not
 *   applicable" where it is not allowed). It is never counted as anything; the assessment
 *   parser reports it as a problem.
 */
export type CriterionState =
  | { kind: 'value'; level: ScaleLevel; score: number }
  | { kind: 'not-applicable'; reason: string }
  | { kind: 'unanswered' }
  | { kind: 'invalid' };

/**
 * The answer recorded for a criterion. Reads own properties only, so that a criterion whose id
 * happens to be `constructor` finds no inherited function where an answer should be.
 */
export function answerFor(answers: Readonly<Record<string, Answer>>, criterionId: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, criterionId) ? answers[criterionId] : undefined;
}

/** The level of `scale` whose value is exactly `value`, if any. */
export function levelOf(scale: Scale, value: number): ScaleLevel | undefined {
  return scale.levels.find((level) => level.value === value);
}

/**
 * A level value as a score: (v − min) / (max − min) × 100, where min and max are the scale's
 * lowest and highest level values. `undefined` when `value` is not one of the levels.
 */
export function levelScore(scale: Scale, value: number): number | undefined {
  const first = scale.levels[0];
  const last = scale.levels[scale.levels.length - 1];
  if (first === undefined || last === undefined || last.value <= first.value) return undefined;
  if (levelOf(scale, value) === undefined) return undefined;
  return ((value - first.value) / (last.value - first.value)) * 100;
}

/** Where `criterion` stands, given the assessment's answers. */
export function criterionState(
  framework: Framework,
  criterion: Criterion,
  answers: Readonly<Record<string, Answer>>,
): CriterionState {
  const answer = answerFor(answers, criterion.id);
  if (answer === undefined || typeof answer !== 'object' || answer === null) return { kind: 'unanswered' };
  if (answer.notApplicable === true) {
    if (!allowsNotApplicable(framework, criterion)) return { kind: 'invalid' };
    return { kind: 'not-applicable', reason: typeof answer.reason === 'string' ? answer.reason.trim() : '' };
  }
  if (typeof answer.value !== 'number') return { kind: 'invalid' };
  const scale = effectiveScale(framework, criterion);
  const level = levelOf(scale, answer.value);
  const score = levelScore(scale, answer.value);
  if (level === undefined || score === undefined) return { kind: 'invalid' };
  return { kind: 'value', level, score };
}

/**
 * Whether a criterion is dealt with: answered with a level of its scale, or marked not
 * applicable (where allowed) with a non-empty reason. Completeness counts these; "not
 * applicable" without a reason is still to do.
 */
export function isDealtWith(
  framework: Framework,
  criterion: Criterion,
  answers: Readonly<Record<string, Answer>>,
): boolean {
  const state = criterionState(framework, criterion, answers);
  return state.kind === 'value' || (state.kind === 'not-applicable' && state.reason !== '');
}
