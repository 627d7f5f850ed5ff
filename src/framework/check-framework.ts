import { childPath } from '../problems/json-path.js';
import {
  has,
  isObject,
  own,
  readBoolean,
  readNumber,
  readString,
  readText,
  readWebUrl,
  warnUnknownFields,
  withoutUndefined,
  type JsonObject,
} from '../problems/json-reader.js';
import { ProblemList, type CommonMessages } from '../problems/problem-list.js';
import { safeUrl } from '../text/safe-url.js';
import type { Text } from '../text/text.js';
import type * as frameworkMessages from './framework-messages.js';
import {
  ID_PATTERN,
  MAX_CRITERIA,
  MAX_DIMENSIONS,
  MAX_GOALS,
  MAX_GUIDANCE_RULES,
  MAX_ID_LENGTH,
  MAX_LEVEL_MAGNITUDE,
  MAX_LEVELS,
  MAX_SDG_TAGS,
  MAX_SHORT_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_URL_LENGTH,
  MAX_WEIGHT,
  MIN_DIMENSIONS,
  MIN_LEVELS,
} from './limits.js';
import type {
  Contact,
  Criterion,
  Dimension,
  Framework,
  Goal,
  GoalSource,
  GuidanceCondition,
  GuidanceRule,
  Owner,
  Scale,
  ScaleLevel,
} from './types.js';

/** The messages the framework validator writes its problems with. */
export type FrameworkMessages = CommonMessages & typeof frameworkMessages;

/** What {@link checkFramework} returns. */
export interface FrameworkCheck {
  /** The framework, a fresh copy of the known fields; present only when no problem is an error. */
  framework?: Framework;
  /** Every problem found, errors and warnings, in document order, their messages not yet written. */
  problems: ProblemList<FrameworkMessages>;
}

const FRAMEWORK_FIELDS = [
  'format', 'version', 'id', 'revision', 'title', 'description', 'owner', 'scale',
  'allowNotApplicable', 'dimensions', 'guidance', 'goals', 'minBasis',
] as const;
const OWNER_FIELDS = ['name', 'kommunenummer', 'url'] as const;
const DIMENSION_FIELDS = [
  'id', 'title', 'short', 'description', 'weight', 'target', 'contact', 'sdg', 'criteria',
] as const;
const CONTACT_FIELDS = ['unit', 'name', 'email', 'phone', 'url'] as const;
const CRITERION_FIELDS = [
  'id', 'title', 'help', 'weight', 'scale', 'allowNotApplicable', 'sdg', 'goals', 'required', 'assessorHelp',
] as const;
const GOAL_FIELDS = ['id', 'title', 'description', 'source', 'owner'] as const;
const SOURCE_FIELDS = ['plan', 'adopted', 'url'] as const;
const SCALE_FIELDS = ['levels'] as const;
const LEVEL_FIELDS = ['value', 'label', 'description'] as const;
const GUIDANCE_FIELDS = ['when', 'text'] as const;
const CONDITION_FIELDS = ['dimension', 'below', 'atLeast'] as const;

const TEXT = { maxLength: MAX_TEXT_LENGTH } as const;
const REQUIRED_TEXT = { maxLength: MAX_TEXT_LENGTH, required: true } as const;

/**
 * A plausible e-mail address: something@host.tld, nothing that could break out of a mailto:
 * link, add a header to it (`?bcc=`, `&body=`) or hide one behind a percent-escape.
 */
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&=%#/]+@[^\s@<>()[\]\\,;:"?&=%#/]+\.[^\s@<>()[\]\\,;:"?&=%#/.]+$/;
/** A phone number as people write it: digits, spaces, dashes, parentheses, a leading +. */
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{1,28}[0-9]$/;
/** A calendar date as `YYYY-MM-DD`. */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Validates an untrusted value as a framework, as `parseFramework` does, but leaves the
 * problems' messages unwritten: `problems.toArray(messages)` writes them. The widget checks
 * its framework with this at start-up and loads the messages only for a framework with
 * errors, since it shows nothing of a valid framework's warnings. Never throws.
 */
export function checkFramework(value: unknown): FrameworkCheck {
  const problems = new ProblemList<FrameworkMessages>();
  let framework: Framework | undefined;
  try {
    framework = readFramework(problems, value);
  } catch {
    // Nothing above should throw; if it ever does, the host page still gets a value.
    problems.error('internal-error', '', (say) => say.internalError());
  }
  return problems.hasErrors || framework === undefined ? { problems } : { framework, problems };
}

/** Book-keeping shared while one framework is read. */
interface ReadState {
  problems: ProblemList<FrameworkMessages>;
  criterionIds: Map<string, string>;
  /** Criteria that may still be read before {@link MAX_CRITERIA} is reached. */
  criteriaBudget: number;
  /** The ids of the framework's goals, which criteria may name. */
  goalIds: ReadonlySet<string>;
}

function readFramework(problems: ProblemList<FrameworkMessages>, value: unknown): Framework | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', '', (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, '', FRAMEWORK_FIELDS);
  readFormat(problems, value);

  // Goals first: criteria name them, and an unknown goal id is an error at the criterion.
  const goals = has(value, 'goals') ? readGoals(problems, own(value, 'goals'), 'goals') : undefined;
  const state: ReadState = {
    problems,
    criterionIds: new Map(),
    criteriaBudget: MAX_CRITERIA,
    goalIds: new Set((goals ?? []).map((goal) => goal.id)),
  };
  const id = readId(problems, own(value, 'id'), 'id');
  const revision = readString(problems, own(value, 'revision'), 'revision', { maxLength: MAX_SHORT_LENGTH });
  const title = readText(problems, own(value, 'title'), 'title', REQUIRED_TEXT);
  const description = readText(problems, own(value, 'description'), 'description', TEXT);
  const owner = has(value, 'owner') ? readOwner(problems, own(value, 'owner'), 'owner') : undefined;
  const scale = has(value, 'scale') ? readScale(problems, own(value, 'scale'), 'scale') : undefined;
  const allowNotApplicable = readBoolean(problems, own(value, 'allowNotApplicable'), 'allowNotApplicable');
  const dimensions = readDimensions(state, own(value, 'dimensions'), 'dimensions');
  const guidance = has(value, 'guidance')
    ? readGuidance(problems, own(value, 'guidance'), 'guidance', new Set(dimensions.map((d) => d.id)))
    : undefined;
  const minBasis = readMinBasis(problems, own(value, 'minBasis'), 'minBasis');

  // Required fields that are missing were reported as errors, so the fallbacks below are
  // never handed out: parseFramework returns no framework when there is any error.
  return withoutUndefined<Framework>({
    format: 'merverdi-framework',
    version: 1,
    id: id ?? '',
    revision,
    title: title ?? '',
    description,
    owner,
    scale,
    allowNotApplicable,
    dimensions,
    guidance,
    goals,
    minBasis,
  });
}

function readMinBasis(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): number | undefined {
  const minBasis = readNumber(problems, value, path);
  if (minBasis === undefined) return undefined;
  if (minBasis < 0 || minBasis > 1) {
    problems.error('min-basis-out-of-range', path, (say) => say.minBasisOutOfRange());
    return undefined;
  }
  return minBasis;
}

function readGoals(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): Goal[] | undefined {
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_GOALS) problems.error('too-many-goals', path, (say) => say.tooManyItems(value.length, MAX_GOALS));
  const goals: Goal[] = [];
  const goalIds = new Map<string, string>();
  value.slice(0, MAX_GOALS).forEach((item: unknown, index) => {
    const itemPath = childPath(path, index);
    const goal = readGoal(problems, item, itemPath);
    if (goal === undefined) return;
    const first = goalIds.get(goal.id);
    if (first !== undefined) {
      problems.error('duplicate-id', childPath(itemPath, 'id'), (say) => say.duplicateId(goal.id, first));
      return;
    }
    if (goal.id !== '') goalIds.set(goal.id, childPath(itemPath, 'id'));
    goals.push(goal);
  });
  return goals;
}

function readGoal(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): Goal | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, GOAL_FIELDS);
  const id = readId(problems, own(value, 'id'), childPath(path, 'id'));
  const title = readText(problems, own(value, 'title'), childPath(path, 'title'), REQUIRED_TEXT);
  const description = readText(problems, own(value, 'description'), childPath(path, 'description'), TEXT);
  const source = has(value, 'source') ? readSource(problems, own(value, 'source'), childPath(path, 'source')) : undefined;
  const owner = has(value, 'owner') ? readContact(problems, own(value, 'owner'), childPath(path, 'owner')) : undefined;
  return withoutUndefined<Goal>({ id: id ?? '', title: title ?? '', description, source, owner });
}

function readSource(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): GoalSource | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, SOURCE_FIELDS);
  const plan = readText(problems, own(value, 'plan'), childPath(path, 'plan'), { maxLength: MAX_SHORT_LENGTH, required: true });
  const adopted = readCalendarDate(problems, own(value, 'adopted'), childPath(path, 'adopted'));
  const url = readWebUrl(problems, own(value, 'url'), childPath(path, 'url'), MAX_URL_LENGTH);
  return withoutUndefined<GoalSource>({ plan: plan ?? '', adopted, url });
}

/** A `YYYY-MM-DD` date that exists in the calendar (no 2024-02-30). */
function readCalendarDate(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): string | undefined {
  const raw = readString(problems, value, path, { maxLength: MAX_SHORT_LENGTH });
  if (raw === undefined) return undefined;
  const match = DATE_PATTERN.exec(raw);
  if (match === null) {
    problems.error('bad-date', path, (say) => say.badAdoptedDate(raw));
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    problems.error('bad-date', path, (say) => say.badAdoptedDate(raw));
    return undefined;
  }
  return raw;
}

function readFormat(problems: ProblemList<FrameworkMessages>, value: JsonObject): void {
  const format = own(value, 'format');
  if (format === undefined) problems.error('missing-field', 'format', (say) => say.missingField('format'));
  else if (format !== 'merverdi-framework') problems.error('wrong-format', 'format', (say) => say.wrongFormat());

  const version = own(value, 'version');
  if (version === undefined) problems.error('missing-field', 'version', (say) => say.missingField('version'));
  else if (typeof version !== 'number') problems.error('wrong-type', 'version', (say) => say.wrongType('number'));
  else if (version !== 1) problems.error('unsupported-version', 'version', (say) => say.unsupportedVersion(version));
}

function readId(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): string | undefined {
  const id = readString(problems, value, path, { required: true, maxLength: MAX_ID_LENGTH });
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) {
    problems.error('bad-id', path, (say) => say.badId(id));
    return undefined;
  }
  return id;
}

function readOwner(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): Owner | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, OWNER_FIELDS);
  const name = readString(problems, own(value, 'name'), childPath(path, 'name'), {
    required: true,
    maxLength: MAX_SHORT_LENGTH,
  });
  const kommunenummerPath = childPath(path, 'kommunenummer');
  const written = readString(problems, own(value, 'kommunenummer'), kommunenummerPath, {
    maxLength: MAX_SHORT_LENGTH,
  });
  let kommunenummer = written;
  if (written !== undefined && !/^[0-9]{4}$/.test(written)) {
    // Only shown as text, so a wrong number does not stop use: warn and leave it out.
    problems.warning('bad-kommunenummer', kommunenummerPath, (say) => say.badKommunenummer(written));
    kommunenummer = undefined;
  }
  const url = readWebUrl(problems, own(value, 'url'), childPath(path, 'url'), MAX_URL_LENGTH);
  return withoutUndefined<Owner>({ name: name ?? '', kommunenummer, url });
}

function readWeight(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
    problems.error('bad-weight', path, (say) => say.badWeight(MAX_WEIGHT));
    return undefined;
  }
  return value;
}

function readSdg(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_SDG_TAGS) {
    problems.error('too-many-sdg', path, (say) => say.tooManyItems(value.length, MAX_SDG_TAGS));
  }
  const goals: number[] = [];
  value.slice(0, MAX_SDG_TAGS).forEach((goal: unknown, index) => {
    if (typeof goal !== 'number' || !Number.isInteger(goal) || goal < 1 || goal > 17) {
      problems.error('sdg-out-of-range', childPath(path, index), (say) => say.sdgOutOfRange(goal));
    } else if (!goals.includes(goal)) {
      goals.push(goal);
    }
  });
  return goals;
}

function readScale(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): Scale | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, SCALE_FIELDS);
  const levelsPath = childPath(path, 'levels');
  const raw = own(value, 'levels');
  if (raw === undefined) {
    problems.error('missing-field', levelsPath, (say) => say.missingField('levels'));
    return undefined;
  }
  if (!Array.isArray(raw)) {
    problems.error('wrong-type', levelsPath, (say) => say.wrongType('array'));
    return undefined;
  }
  if (raw.length < MIN_LEVELS) problems.error('too-few-levels', levelsPath, (say) => say.tooFewLevels(raw.length, MIN_LEVELS));
  if (raw.length > MAX_LEVELS) problems.error('too-many-levels', levelsPath, (say) => say.tooManyLevels(raw.length, MAX_LEVELS));

  const levels: ScaleLevel[] = [];
  let previous: number | undefined;
  raw.slice(0, MAX_LEVELS).forEach((item: unknown, index) => {
    const level = readLevel(problems, item, childPath(levelsPath, index));
    if (level === undefined) return;
    // A message is written later, so it takes the value before, not the variable.
    const before = previous;
    if (before !== undefined && level.value <= before) {
      problems.error(
        'levels-not-increasing',
        childPath(childPath(levelsPath, index), 'value'),
        (say) => say.levelsNotIncreasing(level.value, before),
      );
    }
    previous = level.value;
    levels.push(level);
  });
  return { levels };
}

function readLevel(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): ScaleLevel | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, LEVEL_FIELDS);
  const valuePath = childPath(path, 'value');
  let levelValue = readNumber(problems, own(value, 'value'), valuePath, true);
  if (levelValue !== undefined && Math.abs(levelValue) > MAX_LEVEL_MAGNITUDE) {
    problems.error('level-out-of-range', valuePath, (say) => say.levelOutOfRange(MAX_LEVEL_MAGNITUDE));
    levelValue = undefined;
  }
  const label = readText(problems, own(value, 'label'), childPath(path, 'label'), REQUIRED_TEXT);
  const description = readText(problems, own(value, 'description'), childPath(path, 'description'), TEXT);
  if (levelValue === undefined) return undefined;
  return withoutUndefined<ScaleLevel>({ value: levelValue, label: label ?? '', description });
}

function readDimensions(state: ReadState, value: unknown, path: string): Dimension[] {
  const { problems } = state;
  if (value === undefined) {
    problems.error('missing-field', path, (say) => say.missingField('dimensions'));
    return [];
  }
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return [];
  }
  if (value.length < MIN_DIMENSIONS) {
    problems.error('too-few-dimensions', path, (say) => say.tooFewDimensions(value.length, MIN_DIMENSIONS));
  }
  if (value.length > MAX_DIMENSIONS) {
    problems.error('too-many-dimensions', path, (say) => say.tooManyDimensions(value.length, MAX_DIMENSIONS));
  }
  const read = value.slice(0, MAX_DIMENSIONS);
  const total = read.reduce<number>((sum, item: unknown) => {
    const criteria = isObject(item) ? own(item, 'criteria') : undefined;
    return sum + (Array.isArray(criteria) ? criteria.length : 0);
  }, 0);
  if (total > MAX_CRITERIA) problems.error('too-many-criteria', path, (say) => say.tooManyCriteria(total, MAX_CRITERIA));

  const dimensions: Dimension[] = [];
  const dimensionIds = new Map<string, string>();
  read.forEach((item: unknown, index) => {
    const itemPath = childPath(path, index);
    const dimension = readDimension(state, item, itemPath);
    if (dimension === undefined) return;
    const first = dimensionIds.get(dimension.id);
    if (first !== undefined) {
      problems.error('duplicate-id', childPath(itemPath, 'id'), (say) => say.duplicateId(dimension.id, first));
    } else if (dimension.id !== '') {
      dimensionIds.set(dimension.id, childPath(itemPath, 'id'));
    }
    dimensions.push(dimension);
  });
  return dimensions;
}

function readDimension(state: ReadState, value: unknown, path: string): Dimension | undefined {
  const { problems } = state;
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, DIMENSION_FIELDS);
  const id = readId(problems, own(value, 'id'), childPath(path, 'id'));
  const title = readText(problems, own(value, 'title'), childPath(path, 'title'), REQUIRED_TEXT);
  const short = readText(problems, own(value, 'short'), childPath(path, 'short'), TEXT);
  const description = readText(problems, own(value, 'description'), childPath(path, 'description'), TEXT);
  const weight = readWeight(problems, own(value, 'weight'), childPath(path, 'weight'));
  const target = readTarget(problems, own(value, 'target'), childPath(path, 'target'));
  const contact = has(value, 'contact')
    ? readContact(problems, own(value, 'contact'), childPath(path, 'contact'))
    : undefined;
  const sdg = readSdg(problems, own(value, 'sdg'), childPath(path, 'sdg'));
  const criteria = readCriteria(state, own(value, 'criteria'), childPath(path, 'criteria'));

  return withoutUndefined<Dimension>({
    id: id ?? '',
    title: title ?? '',
    short,
    description,
    weight,
    target,
    contact,
    sdg,
    criteria,
  });
}

function readTarget(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): number | undefined {
  const target = readNumber(problems, value, path);
  if (target === undefined) return undefined;
  if (target < 0 || target > 100) {
    problems.error('target-out-of-range', path, (say) => say.targetOutOfRange());
    return undefined;
  }
  return target;
}

function readContact(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): Contact | undefined {
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, CONTACT_FIELDS);
  const short = { maxLength: MAX_SHORT_LENGTH };
  const unit = readText(problems, own(value, 'unit'), childPath(path, 'unit'), short);
  const name = readString(problems, own(value, 'name'), childPath(path, 'name'), short);
  const email = readEmail(problems, own(value, 'email'), childPath(path, 'email'));
  const phone = readPhone(problems, own(value, 'phone'), childPath(path, 'phone'));
  const url = readWebUrl(problems, own(value, 'url'), childPath(path, 'url'), MAX_URL_LENGTH);
  return withoutUndefined<Contact>({ unit, name, email, phone, url });
}

/** An e-mail address, written plain or as a `mailto:` link; stored plain. */
function readEmail(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): string | undefined {
  const raw = readString(problems, value, path, { maxLength: MAX_SHORT_LENGTH });
  if (raw === undefined) return undefined;
  const address = raw.trim().replace(/^mailto:/i, '');
  if (!EMAIL_PATTERN.test(address) || safeUrl(`mailto:${address}`, ['mailto:']) === undefined) {
    problems.error('bad-email', path, (say) => say.badEmail(raw));
    return undefined;
  }
  return address;
}

/** A phone number, written plain or as a `tel:` link; stored plain. */
function readPhone(problems: ProblemList<FrameworkMessages>, value: unknown, path: string): string | undefined {
  const raw = readString(problems, value, path, { maxLength: MAX_SHORT_LENGTH });
  if (raw === undefined) return undefined;
  const number = raw.trim().replace(/^tel:/i, '');
  if (!PHONE_PATTERN.test(number)) {
    problems.error('bad-phone', path, (say) => say.badPhone(raw));
    return undefined;
  }
  return number;
}

function readCriteria(state: ReadState, value: unknown, path: string): Criterion[] {
  const { problems } = state;
  if (value === undefined) {
    problems.error('missing-field', path, (say) => say.missingField('criteria'));
    return [];
  }
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return [];
  }
  if (value.length === 0) problems.error('no-criteria', path, (say) => say.noCriteria());
  const criteria: Criterion[] = [];
  // Beyond the framework-wide limit (reported once, on `dimensions`) nothing more is read.
  const read = value.slice(0, Math.max(0, state.criteriaBudget));
  state.criteriaBudget -= read.length;
  read.forEach((item: unknown, index) => {
    const itemPath = childPath(path, index);
    const criterion = readCriterion(state, item, itemPath);
    if (criterion === undefined) return;
    const first = state.criterionIds.get(criterion.id);
    if (first !== undefined) {
      problems.error('duplicate-id', childPath(itemPath, 'id'), (say) => say.duplicateId(criterion.id, first));
    } else if (criterion.id !== '') {
      state.criterionIds.set(criterion.id, childPath(itemPath, 'id'));
    }
    criteria.push(criterion);
  });
  return criteria;
}

function readCriterion(state: ReadState, value: unknown, path: string): Criterion | undefined {
  const { problems } = state;
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, CRITERION_FIELDS);
  const id = readId(problems, own(value, 'id'), childPath(path, 'id'));
  const title = readText(problems, own(value, 'title'), childPath(path, 'title'), REQUIRED_TEXT);
  const help = readText(problems, own(value, 'help'), childPath(path, 'help'), TEXT);
  const weight = readWeight(problems, own(value, 'weight'), childPath(path, 'weight'));
  const scale = has(value, 'scale') ? readScale(problems, own(value, 'scale'), childPath(path, 'scale')) : undefined;
  const allowNotApplicable = readBoolean(problems, own(value, 'allowNotApplicable'), childPath(path, 'allowNotApplicable'));
  const sdg = readSdg(problems, own(value, 'sdg'), childPath(path, 'sdg'));
  const goals = readGoalIds(state, own(value, 'goals'), childPath(path, 'goals'));
  const required = readBoolean(problems, own(value, 'required'), childPath(path, 'required'));
  if (required === true && allowNotApplicable === true) {
    problems.warning('required-not-applicable', childPath(path, 'allowNotApplicable'), (say) => say.requiredOverridesNotApplicable());
  }
  const assessorHelp = readText(problems, own(value, 'assessorHelp'), childPath(path, 'assessorHelp'), TEXT);

  return withoutUndefined<Criterion>({
    id: id ?? '',
    title: title ?? '',
    help,
    weight,
    scale,
    allowNotApplicable,
    sdg,
    goals,
    required,
    assessorHelp,
  });
}

/** A criterion's `goals`: ids of the framework's goals, each known; repeats are dropped. */
function readGoalIds(state: ReadState, value: unknown, path: string): string[] | undefined {
  const { problems } = state;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_GOALS) problems.error('too-many-goals', path, (say) => say.tooManyItems(value.length, MAX_GOALS));
  const ids: string[] = [];
  value.slice(0, MAX_GOALS).forEach((item: unknown, index) => {
    const itemPath = childPath(path, index);
    const id = readId(problems, item, itemPath);
    if (id === undefined) return;
    if (!state.goalIds.has(id)) {
      problems.error('unknown-goal', itemPath, (say) => say.unknownGoal(id));
      return;
    }
    if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

function readGuidance(
  problems: ProblemList<FrameworkMessages>,
  value: unknown,
  path: string,
  dimensionIds: ReadonlySet<string>,
): GuidanceRule[] | undefined {
  if (!Array.isArray(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('array'));
    return undefined;
  }
  if (value.length > MAX_GUIDANCE_RULES) {
    problems.error('too-many-guidance-rules', path, (say) => say.tooManyItems(value.length, MAX_GUIDANCE_RULES));
  }
  const rules: GuidanceRule[] = [];
  value.slice(0, MAX_GUIDANCE_RULES).forEach((item: unknown, index) => {
    const itemPath = childPath(path, index);
    if (!isObject(item)) {
      problems.error('wrong-type', itemPath, (say) => say.wrongType('object'));
      return;
    }
    warnUnknownFields(problems, item, itemPath, GUIDANCE_FIELDS);
    const when = readCondition(problems, own(item, 'when'), childPath(itemPath, 'when'), dimensionIds);
    const text: Text | undefined = readText(problems, own(item, 'text'), childPath(itemPath, 'text'), REQUIRED_TEXT);
    if (when !== undefined && text !== undefined) rules.push({ when, text });
  });
  return rules;
}

function readCondition(
  problems: ProblemList<FrameworkMessages>,
  value: unknown,
  path: string,
  dimensionIds: ReadonlySet<string>,
): GuidanceCondition | undefined {
  if (value === undefined) {
    problems.error('missing-field', path, (say) => say.missingField('when'));
    return undefined;
  }
  if (!isObject(value)) {
    problems.error('wrong-type', path, (say) => say.wrongType('object'));
    return undefined;
  }
  warnUnknownFields(problems, value, path, CONDITION_FIELDS);
  const dimensionPath = childPath(path, 'dimension');
  const dimension = readId(problems, own(value, 'dimension'), dimensionPath);
  if (dimension !== undefined && !dimensionIds.has(dimension)) {
    problems.error('unknown-dimension', dimensionPath, (say) => say.unknownDimension(dimension));
  }
  const below = readNumber(problems, own(value, 'below'), childPath(path, 'below'));
  const atLeast = readNumber(problems, own(value, 'atLeast'), childPath(path, 'atLeast'));
  if (below !== undefined && atLeast !== undefined && below <= atLeast) {
    problems.warning('guidance-never-applies', path, (say) => say.guidanceNeverApplies());
  }
  if (dimension === undefined) return undefined;
  return withoutUndefined<GuidanceCondition>({ dimension, below, atLeast });
}
