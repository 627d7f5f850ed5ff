import { allowsNotApplicable, effectiveScale } from '../framework/criterion-rules.js';
import { ID_PATTERN, MAX_ID_LENGTH } from '../framework/limits.js';
import type { Criterion, Framework } from '../framework/types.js';
import * as common from '../problems/common-messages.js';
import { childPath } from '../problems/json-path.js';
import {
  isObject,
  own,
  readBoolean,
  readNumber,
  readString,
  warnUnknownFields,
  withoutUndefined,
  type JsonObject,
} from '../problems/json-reader.js';
import type { Problem } from '../problems/problem.js';
import { ProblemList, type CommonMessages } from '../problems/problem-list.js';
import { levelOf } from '../scoring/criterion-state.js';
import { normalizeLang, type Lang } from '../text/lang.js';
import { safeUrl } from '../text/safe-url.js';
import * as assessmentMessages from './assessment-messages.js';
import {
  MAX_ANSWERS,
  MAX_DECISION_SHORT,
  MAX_EVIDENCE_LINKS,
  MAX_LONG_TEXT,
  MAX_REASON_LENGTH,
  MAX_REFERENCE_LENGTH,
  MAX_SHORT_TEXT,
  MAX_SOURCES,
  MAX_URL_LENGTH,
} from './limits.js';
import { checkOrgNumber } from './org-number.js';
import type { Answer, Assessment, AssessmentSource, Conclusion, Decision, Mode, Offer } from './types.js';
import { withScores } from './update.js';

/** The messages the assessment validator writes its problems with. */
type AssessmentMessages = CommonMessages & typeof assessmentMessages;
const ASSESSMENT_MESSAGES: AssessmentMessages = { ...common, ...assessmentMessages };

/** What {@link parseAssessment} returns. */
export interface AssessmentParseResult {
  /** The assessment, fresh and re-scored; present only when no problem is an error. */
  assessment?: Assessment;
  /** Every problem found, errors and warnings, in document order. */
  problems: Problem[];
}

/** Options for {@link parseAssessment}. */
export interface ParseAssessmentOptions {
  /** The time put in place of a missing or broken date; default the current time. */
  now?: Date;
}

const ASSESSMENT_FIELDS = [
  'format', 'version', 'framework', 'mode', 'lang', 'offer', 'answers', 'scores',
  'completeness', 'decision', 'basedOn', 'createdAt', 'updatedAt',
] as const;
const SOURCE_FIELDS = ['assessor', 'mode', 'createdAt', 'updatedAt'] as const;
const REFERENCE_FIELDS = ['id', 'revision'] as const;
const OFFER_FIELDS = ['title', 'organisation', 'orgNumber', 'contact', 'description'] as const;
const ANSWER_FIELDS = ['value', 'notApplicable', 'reason', 'comment', 'evidence'] as const;
const DECISION_FIELDS = [
  'caseNumber', 'assessor', 'impartial', 'conclusion', 'referTo', 'reasons', 'decidedAt',
] as const;
const ASSESSOR_FIELDS = ['name', 'role'] as const;
const CONCLUSIONS: readonly Conclusion[] = ['undecided', 'follow-up', 'refer', 'decline'];

/** An ISO 8601 calendar date without a time, e.g. `2026-11-30`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO 8601 date and time with a zone, as `Date.prototype.toISOString` writes it. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Validates an untrusted value as an assessment, format version 1, against `framework`, and
 * reports every problem at once (code, JSON path, message in nb, nn and en). Never throws.
 *
 * Decisions where the contract is silent:
 * - `scores` and `completeness` are recomputed, never read.
 * - An answer to a criterion the framework does not have is kept, with an `unknown-criterion`
 *   warning; an answer whose key cannot be an id at all is dropped with `bad-answer-key`.
 * - An invalid organisation number is a warning (`bad-org-number`) and is kept as written: it
 *   is information for people and does not affect scoring.
 * - An evidence link that is not http(s) is an error (`unsafe-url`): it would otherwise end up
 *   as a link in a report. Links are stored normalised (as `safeUrl` returns them), repeats
 *   dropped; an old document's single string is read as a list of one; more than
 *   {@link MAX_EVIDENCE_LINKS} is an error.
 * - "Not applicable" without a reason is read with a `missing-reason` warning and counts as not
 *   dealt with until a reason is given; on a `required` criterion it is an error
 *   (`required-not-applicable`) at the answer's path. A `reason` on an answer with a value is
 *   left out with a warning.
 * - `scores` (basis included) and `completeness` are derived: recomputed, never read.
 * - `decision` is validated: `conclusion` one of four, `decidedAt` an ISO 8601 date or time.
 * - `basedOn` (an agreed assessment's sources) is validated: at most {@link MAX_SOURCES}
 *   entries, each with a `mode` and ISO 8601 `createdAt` and `updatedAt`; `assessor` optional.
 * - A missing or unknown `lang` is a warning and becomes `nb`; a broken date is a warning and
 *   becomes `now`.
 */
export function parseAssessment(
  value: unknown,
  framework: Framework,
  options: ParseAssessmentOptions = {},
): AssessmentParseResult {
  const problems = new ProblemList<AssessmentMessages>();
  let assessment: Assessment | undefined;
  try {
    assessment = readAssessment(problems, value, framework, options.now ?? new Date());
  } catch {
    problems.error('internal-error', '', (say) => say.internalError());
  }
  const list = problems.toArray(ASSESSMENT_MESSAGES);
  return problems.hasErrors || assessment === undefined ? { problems: list } : { assessment, problems: list };
}

function readAssessment(problems: ProblemList<AssessmentMessages>, value: unknown, framework: Framework, now: Date): Assessment | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', '', (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, '', ASSESSMENT_FIELDS);
  readFormat(problems, value);
  const reference = readReference(problems, own(value, 'framework'), 'framework', framework);
  const mode = readMode(problems, own(value, 'mode'), 'mode');
  const lang = readLang(problems, own(value, 'lang'), 'lang');
  const offer = readOffer(problems, own(value, 'offer'), 'offer');
  const answers = readAnswers(problems, own(value, 'answers'), 'answers', framework);
  const decision = readDecision(problems, own(value, 'decision'), 'decision');
  const basedOn = readSources(problems, own(value, 'basedOn'), 'basedOn');
  const updatedAt = readDate(problems, own(value, 'updatedAt'), 'updatedAt', now);
  const createdAt = readDate(problems, own(value, 'createdAt'), 'createdAt', now);
  return withScores(framework, {
    format: 'merverdi-assessment',
    version: 1,
    framework: reference ?? { id: '' },
    mode: mode ?? 'self',
    lang,
    offer,
    answers,
    scores: { overall: null, dimensions: {}, basis: { overall: 0, dimensions: {} } },
    completeness: 0,
    ...(decision === undefined ? {} : { decision }),
    ...(basedOn === undefined ? {} : { basedOn }),
    createdAt,
    updatedAt,
  });
}

function readFormat(problems: ProblemList<AssessmentMessages>, value: JsonObject): void {
  const format = own(value, 'format');
  if (format === undefined) problems.error('missing-field', 'format', (say) => say.missingField('format'));
  else if (format !== 'merverdi-assessment') problems.error('wrong-format', 'format', (say) => say.wrongFormat());

  const version = own(value, 'version');
  if (version === undefined) problems.error('missing-field', 'version', (say) => say.missingField('version'));
  else if (typeof version !== 'number') problems.error('wrong-type', 'version', (say) => say.wrongType('number'));
  else if (version !== 1) problems.error('unsupported-version', 'version', (say) => say.unsupportedVersion(version));
}

function readReference(
  problems: ProblemList<AssessmentMessages>,
  value: unknown,
  path: string,
  framework: Framework,
): Assessment['framework'] | undefined {
  if (value === undefined) {
    problems.error('missing-field', path, (say) => say.missingField('framework'));
    return undefined;
  }
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, REFERENCE_FIELDS);
  const idPath = childPath(path, 'id');
  const id = readString(problems, own(value, 'id'), idPath, { required: true, maxLength: MAX_REFERENCE_LENGTH });
  const revisionPath = childPath(path, 'revision');
  const revision = readString(problems, own(value, 'revision'), revisionPath, { maxLength: MAX_REFERENCE_LENGTH });
  if (id === undefined) return undefined;
  if (id !== framework.id) {
    problems.error('other-framework', idPath, (say) => say.otherFramework(id, framework.id));
  } else if (revision !== framework.revision) {
    problems.warning('other-revision', revisionPath, (say) => say.otherRevision(revision, framework.revision));
  }
  return withoutUndefined({ id, revision });
}

function readMode(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): Mode | undefined {
  if (value === undefined) {
    problems.error('missing-field', path, (say) => say.missingField('mode'));
    return undefined;
  }
  if (value !== 'self' && value !== 'official') {
    problems.error('unknown-mode', path, (say) => say.unknownMode(value));
    return undefined;
  }
  return value;
}

function readLang(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): Lang {
  const lang = typeof value === 'string' ? normalizeLang(value) : undefined;
  if (lang === undefined) problems.warning('unknown-lang', path, (say) => say.unknownLang(value));
  return lang ?? 'nb';
}

function readOffer(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): Offer {
  if (value === undefined) return {};
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return {};
  }
  warnUnknownFields(problems, value, path, OFFER_FIELDS);
  const short = { maxLength: MAX_SHORT_TEXT };
  const field = (key: (typeof OFFER_FIELDS)[number], maxLength = MAX_SHORT_TEXT) =>
    readString(problems, own(value, key), childPath(path, key), { maxLength });
  const orgNumberPath = childPath(path, 'orgNumber');
  const orgNumber = readString(problems, own(value, 'orgNumber'), orgNumberPath, short);
  if (orgNumber !== undefined) {
    const check = checkOrgNumber(orgNumber);
    if (!check.valid) problems.warning('bad-org-number', orgNumberPath, (say) => say.badOrgNumber(orgNumber, check.fault));
  }
  return withoutUndefined<Offer>({
    title: field('title'),
    organisation: field('organisation'),
    orgNumber,
    contact: field('contact'),
    description: field('description', MAX_LONG_TEXT),
  });
}

/** Every criterion of the framework by id. */
function criteriaById(framework: Framework): Map<string, Criterion> {
  const map = new Map<string, Criterion>();
  for (const dimension of framework.dimensions) {
    for (const criterion of dimension.criteria) map.set(criterion.id, criterion);
  }
  return map;
}

function readAnswers(
  problems: ProblemList<AssessmentMessages>,
  value: unknown,
  path: string,
  framework: Framework,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  if (value === undefined) return answers;
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return answers;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_ANSWERS) {
    problems.error('too-many-answers', path, (say) => say.tooManyItems(keys.length, MAX_ANSWERS));
  }
  const criteria = criteriaById(framework);
  for (const key of keys.slice(0, MAX_ANSWERS)) {
    const answerPath = childPath(path, key);
    if (key.length > MAX_ID_LENGTH || !ID_PATTERN.test(key)) {
      problems.warning('bad-answer-key', answerPath, (say) => say.badAnswerKey(key));
      continue;
    }
    const criterion = criteria.get(key);
    if (criterion === undefined) problems.warning('unknown-criterion', answerPath, (say) => say.unknownCriterion(key));
    const answer = readAnswer(problems, own(value, key), answerPath, framework, criterion);
    // The id pattern rules out `__proto__`, so plain assignment is safe here.
    if (answer !== undefined) answers[key] = answer;
  }
  return answers;
}

function readAnswer(
  problems: ProblemList<AssessmentMessages>,
  value: unknown,
  path: string,
  framework: Framework,
  criterion: Criterion | undefined,
): Answer | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, ANSWER_FIELDS);
  const comment = readString(problems, own(value, 'comment'), childPath(path, 'comment'), { maxLength: MAX_LONG_TEXT });
  const evidence = readEvidence(problems, own(value, 'evidence'), childPath(path, 'evidence'));

  const notApplicablePath = childPath(path, 'notApplicable');
  const rawNotApplicable = own(value, 'notApplicable');
  if (rawNotApplicable !== undefined && typeof rawNotApplicable !== 'boolean') {
    problems.error('wrong-type', notApplicablePath, (say) => say.wrongType('boolean'));
    return undefined;
  }
  const rawValue = own(value, 'value');
  const reasonPath = childPath(path, 'reason');
  if (rawNotApplicable === true) {
    if (rawValue !== undefined) {
      problems.error('ambiguous-answer', path, (say) => say.ambiguousAnswer());
      return undefined;
    }
    const rawReason = own(value, 'reason');
    const reason = readString(problems, rawReason, reasonPath, { maxLength: MAX_REASON_LENGTH });
    if (criterion?.required === true) {
      problems.error('required-not-applicable', path, (say) => say.requiredNotApplicable());
    } else if (criterion !== undefined && !allowsNotApplicable(framework, criterion)) {
      problems.error('not-applicable-not-allowed', notApplicablePath, (say) => say.notApplicableNotAllowed());
    } else if (reason === undefined && (rawReason === undefined || typeof rawReason === 'string')) {
      // Missing or only whitespace (a wrong type or an over-long reason is an error already).
      problems.warning('missing-reason', reasonPath, (say) => say.missingReason());
    }
    return withoutUndefined<Answer>({ notApplicable: true, reason: reason?.trim(), comment, evidence });
  }
  if (own(value, 'reason') !== undefined) {
    problems.warning('reason-without-not-applicable', reasonPath, (say) => say.reasonWithoutNotApplicable());
  }
  if (rawValue === undefined) {
    problems.error('empty-answer', path, (say) => say.emptyAnswer());
    return undefined;
  }
  const valuePath = childPath(path, 'value');
  const answerValue = readNumber(problems, rawValue, valuePath);
  if (answerValue === undefined) return undefined;
  if (criterion !== undefined) {
    const scale = effectiveScale(framework, criterion);
    if (levelOf(scale, answerValue) === undefined) {
      problems.error(
        'value-not-on-scale',
        valuePath,
        (say) => say.valueNotOnScale(answerValue, scale.levels.map((level) => level.value)),
      );
    }
  }
  return withoutUndefined<Answer>({ value: answerValue, comment, evidence });
}

/**
 * Evidence links: a list of at most {@link MAX_EVIDENCE_LINKS} http(s) addresses, each stored
 * normalised, repeats dropped. A single string (documents written before lists) is a list of
 * one; an empty list is no evidence.
 */
function readEvidence(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const link = readEvidenceLink(problems, value, path);
    return link === undefined ? undefined : [link];
  }
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_EVIDENCE_LINKS) {
    problems.error('too-many-evidence-links', path, (say) => say.tooManyItems(value.length, MAX_EVIDENCE_LINKS));
  }
  const links: string[] = [];
  value.slice(0, MAX_EVIDENCE_LINKS).forEach((item: unknown, index) => {
    const link = readEvidenceLink(problems, item, childPath(path, index));
    if (link !== undefined && !links.includes(link)) links.push(link);
  });
  return links.length === 0 ? undefined : links;
}

/** One evidence link, normalised; only a valid http(s) address passes. */
function readEvidenceLink(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): string | undefined {
  const raw = readString(problems, value, path, { maxLength: MAX_URL_LENGTH });
  if (raw === undefined) return undefined;
  const href = safeUrl(raw, ['https:', 'http:']);
  if (href === undefined) {
    problems.error('unsafe-url', path, (say) => say.unsafeUrl(raw));
    return undefined;
  }
  return href;
}

/** Official mode's record of the case's outcome. */
function readDecision(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): Decision | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, DECISION_FIELDS);
  const short = { maxLength: MAX_DECISION_SHORT };
  const caseNumber = readString(problems, own(value, 'caseNumber'), childPath(path, 'caseNumber'), short);
  const assessor = readAssessor(problems, own(value, 'assessor'), childPath(path, 'assessor'));
  const impartial = readBoolean(problems, own(value, 'impartial'), childPath(path, 'impartial'));
  const conclusionPath = childPath(path, 'conclusion');
  const rawConclusion = own(value, 'conclusion');
  let conclusion: Conclusion | undefined;
  if (rawConclusion === undefined) problems.error('missing-field', conclusionPath, (say) => say.missingField('conclusion'));
  else if (typeof rawConclusion === 'string' && (CONCLUSIONS as readonly string[]).includes(rawConclusion)) {
    conclusion = rawConclusion as Conclusion;
  } else problems.error('unknown-conclusion', conclusionPath, (say) => say.unknownConclusion(rawConclusion));
  const referTo = readString(problems, own(value, 'referTo'), childPath(path, 'referTo'), short);
  const reasons = readString(problems, own(value, 'reasons'), childPath(path, 'reasons'), { maxLength: MAX_LONG_TEXT });
  const decidedAtPath = childPath(path, 'decidedAt');
  const written = readString(problems, own(value, 'decidedAt'), decidedAtPath, short);
  let decidedAt = written;
  if (written !== undefined && !isIsoDate(written)) {
    problems.error('bad-date', decidedAtPath, (say) => say.badDecisionDate(written));
    decidedAt = undefined;
  }
  if (conclusion === undefined) return undefined;
  return withoutUndefined<Decision>({ caseNumber, assessor, impartial, conclusion, referTo, reasons, decidedAt });
}

function readAssessor(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): Decision['assessor'] {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, ASSESSOR_FIELDS);
  const short = { maxLength: MAX_DECISION_SHORT };
  const name = readString(problems, own(value, 'name'), childPath(path, 'name'), { ...short, required: true });
  const role = readString(problems, own(value, 'role'), childPath(path, 'role'), short);
  if (name === undefined) return undefined;
  return withoutUndefined({ name, role });
}

/** `basedOn`: the assessments an agreed assessment rests on; an empty list is left out. */
function readSources(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): AssessmentSource[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_SOURCES) {
    problems.error('too-many-sources', path, (say) => say.tooManyItems(value.length, MAX_SOURCES));
    return undefined;
  }
  const sources: AssessmentSource[] = [];
  value.forEach((item: unknown, index) => {
    const source = readSource(problems, item, `${path}[${index}]`);
    if (source) sources.push(source);
  });
  return sources.length > 0 ? sources : undefined;
}

function readSource(problems: ProblemList<AssessmentMessages>, value: unknown, path: string): AssessmentSource | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, SOURCE_FIELDS);
  const assessor = readString(problems, own(value, 'assessor'), childPath(path, 'assessor'), { maxLength: MAX_DECISION_SHORT });
  const mode = readMode(problems, own(value, 'mode'), childPath(path, 'mode'));
  const dates = (['createdAt', 'updatedAt'] as const).map((field) => {
    const datePath = childPath(path, field);
    const date = own(value, field);
    if (date === undefined) {
      problems.error('missing-field', datePath, (say) => say.missingField(field));
      return undefined;
    }
    if (typeof date !== 'string' || !isIsoDateTime(date)) {
      problems.error('bad-date', datePath, (say) => say.badDecisionDate(date));
      return undefined;
    }
    return date;
  });
  const [createdAt, updatedAt] = dates;
  if (mode === undefined || createdAt === undefined || updatedAt === undefined) return undefined;
  return withoutUndefined<AssessmentSource>({ assessor, mode, createdAt, updatedAt });
}

/** An ISO 8601 date (`2026-11-30`) or date and time that names a real day. */
function isIsoDate(value: string): boolean {
  if (isIsoDateTime(value)) return true;
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Whether a string is an ISO 8601 date and time that names a real moment. */
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function readDate(problems: ProblemList<AssessmentMessages>, value: unknown, path: string, now: Date): string {
  if (typeof value === 'string' && isIsoDateTime(value)) return value;
  const replacement = now.toISOString();
  problems.warning('bad-date', path, (say) => say.badDate(value, replacement));
  return replacement;
}
