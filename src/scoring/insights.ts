import type { Answer, Assessment } from '../assessment/types.js';
import { effectiveScale } from '../framework/criterion-rules.js';
import type { Contact, Criterion, Dimension, Framework, GuidanceRule, ScaleLevel } from '../framework/types.js';
import type { Text } from '../text/text.js';
import { basisCounts, hasEnoughBasis, isWhollyNotApplicable, minBasis, type BasisCounts } from './basis.js';
import { answerFor, criterionState } from './criterion-state.js';
import { bestServedGoal, goalCoverage, type GoalCoverage } from './goals.js';
import { scoreAssessment, type ScoreResult } from './score.js';

/**
 * Views derived from a scored assessment, for the summary an entrepreneur takes to the
 * meeting: strengths, the gaps worth closing first (and what the next level would take), what
 * is not yet answered, whom in the kommune to contact, and the kommune's own guidance.
 * Everything is ids, numbers and {@link Text}; the interface resolves the language.
 */

/** An axis score at or above this counts as a strength. */
export const STRENGTH_THRESHOLD = 75;
/** How many strong criteria, gaps and contacts a summary lists by default. */
export const DEFAULT_LIST_LENGTH = 3;
/**
 * The target assumed for an axis without one when ranking contacts: the middle of the scale,
 * so that an axis without a target neither always wins nor always loses.
 */
export const ASSUMED_TARGET = 50;

/** A strong axis. */
export interface DimensionStrength {
  dimensionId: string;
  score: number;
}

/** A criterion answered at a high level. */
export interface CriterionStrength {
  dimensionId: string;
  criterionId: string;
  score: number;
  level: ScaleLevel;
}

/** What the assessment does well. */
export interface Strengths {
  /** Axes scoring at least {@link STRENGTH_THRESHOLD}, highest first. */
  dimensions: DimensionStrength[];
  /** The highest-scoring criteria (at least {@link STRENGTH_THRESHOLD}), highest first. */
  criteria: CriterionStrength[];
}

/** A criterion below the top of its scale, and what the next level up would take. */
export interface Gap {
  dimensionId: string;
  criterionId: string;
  score: number;
  /** The level answered now. */
  current: ScaleLevel;
  /** The next level up: its label and description say what it would take. */
  next: ScaleLevel;
  /**
   * How much closing this gap matters: axis weight × criterion weight × the distance to the
   * top of the scale, raised by how far the axis lies below its target. Only for ordering.
   */
  priority: number;
  /**
   * Whether the answer now is shown, not only claimed: it has an explanation (`comment`) and
   * at least one evidence link. Advice for a gap always asks to show the next level this way
   * (see `gapAdvice`), never merely to tick it.
   */
  shown: { explanation: boolean; evidence: boolean };
}

/** A criterion answered with a level above its lowest, but with no explanation or no evidence link. */
export interface Unshown {
  dimensionId: string;
  criterionId: string;
  level: ScaleLevel;
  explanation: boolean;
  evidence: boolean;
}

/** How much the scores rest on, and where that is too little. */
export interface BasisSummary {
  /** The overall basis, 0..1. */
  overall: number;
  /** The framework's `minBasis` (default 0.5). */
  minBasis: number;
  /** Whether the overall basis reaches `minBasis`. */
  enough: boolean;
  /** Criteria answered with a level, overall and per area: "7 av 28 kriterier besvart". */
  counts: BasisCounts;
  /** Areas (dimension ids, framework order) whose basis is below `minBasis`. */
  insufficientDimensions: string[];
  /** Areas every criterion of which is marked not applicable: described as such, never as 0. */
  notApplicableDimensions: string[];
}

/** A criterion neither answered nor marked not applicable (or answered invalidly). */
export interface Unanswered {
  dimensionId: string;
  criterionId: string;
}

/** Someone in the kommune an entrepreneur should talk to, for an axis where the offer fits. */
export interface ContactSuggestion {
  dimensionId: string;
  score: number;
  target?: number;
  /** Score minus target (or {@link ASSUMED_TARGET}); higher means a better fit. */
  fit: number;
  contact: Contact;
}

/** A guidance rule of the framework that applies to this assessment. */
export interface AppliedGuidance {
  /** Index of the rule in `framework.guidance`. */
  index: number;
  dimensionId: string;
  text: Text;
}

/** Everything {@link summarize} derives. */
export interface Summary {
  scores: ScoreResult;
  strengths: Strengths;
  gaps: Gap[];
  notAnswered: Unanswered[];
  contacts: ContactSuggestion[];
  guidance: AppliedGuidance[];
  /** How much the scores rest on; say so beside every score when it is not enough. */
  basis: BasisSummary;
  /** Answers above the lowest level that are not yet shown with an explanation and a link. */
  unshown: Unshown[];
  /** How far the offer serves each of the kommune's goals, best served first. */
  goals: GoalCoverage[];
  /** The goal whose owner to contact, when a goal with an owner is served at all. */
  bestGoal?: GoalCoverage;
}

/** Options for {@link summarize}. */
export interface SummaryOptions {
  /** How many strong criteria, gaps and contacts to list; default {@link DEFAULT_LIST_LENGTH}. */
  limit?: number;
}

/**
 * How far an axis lies below its target, in score points (negative when above it).
 * `null` when the axis has no target or no score.
 */
export function targetGap(dimension: Dimension, score: number | null): number | null {
  if (dimension.target === undefined || score === null) return null;
  return dimension.target - score;
}

/** Visits every criterion with its axis, in framework order. */
function eachCriterion(framework: Framework): { dimension: Dimension; criterion: Criterion }[] {
  return framework.dimensions.flatMap((dimension) =>
    dimension.criteria.map((criterion) => ({ dimension, criterion })),
  );
}

/** Axes scoring at least {@link STRENGTH_THRESHOLD}, highest first. */
export function strongDimensions(framework: Framework, scores: ScoreResult): DimensionStrength[] {
  const strong: DimensionStrength[] = [];
  for (const dimension of framework.dimensions) {
    const score = scores.dimensions[dimension.id];
    if (typeof score === 'number' && score >= STRENGTH_THRESHOLD) strong.push({ dimensionId: dimension.id, score });
  }
  return strong.sort((a, b) => b.score - a.score);
}

/** The highest-scoring criteria at or above {@link STRENGTH_THRESHOLD}, highest first. */
export function strongCriteria(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
  limit: number,
): CriterionStrength[] {
  const strong: CriterionStrength[] = [];
  for (const { dimension, criterion } of eachCriterion(framework)) {
    const state = criterionState(framework, criterion, assessment.answers);
    if (state.kind === 'value' && state.score >= STRENGTH_THRESHOLD) {
      strong.push({ dimensionId: dimension.id, criterionId: criterion.id, score: state.score, level: state.level });
    }
  }
  // Array.prototype.sort is stable, so ties keep framework order.
  return strong.sort((a, b) => b.score - a.score).slice(0, limit);
}

/**
 * The answered criteria most worth improving, most important first. A criterion at the top
 * of its scale, or weighing nothing, is no gap.
 */
export function findGaps(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
  scores: ScoreResult,
  limit: number,
): Gap[] {
  const gaps: Gap[] = [];
  for (const { dimension, criterion } of eachCriterion(framework)) {
    const state = criterionState(framework, criterion, assessment.answers);
    if (state.kind !== 'value') continue;
    const levels = effectiveScale(framework, criterion).levels;
    const next = levels[levels.indexOf(state.level) + 1];
    if (next === undefined) continue;
    const belowTarget = Math.max(0, targetGap(dimension, scores.dimensions[dimension.id] ?? null) ?? 0);
    const priority =
      (dimension.weight ?? 1) * (criterion.weight ?? 1) * (100 - state.score) * (1 + belowTarget / 100);
    if (priority <= 0) continue;
    gaps.push({
      dimensionId: dimension.id,
      criterionId: criterion.id,
      score: state.score,
      current: state.level,
      next,
      priority,
      shown: shownIn(answerFor(assessment.answers, criterion.id)),
    });
  }
  return gaps.sort((a, b) => b.priority - a.priority).slice(0, limit);
}

/** Whether an answer carries an explanation and at least one evidence link. */
function shownIn(answer: Answer | undefined): { explanation: boolean; evidence: boolean } {
  return {
    explanation: typeof answer?.comment === 'string' && answer.comment.trim() !== '',
    evidence: Array.isArray(answer?.evidence) && answer.evidence.length > 0,
  };
}

/**
 * Answers above the lowest level of their scale that lack an explanation or an evidence link,
 * in framework order: what the applicant should back up before the meeting.
 */
export function findUnshown(framework: Framework, assessment: Pick<Assessment, 'answers'>): Unshown[] {
  const unshown: Unshown[] = [];
  for (const { dimension, criterion } of eachCriterion(framework)) {
    const state = criterionState(framework, criterion, assessment.answers);
    if (state.kind !== 'value' || state.score <= 0) continue;
    const shown = shownIn(answerFor(assessment.answers, criterion.id));
    if (shown.explanation && shown.evidence) continue;
    unshown.push({ dimensionId: dimension.id, criterionId: criterion.id, level: state.level, ...shown });
  }
  return unshown;
}

/** How much the scores rest on, overall and per area, against the framework's `minBasis`. */
export function summarizeBasis(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
  scores: ScoreResult,
): BasisSummary {
  return {
    overall: scores.basis.overall,
    minBasis: minBasis(framework),
    enough: hasEnoughBasis(framework, scores.basis.overall),
    counts: basisCounts(framework, assessment.answers),
    insufficientDimensions: framework.dimensions
      .filter((dimension) => !hasEnoughBasis(framework, scores.basis.dimensions[dimension.id] ?? 0))
      .map((dimension) => dimension.id),
    notApplicableDimensions: framework.dimensions
      .filter((dimension) => isWhollyNotApplicable(framework, dimension.id, assessment.answers))
      .map((dimension) => dimension.id),
  };
}

/**
 * Criteria not dealt with, in framework order: unanswered, invalid, or "not applicable"
 * without a reason.
 */
export function findUnanswered(framework: Framework, assessment: Pick<Assessment, 'answers'>): Unanswered[] {
  return eachCriterion(framework)
    .filter(({ criterion }) => {
      const state = criterionState(framework, criterion, assessment.answers);
      return state.kind === 'unanswered' || state.kind === 'invalid' || (state.kind === 'not-applicable' && state.reason === '');
    })
    .map(({ dimension, criterion }) => ({ dimensionId: dimension.id, criterionId: criterion.id }));
}

/**
 * The contacts of the axes where the offer fits best: highest score relative to the axis
 * target first. Only axes that have a contact and a score are listed.
 */
export function suggestContacts(framework: Framework, scores: ScoreResult, limit: number): ContactSuggestion[] {
  const suggestions: ContactSuggestion[] = [];
  for (const dimension of framework.dimensions) {
    const score = scores.dimensions[dimension.id];
    if (dimension.contact === undefined || typeof score !== 'number') continue;
    const fit = score - (dimension.target ?? ASSUMED_TARGET);
    const suggestion: ContactSuggestion = { dimensionId: dimension.id, score, fit, contact: dimension.contact };
    if (dimension.target !== undefined) suggestion.target = dimension.target;
    suggestions.push(suggestion);
  }
  return suggestions.sort((a, b) => b.fit - a.fit).slice(0, limit);
}

/**
 * Whether a guidance rule holds for an axis score: `below` means score < n, `atLeast` means
 * score ≥ n, both must hold when both are given. An axis without a score matches no rule.
 */
export function guidanceApplies(rule: GuidanceRule, score: number | null | undefined): boolean {
  if (typeof score !== 'number') return false;
  if (rule.when.below !== undefined && !(score < rule.when.below)) return false;
  if (rule.when.atLeast !== undefined && !(score >= rule.when.atLeast)) return false;
  return true;
}

/** The framework's guidance rules that hold, in framework order. */
export function applicableGuidance(framework: Framework, scores: ScoreResult): AppliedGuidance[] {
  const applied: AppliedGuidance[] = [];
  (framework.guidance ?? []).forEach((rule, index) => {
    const score = Object.prototype.hasOwnProperty.call(scores.dimensions, rule.when.dimension)
      ? scores.dimensions[rule.when.dimension]
      : undefined;
    if (guidanceApplies(rule, score)) applied.push({ index, dimensionId: rule.when.dimension, text: rule.text });
  });
  return applied;
}

/**
 * Everything the summary view needs, derived afresh from the framework and the answers
 * (stored scores are never trusted).
 */
export function summarize(
  framework: Framework,
  assessment: Pick<Assessment, 'answers'>,
  options: SummaryOptions = {},
): Summary {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIST_LENGTH));
  const scores = scoreAssessment(framework, assessment);
  return {
    scores,
    strengths: {
      dimensions: strongDimensions(framework, scores),
      criteria: strongCriteria(framework, assessment, limit),
    },
    gaps: findGaps(framework, assessment, scores, limit),
    notAnswered: findUnanswered(framework, assessment),
    contacts: suggestContacts(framework, scores, limit),
    guidance: applicableGuidance(framework, scores),
    basis: summarizeBasis(framework, assessment, scores),
    unshown: findUnshown(framework, assessment),
    goals: goalCoverage(framework, assessment),
    ...withBestGoal(bestServedGoal(framework, assessment)),
  };
}

function withBestGoal(goal: GoalCoverage | undefined): { bestGoal?: GoalCoverage } {
  return goal === undefined ? {} : { bestGoal: goal };
}
