import type { Lang } from '../text/lang.js';
import { criterionIds, uniqueId } from './edit-framework.js';
import { MAX_ID_LENGTH } from './limits.js';
import type { Criterion, Dimension, Framework, Goal } from './types.js';

/**
 * Immutable edits of a framework's goals, as the editor makes them: a kommune pastes the goal
 * list of its plan and gets goals plus a draft criterion per goal, then fills in who owns each
 * goal and where it was adopted. Like the other edit functions, every function returns a new
 * framework and leaves its input untouched.
 */

/** Most goals taken from one paste: a plan has a handful to a few dozen; more is a mistake. */
export const MAX_PASTED_GOALS = 50;

/** The prefix of a draft criterion's title, per language: "Bidrar til: <goal>". */
export const CONTRIBUTES_TO: Readonly<Record<Lang, string>> = {
  nb: 'Bidrar til: ',
  nn: 'Bidreg til: ',
  en: 'Contributes to: ',
};

/** The prefix every example goal's id has; a kommune's own goals never need it. */
export const EXAMPLE_GOAL_PREFIX = 'eksempel-';

// A line's leading list marker, as plans are written and word processors copy them: bullets
// (• - * – — · ▪ ● ○ ◦ ■ □ ► ➢ ✓ ✔ >), numbers (1. 1) (1) 1: 1.2 and a number before a tab),
// letters (a) b.), roman numerals (iv.), and headings such as "Mål 2:" or "Delmål 2.1".
// A bare number before a space is kept: "100 nye boliger innen 2030" is a goal, not a list item.
const MARKERS = [
  /^[•\-*–—·▪●○◦■□►➢✓✔>]+\s*/u,
  /^(?:delmål|mål|goal|target)\s+\d{1,3}(?:\.\d{1,3})*\s*[:.–—-]?\s+/iu,
  /^\(?\d{1,3}(?:\.\d{1,3})+[.):]?(?:\s+|$)/,
  /^\(?\d{1,3}[.):](?:\s+|$|(?=\p{L}))/u,
  /^\d{1,3}\t\s*/,
  /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?:\s+|$)/i,
  /^\(?[a-zA-Z][.)](?:\s+|$)/,
];

/** One line of a pasted list without its list marker, its spaces folded. */
export function cleanGoalLine(line: string): string {
  let text = line.replace(/\u00a0/g, ' ').trim();
  // Markers can stack ("• 1. Mål 2: …"); strip until nothing more comes off.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    for (const marker of MARKERS) text = text.replace(marker, '').trim();
  }
  return text.replace(/\s+/g, ' ');
}

/**
 * The goals in a pasted list: one a line, list markers trimmed, blank lines and repeats
 * dropped, at most {@link MAX_PASTED_GOALS}.
 */
export function parseGoalList(pasted: string): string[] {
  const seen = new Set<string>();
  const goals: string[] = [];
  for (const line of pasted.split(/\r\n|\r|\n/)) {
    const text = cleanGoalLine(line);
    const key = text.toLocaleLowerCase('nb');
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    goals.push(text);
    if (goals.length === MAX_PASTED_GOALS) break;
  }
  return goals;
}

/** An id made of a text's words: lower case, æøå spelt out, at most a few words long. */
export function slug(text: string, maxLength = 40): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const atWord = cut.lastIndexOf('-');
  return (atWord > maxLength / 2 ? cut.slice(0, atWord) : cut).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken; `fallback-1`… when base is empty. */
function freeId(base: string, taken: Set<string>, fallback: string): string {
  if (base === '') return uniqueId(fallback, taken);
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}

/** Where the draft criteria of pasted goals go: an existing area's index, or a new area. */
export type GoalCriteriaPlace = { dimension: number } | { newDimension: true };

/** Options for {@link addGoalsFromList}. */
export interface AddGoalsOptions {
  /** The language the list is written in; the goals' and criteria's titles get this language. */
  lang: Lang;
  /** Where the draft criteria go; default: the first area. */
  place?: GoalCriteriaPlace;
  /** Remove the example goals (ids `eksempel-…`) first, moving their criteria to the new goals. */
  replaceExamples?: boolean;
}

/** What {@link addGoalsFromList} did. */
export interface AddGoalsResult {
  framework: Framework;
  /** The goals added, in the list's order. */
  goals: Goal[];
  /** The draft criteria added, one per goal, in the same order. */
  criteria: Criterion[];
  /** The index of the area the criteria went into. */
  dimension: number;
}

/** The title of the area {@link addGoalsFromList} creates for the draft criteria. */
const NEW_AREA_TITLE: Readonly<Record<Lang, string>> = {
  nb: 'Kommunens vedtatte mål',
  nn: 'Dei vedtekne måla til kommunen',
  en: "The municipality's adopted goals",
};

/**
 * Adds the goals of a pasted list (see {@link parseGoalList}), each with a draft criterion
 * "Bidrar til: <goal>" that serves it. The criterion has no scale of its own, so it is
 * answered on the framework's shared scale until the kommune writes levels for it.
 * Titles are written in `lang` only; the validator then lists the other languages as
 * missing translations, which the editor's translation view fills in.
 */
export function addGoalsFromList(framework: Framework, pasted: string, options: AddGoalsOptions): AddGoalsResult {
  const titles = parseGoalList(pasted);
  let next = options.replaceExamples ? withoutExampleGoals(framework) : framework;
  const previousExamples = options.replaceExamples ? exampleGoalIds(framework) : [];

  let dimensionIndex: number;
  if (options.place && 'newDimension' in options.place) {
    const area: Dimension = {
      id: freeId('kommunens-mal', new Set(next.dimensions.map((d) => d.id)), 'omrade'),
      title: { [options.lang]: NEW_AREA_TITLE[options.lang] },
      criteria: [],
    };
    next = { ...next, dimensions: [...next.dimensions, area] };
    dimensionIndex = next.dimensions.length - 1;
  } else {
    const wanted = options.place?.dimension ?? 0;
    dimensionIndex = next.dimensions[wanted] ? wanted : 0;
  }
  if (!next.dimensions[dimensionIndex]) {
    // A framework with no area at all: the criteria need somewhere to live.
    return addGoalsFromList(framework, pasted, { ...options, place: { newDimension: true } });
  }

  const goalIds = new Set((next.goals ?? []).map((goal) => goal.id));
  const takenCriteria = new Set(criterionIds(next));
  const goals: Goal[] = [];
  const criteria: Criterion[] = [];
  for (const title of titles) {
    const goalId = freeId(slug(title), goalIds, 'mal');
    goalIds.add(goalId);
    goals.push({ id: goalId, title: { [options.lang]: title } });
    const criterionId = freeId(slug(`bidrar-til-${goalId}`, MAX_ID_LENGTH), takenCriteria, 'kriterium');
    takenCriteria.add(criterionId);
    criteria.push({ id: criterionId, title: { [options.lang]: `${CONTRIBUTES_TO[options.lang]}${title}` }, goals: [goalId] });
  }

  next = { ...next, goals: [...(next.goals ?? []), ...goals] };
  next = {
    ...next,
    dimensions: next.dimensions.map((dimension, index) =>
      index === dimensionIndex ? { ...dimension, criteria: [...dimension.criteria, ...criteria] } : dimension,
    ),
  };
  if (previousExamples.length > 0) next = linkGoalCriteria(framework, previousExamples, next, goals);
  return { framework: next, goals, criteria, dimension: dimensionIndex };
}

/** The ids of the framework's example goals. */
export function exampleGoalIds(framework: Framework): string[] {
  return (framework.goals ?? []).filter((goal) => goal.id.startsWith(EXAMPLE_GOAL_PREFIX)).map((goal) => goal.id);
}

/** Removes the example goals and every criterion's reference to them. */
export function withoutExampleGoals(framework: Framework): Framework {
  const examples = exampleGoalIds(framework);
  let next = framework;
  for (const id of examples) {
    const index = (next.goals ?? []).findIndex((goal) => goal.id === id);
    next = removeGoal(next, index);
  }
  return next;
}

/**
 * A criterion that served every example goal (the default framework's "serves named goals")
 * is about the kommune's goals as a whole, so it serves every new goal instead.
 */
function linkGoalCriteria(before: Framework, examples: string[], after: Framework, added: Goal[]): Framework {
  const general = new Set(
    before.dimensions.flatMap((d) =>
      d.criteria.filter((c) => examples.every((id) => c.goals?.includes(id))).map((c) => c.id),
    ),
  );
  if (general.size === 0 || added.length === 0) return after;
  return mapCriteria(after, (criterion) =>
    general.has(criterion.id) ? { ...criterion, goals: [...(criterion.goals ?? []), ...added.map((goal) => goal.id)] } : criterion,
  );
}

/** Every criterion passed through `change`; areas and criteria that did not change are kept. */
function mapCriteria(framework: Framework, change: (criterion: Criterion) => Criterion): Framework {
  let changed = false;
  const dimensions = framework.dimensions.map((dimension) => {
    let inner = false;
    const criteria = dimension.criteria.map((criterion) => {
      const next = change(criterion);
      if (next !== criterion) inner = true;
      return next;
    });
    if (!inner) return dimension;
    changed = true;
    return { ...dimension, criteria };
  });
  return changed ? { ...framework, dimensions } : framework;
}

/**
 * Removes the goal at `index`, and its id from every criterion that served it, so that no
 * criterion is left pointing at a goal that is gone. An emptied `goals` list is removed.
 */
export function removeGoal(framework: Framework, index: number): Framework {
  const goals = framework.goals ?? [];
  const goal = goals[index];
  if (!goal) return framework;
  const rest = goals.filter((_, i) => i !== index);
  const next: Framework = { ...framework, goals: rest };
  if (rest.length === 0) delete next.goals;
  return mapCriteria(next, (criterion) => {
    if (!criterion.goals?.includes(goal.id)) return criterion;
    const left = criterion.goals.filter((id) => id !== goal.id);
    const { goals: _served, ...unlinked } = criterion;
    return left.length === 0 ? unlinked : { ...unlinked, goals: left };
  });
}

/** The criteria that serve a goal, with the index of their area, in framework order. */
export function criteriaServing(framework: Framework, goalId: string): { dimension: number; criterion: Criterion }[] {
  return framework.dimensions.flatMap((dimension, d) =>
    dimension.criteria.filter((criterion) => criterion.goals?.includes(goalId)).map((criterion) => ({ dimension: d, criterion })),
  );
}
