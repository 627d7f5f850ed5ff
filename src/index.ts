/**
 * merverdi/core: the formats, validation and scoring of merverdi, free of the DOM so that it
 * runs in browsers and in Node alike (a kommune's server can check and re-score a submitted
 * assessment with the very code the widget uses).
 *
 * @example
 * ```ts
 * import { parseAssessment, defaultFramework } from 'merverdi/core';
 * const { assessment, problems } = parseAssessment(JSON.parse(body), defaultFramework);
 * ```
 *
 * @packageDocumentation
 */

// Text and languages
export type { Lang } from './text/lang.js';
/** Turns a language tag (`nb-NO`, `no`, `nn`, `en`) into one of merverdi's languages. */
export { LANGS, normalizeLang } from './text/lang.js';
export type { Text, Translated } from './text/text.js';
/** Picks the string to show for a text in a language, with the contract's fallback order. */
export { resolveText, missingLanguages } from './text/text.js';
export type { SafeProtocol } from './text/safe-url.js';
/** Checks a link from untrusted data; only https, http, mailto and tel pass. */
export { safeUrl, SAFE_PROTOCOLS } from './text/safe-url.js';

// Problems
export type { Problem, Severity } from './problems/problem.js';
/** Whether any problem in a list is an error. */
export { hasErrors } from './problems/problem.js';

// Frameworks
/** Every type of the framework format: the module holds nothing else. */
export type * from './framework/types.js';
export type { FrameworkParseResult } from './framework/parse-framework.js';
/** Validates an untrusted value as a framework, reporting every problem at once. */
export { parseFramework } from './framework/parse-framework.js';
/** The scale a criterion is answered on, and whether it may be marked not applicable. */
export { effectiveScale, allowsNotApplicable } from './framework/criterion-rules.js';
/** The framework every widget uses when the kommune configured none. */
export { defaultFramework } from './framework/default-framework.js';
/** The built-in evidence and participation scales. */
export { evidenceScale, participationScale } from './framework/scales.js';
/** The 17 UN sustainable development goals, numbered and named. */
export { sustainableDevelopmentGoals } from './framework/sdg.js';
export * as frameworkLimits from './framework/limits.js';
export * as assessmentLimits from './assessment/limits.js';

// Assessments
export type {
  Answer,
  Assessment,
  Basis,
  Conclusion,
  Decision,
  Mode,
  NotApplicableAnswer,
  Offer,
  Scores,
  ValueAnswer,
} from './assessment/types.js';
export type { CreateAssessmentOptions } from './assessment/create-assessment.js';
/** A new, empty, scored assessment against a framework. */
export { createAssessment } from './assessment/create-assessment.js';
/** Pure updates that return a re-scored copy. */
export { withAnswer, withOffer, withScores, withDecision } from './assessment/update.js';
export type { AssessmentParseResult, ParseAssessmentOptions } from './assessment/parse-assessment.js';
/** Validates an untrusted value as an assessment against a framework and re-scores it. */
export { parseAssessment, isIsoDateTime } from './assessment/parse-assessment.js';
/** The assessment as stable, readable JSON. */
export { serializeAssessment } from './assessment/serialize-assessment.js';
export type { OrgNumberFault, OrgNumberResult } from './assessment/org-number.js';
/** Checks a Norwegian organisation number (nine digits, modulus-11 check digit). */
export { checkOrgNumber } from './assessment/org-number.js';

// Scoring
export type { ScoreResult, Weighted } from './scoring/score.js';
/** Scores an assessment against a framework, exactly as the contract defines it. */
export { scoreAssessment, dimensionScore, weightedMean } from './scoring/score.js';
export type { CriterionState } from './scoring/criterion-state.js';
/** Where one criterion stands: a scored value, not applicable, unanswered or invalid; and whether it is dealt with. */
export { criterionState, isDealtWith, levelScore, levelOf, answerFor } from './scoring/criterion-state.js';
export type { AnswerCount, BasisCounts } from './scoring/basis.js';
/** How much of a score rests on answers with a level, and whether that is enough. */
export {
  basisOf,
  basisCounts,
  dimensionBasis,
  hasEnoughBasis,
  isWhollyNotApplicable,
  minBasis,
  DEFAULT_MIN_BASIS,
} from './scoring/basis.js';
/** The plain words beside a score that rests on too little, or an area that does not apply. */
export { insufficientBasis, whollyNotApplicable } from './scoring/basis-messages.js';
/** Advice that asks to show a higher level, never to claim it; and what to say about thin basis. */
export { gapAdvice, basisAdvice } from './scoring/insight-messages.js';
export type { GoalCoverage } from './scoring/goals.js';
/** How far an offer serves each of the kommune's goals, and which goal's owner to contact. */
export { goalCoverage, bestServedGoal } from './scoring/goals.js';
export type {
  AppliedGuidance,
  BasisSummary,
  ContactSuggestion,
  CriterionStrength,
  DimensionStrength,
  Gap,
  Strengths,
  Summary,
  SummaryOptions,
  Unanswered,
  Unshown,
} from './scoring/insights.js';
/** Strengths, gaps, unanswered criteria, contacts and guidance for a summary view. */
export {
  summarize,
  summarizeBasis,
  findUnshown,
  targetGap,
  guidanceApplies,
  STRENGTH_THRESHOLD,
  ASSUMED_TARGET,
} from './scoring/insights.js';

// Comparing offers: the same ranking a case officer sees, for a kommune's own server.
export type { RankKey, SortDirection, RankedAssessment } from './compare/rank.js';
/** Ranks assessments by overall or one axis; ties share a place, missing scores come last. */
export { rankAssessments } from './compare/rank.js';
export type { StandOut, StandOutAxis } from './compare/stand-out.js';
/** Where each offer stands out from the others. */
export { standOut } from './compare/stand-out.js';
export type { SelfVersusOfficial, CriterionDifference, OneSidedAnswer } from './compare/self-versus-official.js';
/** Criterion-by-criterion differences between an entrepreneur's and an official's assessment. */
export { selfVersusOfficial } from './compare/self-versus-official.js';
export type { OverTime, AxisOverTime } from './compare/over-time.js';
/** Several assessments of one offer over time: change per axis, first to last. */
export { overTime } from './compare/over-time.js';
export type { Compatibility, CompatibilityStatus } from './compare/compatibility.js';
/** Whether an assessment was made with this framework, another revision or another framework. */
export { compatibility, sharedAxes } from './compare/compatibility.js';

// The official's case: two assessors, the reply to the entrepreneur, the overview for leaders.
export type { Disagreement, AssessorSide } from './case/disagreement.js';
/** The criteria two assessors of one offer judged differently, with both answers. */
export { assessorDisagreements } from './case/disagreement.js';
export type { Resolution, AgreedAssessmentResult } from './case/agreed-assessment.js';
/** One agreed assessment from two assessors' assessments and their resolutions. */
export { agreedAssessment } from './case/agreed-assessment.js';
export type { ReplyLetter, ReplyLetterOptions } from './case/reply-letter.js';
/** A draft letter to the entrepreneur from the official's decision record. */
export { replyLetter } from './case/reply-letter.js';
export type { CaseOverview, OverviewOffer, GoalOverview } from './case/overview.js';
/** The assessed offers by conclusion and by the kommune's goals, and as CSV. */
export { caseOverview } from './case/overview.js';
export { caseOverviewCsv } from './case/overview-csv.js';
/** The names of a case's conclusions in nb, nn and en. */
export { CONCLUSION_LABELS } from './case/conclusions.js';

// A kommune's own framework and its tender text.
/** A framework built from the sustainable development goals a kommune picks. */
export { sdgTemplate } from './framework/sdg-template.js';
/** An empty framework to start from. */
export { blankFramework } from './framework/blank-framework.js';
/** The script tag and element a kommune pastes into its CMS. */
export { embedSnippet } from './framework/embed-snippet.js';
/** The title of a sustainable development goal in a language. */
export { sdgTitle } from './framework/sdg.js';
export type {
  AwardCriteriaDraft,
  AwardCriterion,
  AwardPoint,
  ClimateChoice,
  DraftRuleNote,
  LeftOutCriterion,
  TenderOptions,
} from './procurement/award-criteria.js';
/** A tender draft from a framework: functional description and three or four award criteria. */
export { awardCriteria, awardCriteriaText, MAX_MAIN_CRITERIA } from './procurement/award-criteria.js';
export type { TenderRole } from './procurement/tender-roles.js';
/** Where a criterion belongs in a tender: award, qualification, contract, or the kommune's own text. */
export { tenderRole, DEFAULT_TENDER_ROLES } from './procurement/tender-roles.js';
export type { RuleId, RuleRecord, RuleOverride, EffectiveRule, OverridableRuleId, RuleUnit } from './procurement/rules.js';
/** The procurement rules as dated records, and a kommune's own values over them. */
export { RULES, RULES_CHECKED, OVERRIDABLE_RULES, effectiveRules, parseRuleOverrides } from './procurement/rules.js';
export type {
  RouteQuestion,
  RouteMemo,
  RouteGuideResult,
  MemoItem,
  MemoRoute,
  MemoReference,
  ServiceKind,
  SupplierKind,
  Intent,
} from './procurement/route-guide.js';
/** The route guide: a dated memo on how a kommune can buy, support or test an offer. */
export { routeGuide, memoText, readAmount } from './procurement/route-guide.js';
/** Whole percentages that sum to exactly 100, by the largest-remainder method. */
export { largestRemainderPercentages } from './procurement/largest-remainder.js';
export type { LibraryBundle } from './library/library-bundle.js';
/** The file format of an exported library of assessments. */
export { createBundle, readImportFile } from './library/library-bundle.js';

// Moving assessments: CSV, share links, file import and submission, also usable on a server.
export * from './transfer/index.js';
