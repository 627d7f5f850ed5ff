import { isObject, own, type JsonObject } from '../problems/json-reader.js';
import { LANGS } from '../text/lang.js';
import type { Text } from '../text/text.js';
import type {
  Contact,
  Criterion,
  Dimension,
  Framework,
  Goal,
  GoalSource,
  GuidanceRule,
  Owner,
  Scale,
  ScaleLevel,
} from './types.js';

/**
 * Makes an editable framework out of anything shaped roughly like one: a file that failed
 * validation, or a draft saved by an earlier session. The result always has the types an
 * editor relies on (strings where strings go, lists where lists go), so the editor can show
 * it and the validator can say what is still wrong. Values of the wrong type are dropped,
 * unknown fields are ignored, and nothing inherited from a prototype is read.
 *
 * Returns `undefined` when the value is not an object with a list of axes (or no axes at
 * all), since nothing useful could be recovered from it.
 */
export function editableFramework(value: unknown): Framework | undefined {
  if (!isObject(value)) return undefined;
  const rawDimensions = own(value, 'dimensions');
  if (rawDimensions !== undefined && !Array.isArray(rawDimensions)) return undefined;
  const framework: Framework = {
    format: 'merverdi-framework',
    version: 1,
    id: str(own(value, 'id')) ?? '',
    title: text(own(value, 'title')) ?? { nb: '', nn: '', en: '' },
    dimensions: (rawDimensions ?? []).filter(isObject).map(dimension),
  };
  const revision = str(own(value, 'revision'));
  if (revision !== undefined) framework.revision = revision;
  const description = text(own(value, 'description'));
  if (description !== undefined) framework.description = description;
  const rawOwner = own(value, 'owner');
  if (isObject(rawOwner)) framework.owner = owner(rawOwner);
  const scaleValue = scale(own(value, 'scale'));
  if (scaleValue) framework.scale = scaleValue;
  const allow = own(value, 'allowNotApplicable');
  if (typeof allow === 'boolean') framework.allowNotApplicable = allow;
  const guidance = own(value, 'guidance');
  if (Array.isArray(guidance)) framework.guidance = guidance.filter(isObject).map(rule);
  const rawGoals = own(value, 'goals');
  if (Array.isArray(rawGoals)) framework.goals = rawGoals.filter(isObject).map(goal);
  const minBasis = num(own(value, 'minBasis'));
  if (minBasis !== undefined) framework.minBasis = minBasis;
  return framework;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function text(value: unknown): Text | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  const copy: Partial<Record<(typeof LANGS)[number], string>> = {};
  for (const lang of LANGS) {
    const translation = own(value, lang);
    if (typeof translation === 'string') copy[lang] = translation;
  }
  return copy;
}

function goals(value: unknown): number[] | undefined {
  return Array.isArray(value) ? value.filter((goal): goal is number => typeof goal === 'number') : undefined;
}

/** A list of ids (a criterion's goals): the strings in it, in order. */
function ids(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
}

function owner(value: JsonObject): Owner {
  const result: Owner = { name: str(own(value, 'name')) ?? '' };
  const kommunenummer = str(own(value, 'kommunenummer'));
  if (kommunenummer !== undefined) result.kommunenummer = kommunenummer;
  const url = str(own(value, 'url'));
  if (url !== undefined) result.url = url;
  return result;
}

function scale(value: unknown): Scale | undefined {
  if (!isObject(value)) return undefined;
  const levels = own(value, 'levels');
  if (!Array.isArray(levels)) return undefined;
  return {
    levels: levels.filter(isObject).map((item): ScaleLevel => {
      const level: ScaleLevel = { value: num(own(item, 'value')) ?? 0, label: text(own(item, 'label')) ?? '' };
      const description = text(own(item, 'description'));
      if (description !== undefined) level.description = description;
      return level;
    }),
  };
}

function contact(value: JsonObject): Contact {
  const result: Contact = {};
  const unit = text(own(value, 'unit'));
  if (unit !== undefined) result.unit = unit;
  for (const key of ['name', 'email', 'phone', 'url'] as const) {
    const field = str(own(value, key));
    if (field !== undefined) result[key] = field;
  }
  return result;
}

function criterion(value: JsonObject): Criterion {
  const result: Criterion = { id: str(own(value, 'id')) ?? '', title: text(own(value, 'title')) ?? '' };
  const help = text(own(value, 'help'));
  if (help !== undefined) result.help = help;
  const weight = num(own(value, 'weight'));
  if (weight !== undefined) result.weight = weight;
  const scaleValue = scale(own(value, 'scale'));
  if (scaleValue) result.scale = scaleValue;
  const allow = own(value, 'allowNotApplicable');
  if (typeof allow === 'boolean') result.allowNotApplicable = allow;
  const sdg = goals(own(value, 'sdg'));
  if (sdg) result.sdg = sdg;
  const served = ids(own(value, 'goals'));
  if (served) result.goals = served;
  const required = own(value, 'required');
  if (typeof required === 'boolean') result.required = required;
  const assessorHelp = text(own(value, 'assessorHelp'));
  if (assessorHelp !== undefined) result.assessorHelp = assessorHelp;
  return result;
}

/** One of the kommune's own goals, with where it was adopted and who owns it. */
function goal(value: JsonObject): Goal {
  const result: Goal = { id: str(own(value, 'id')) ?? '', title: text(own(value, 'title')) ?? '' };
  const description = text(own(value, 'description'));
  if (description !== undefined) result.description = description;
  const rawSource = own(value, 'source');
  if (isObject(rawSource)) {
    const source: GoalSource = { plan: text(own(rawSource, 'plan')) ?? '' };
    const adopted = str(own(rawSource, 'adopted'));
    if (adopted !== undefined) source.adopted = adopted;
    const url = str(own(rawSource, 'url'));
    if (url !== undefined) source.url = url;
    result.source = source;
  }
  const rawOwner = own(value, 'owner');
  if (isObject(rawOwner)) result.owner = contact(rawOwner);
  return result;
}

function dimension(value: JsonObject): Dimension {
  const rawCriteria = own(value, 'criteria');
  const result: Dimension = {
    id: str(own(value, 'id')) ?? '',
    title: text(own(value, 'title')) ?? '',
    criteria: Array.isArray(rawCriteria) ? rawCriteria.filter(isObject).map(criterion) : [],
  };
  const short = text(own(value, 'short'));
  if (short !== undefined) result.short = short;
  const description = text(own(value, 'description'));
  if (description !== undefined) result.description = description;
  const weight = num(own(value, 'weight'));
  if (weight !== undefined) result.weight = weight;
  const target = num(own(value, 'target'));
  if (target !== undefined) result.target = target;
  const rawContact = own(value, 'contact');
  if (isObject(rawContact)) result.contact = contact(rawContact);
  const sdg = goals(own(value, 'sdg'));
  if (sdg) result.sdg = sdg;
  return result;
}

function rule(value: JsonObject): GuidanceRule {
  const when = own(value, 'when');
  const condition = isObject(when) ? when : {};
  const result: GuidanceRule = {
    when: { dimension: str(own(condition, 'dimension')) ?? '' },
    text: text(own(value, 'text')) ?? '',
  };
  const below = num(own(condition, 'below'));
  if (below !== undefined) result.when.below = below;
  const atLeast = num(own(condition, 'atLeast'));
  if (atLeast !== undefined) result.when.atLeast = atLeast;
  return result;
}
