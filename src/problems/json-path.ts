/** Keys that can be written after a dot without quoting. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Keys longer than this are shortened in paths, so that a hostile key cannot bloat a message. */
const MAX_KEY_IN_PATH = 80;

/**
 * The JSON path of a child value, in the form `dimensions[2].criteria[0].id`.
 * Keys that are not plain identifiers (such as criterion ids with hyphens) are written in
 * brackets as JSON strings, `answers["user-design"].value`, so that a path is never ambiguous.
 * The root is the empty string.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key) && key.length <= MAX_KEY_IN_PATH) {
    return parent === '' ? key : `${parent}.${key}`;
  }
  const shown = key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key;
  return `${parent}[${JSON.stringify(shown)}]`;
}
