import { childPath } from '../problems/json-path.js';
import { LANGS, type Lang } from '../text/lang.js';
import { missingLanguages, type Text } from '../text/text.js';
import type { Framework, Scale } from './types.js';

/** One translatable text of a framework and the languages it lacks. */
export interface TextEntry {
  /** JSON path of the text, e.g. `dimensions[0].criteria[2].help`. */
  path: string;
  text: Text | undefined;
  /** Languages without a text; empty when the text is complete (or a plain string). */
  missing: Lang[];
  /** Whether the format requires this text (titles and level labels). */
  required: boolean;
}

/**
 * Every translatable text of a framework, in document order, with the languages it lacks.
 * Optional texts that are wholly empty are left out: nothing was written, so nothing needs
 * translating. Works on unfinished frameworks too.
 */
export function frameworkTexts(framework: Framework): TextEntry[] {
  const entries: TextEntry[] = [];
  // Paths are built level by level from their parent's, not formatted from segments for
  // every text: the editor indexes every text on every edit.
  const add = (path: string, text: Text | undefined, required: boolean): void => {
    const missing = missingLanguages(text, LANGS);
    if (!required && missing.length === LANGS.length) return;
    entries.push({ path, text, missing, required });
  };
  const addScale = (at: string, scale: Scale | undefined): void => {
    scale?.levels.forEach((level, index) => {
      const levelAt = childPath(childPath(at, 'levels'), index);
      add(childPath(levelAt, 'label'), level.label, true);
      add(childPath(levelAt, 'description'), level.description, false);
    });
  };
  add('title', framework.title, true);
  add('description', framework.description, false);
  addScale('scale', framework.scale);
  framework.dimensions.forEach((dimension, d) => {
    const at = childPath('dimensions', d);
    add(childPath(at, 'title'), dimension.title, true);
    add(childPath(at, 'short'), dimension.short, false);
    add(childPath(at, 'description'), dimension.description, false);
    add(childPath(childPath(at, 'contact'), 'unit'), dimension.contact?.unit, false);
    dimension.criteria.forEach((criterion, c) => {
      const criterionAt = childPath(childPath(at, 'criteria'), c);
      add(childPath(criterionAt, 'title'), criterion.title, true);
      add(childPath(criterionAt, 'help'), criterion.help, false);
      addScale(childPath(criterionAt, 'scale'), criterion.scale);
    });
  });
  framework.guidance?.forEach((rule, index) => add(childPath(childPath('guidance', index), 'text'), rule.text, true));
  return entries;
}

/** How many of these texts lack each language (the texts {@link frameworkTexts} listed). */
export function countMissing(entries: readonly TextEntry[]): Record<Lang, number> {
  const counts: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  for (const entry of entries) {
    for (const lang of entry.missing) counts[lang] += 1;
  }
  return counts;
}
