import { parsePath } from '../../src/framework/field-path.js';

/**
 * Moves focus to the control for a problem's path, or the nearest control above it, opening
 * a `<details>` that hides it. A problem about a whole list ("at least one area") leads to
 * the list's add button. Returns false when nothing could take focus.
 */
export function focusProblemField(root: ShadowRoot | HTMLElement, path: string): boolean {
  const segments = parsePath(path);
  let target: HTMLElement | null = null;
  const list = /^dimensions(?:\[(\d+)\]\.criteria)?$/.exec(path);
  if (list) target = root.querySelector(list[1] === undefined ? '[data-add="axis"]' : `[data-add="criterion-${list[1]}"]`);
  for (let length = segments.length; !target && length > 0; length -= 1) {
    const found = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathPrefix(path, segments.length, length))}"]`);
    if (!found) continue;
    target = found.matches('input, select, textarea, button')
      ? found
      : found.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button');
  }
  if (!target) return false;
  const details = target.closest('details');
  if (details && !details.open) details.open = true;
  target.focus();
  return true;
}

/** The area a path lies in, when it lies inside one area's fields (the area must be shown first). */
export function areaOfPath(path: string): number | undefined {
  const segments = parsePath(path);
  return segments[0] === 'dimensions' && typeof segments[1] === 'number' && segments.length > 2 ? segments[1] : undefined;
}

/** The criterion a path lies in, within its area, when it lies inside one criterion (it must be opened first). */
export function criterionOfPath(path: string): number | undefined {
  const segments = parsePath(path);
  return segments[0] === 'dimensions' && segments[2] === 'criteria' && typeof segments[3] === 'number' ? segments[3] : undefined;
}

/** The guidance rule a path lies in (it must be opened first). */
export function ruleOfPath(path: string): number | undefined {
  const segments = parsePath(path);
  return segments[0] === 'guidance' && typeof segments[1] === 'number' ? segments[1] : undefined;
}

/**
 * The items of one-at-a-time lists (a scale's levels) that a path lies in, outermost first,
 * each as its list's path and its index: they must be opened first.
 */
export function itemsOfPath(path: string): { list: string; index: number }[] {
  const items: { list: string; index: number }[] = [];
  for (const match of path.matchAll(/\.levels\[(\d+)\]/g)) {
    items.push({ list: path.slice(0, match.index + '.levels'.length), index: Number(match[1]) });
  }
  return items;
}

/** The path of the first `length` of `total` segments, cut from the original so quoting is kept. */
function pathPrefix(path: string, total: number, length: number): string {
  let cut = path;
  for (let drop = total - length; drop > 0; drop -= 1) {
    cut = cut.replace(/(\.[A-Za-z_$][A-Za-z0-9_$]*|\[[^\]]*\])$/, '');
  }
  return cut;
}
