import { emptyText } from './edit-framework.js';
import type { Framework } from './types.js';

/**
 * A framework with nothing in it yet: no id, an empty title, no axes. It is not valid (a
 * framework needs an id, a title and at least three axes); an editor starts from it and the
 * validator lists what to fill in. No scale is set, so criteria use the built-in evidence
 * scale until the kommune chooses its own.
 */
export function blankFramework(): Framework {
  return {
    format: 'merverdi-framework',
    version: 1,
    id: '',
    title: emptyText(),
    dimensions: [],
  };
}
