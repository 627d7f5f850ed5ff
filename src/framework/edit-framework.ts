import { parsePath, type PathSegment } from './field-path.js';
import type { Criterion, Dimension, Framework, GuidanceRule, ScaleLevel } from './types.js';

/**
 * Immutable edits of a framework, as an editor makes them. Every function returns a new
 * framework and leaves its input untouched, sharing the parts that did not change, so that
 * an undo history can keep every state cheaply and a view can compare by identity.
 *
 * The framework being edited may be unfinished (empty titles, too few axes): these
 * functions keep its shape, and the validator says what is still missing.
 */

/** A text with a slot for every language, all empty: what a new field starts as. */
export function emptyText(): { nb: string; nn: string; en: string } {
  return { nb: '', nn: '', en: '' };
}

/** The first of `prefix-1`, `prefix-2`, … not in `taken`. */
export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let number = 1;
  while (used.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

/** Every criterion id in the framework (they are unique across the whole framework). */
export function criterionIds(framework: Framework): string[] {
  return framework.dimensions.flatMap((dimension) => dimension.criteria.map((criterion) => criterion.id));
}

/**
 * Sets the value at a path (`dimensions[1].title.nn`, or the segments of one), copying
 * every object and array on the way. `undefined` removes the field, which is how an editor
 * clears an optional value. Missing objects on the way are created.
 */
export function setField<T>(root: T, path: string | readonly PathSegment[], value: unknown): T {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  return setIn(root, segments, 0, value) as T;
}

function setIn(node: unknown, segments: readonly PathSegment[], at: number, value: unknown): unknown {
  if (at === segments.length) return value;
  const key = segments[at] as PathSegment;
  if (typeof key === 'number') {
    const array = Array.isArray(node) ? [...(node as unknown[])] : [];
    array[key] = setIn(array[key], segments, at + 1, value);
    return array;
  }
  const object: Record<string, unknown> =
    typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
  const next = setIn(object[key], segments, at + 1, value);
  if (next === undefined) delete object[key];
  else object[key] = next;
  return object;
}

/** Reads the value at a path, or `undefined` when the path leads nowhere. */
export function getField(root: unknown, path: string | readonly PathSegment[]): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let node: unknown = root;
  for (const key of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Inserts an item into the list at a path (appends when `index` is absent). */
export function insertItem<T>(root: T, listPath: string, item: unknown, index?: number): T {
  const list = getField(root, listPath);
  const copy = Array.isArray(list) ? [...(list as unknown[])] : [];
  copy.splice(index ?? copy.length, 0, item);
  return setField(root, listPath, copy);
}

/** Removes the item at `index` from the list at a path. */
export function removeItem<T>(root: T, listPath: string, index: number): T {
  const list = getField(root, listPath);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return root;
  const copy = [...(list as unknown[])];
  copy.splice(index, 1);
  return setField(root, listPath, copy);
}

/**
 * Moves the item at `from` to position `to` in the list at a path. Out-of-range moves return
 * the framework unchanged, so a "move up" on the first item is harmless.
 */
export function moveItem<T>(root: T, listPath: string, from: number, to: number): T {
  const list = getField(root, listPath);
  if (!Array.isArray(list)) return root;
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return root;
  const copy = [...(list as unknown[])];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setField(root, listPath, copy);
}

/** A new, empty criterion with an id not used anywhere in the framework. */
export function newCriterion(framework: Framework): Criterion {
  return { id: uniqueId('kriterium', criterionIds(framework)), title: emptyText() };
}

/** Appends a new axis with one empty criterion, so the axis is never left without any. */
export function addDimension(framework: Framework): Framework {
  const dimension: Dimension = {
    id: uniqueId('omrade', framework.dimensions.map((d) => d.id)),
    title: emptyText(),
    criteria: [newCriterion(framework)],
  };
  return { ...framework, dimensions: [...framework.dimensions, dimension] };
}

/** Removes an axis. Guidance rules about it stay, and the validator points them out. */
export function removeDimension(framework: Framework, index: number): Framework {
  return removeItem(framework, 'dimensions', index);
}

/** Moves an axis from one position to another. */
export function moveDimension(framework: Framework, from: number, to: number): Framework {
  return moveItem(framework, 'dimensions', from, to);
}

/** Appends a new empty criterion to an axis. */
export function addCriterion(framework: Framework, dimension: number): Framework {
  if (!framework.dimensions[dimension]) return framework;
  return insertItem(framework, `dimensions[${dimension}].criteria`, newCriterion(framework));
}

/** Removes a criterion from an axis. */
export function removeCriterion(framework: Framework, dimension: number, index: number): Framework {
  return removeItem(framework, `dimensions[${dimension}].criteria`, index);
}

/** Moves a criterion within its axis. */
export function moveCriterion(framework: Framework, dimension: number, from: number, to: number): Framework {
  return moveItem(framework, `dimensions[${dimension}].criteria`, from, to);
}

/**
 * Changes an axis's id and every guidance rule that refers to it, so that renaming an axis
 * does not silently orphan the advice written for it.
 */
export function setDimensionId(framework: Framework, index: number, id: string): Framework {
  const old = framework.dimensions[index]?.id;
  if (old === undefined) return framework;
  let next = setField(framework, `dimensions[${index}].id`, id);
  if (old !== '' && next.guidance) {
    const taken = framework.dimensions.filter((d, i) => i !== index && d.id === old).length > 0;
    if (!taken) {
      next = {
        ...next,
        guidance: next.guidance!.map((rule): GuidanceRule =>
          rule.when.dimension === old ? { ...rule, when: { ...rule.when, dimension: id } } : rule,
        ),
      };
    }
  }
  return next;
}

/** A new scale level one step above the highest, with an empty label. */
export function nextLevel(levels: readonly ScaleLevel[]): ScaleLevel {
  const highest = levels.reduce<number | undefined>(
    (max, level) => (typeof level.value === 'number' && (max === undefined || level.value > max) ? level.value : max),
    undefined,
  );
  return { value: highest === undefined ? 0 : highest + 1, label: emptyText() };
}

/** A new guidance rule about the first axis, with an empty text. */
export function newGuidanceRule(framework: Framework): GuidanceRule {
  return { when: { dimension: framework.dimensions[0]?.id ?? '', below: 50 }, text: emptyText() };
}
