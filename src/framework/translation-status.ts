import { formatPath, type PathSegment } from './field-path.js';
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
  const add = (segments: PathSegment[], text: Text | undefined, required: boolean): void => {
    const missing = missingLanguages(text, LANGS);
    if (!required && missing.length === LANGS.length) return;
    entries.push({ path: formatPath(segments), text, missing, required });
  };
  const addScale = (segments: PathSegment[], scale: Scale | undefined): void => {
    scale?.levels.forEach((level, index) => {
      add([...segments, 'levels', index, 'label'], level.label, true);
      add([...segments, 'levels', index, 'description'], level.description, false);
    });
  };
  add(['title'], framework.title, true);
  add(['description'], framework.description, false);
  addScale(['scale'], framework.scale);
  framework.dimensions.forEach((dimension, d) => {
    const at: PathSegment[] = ['dimensions', d];
    add([...at, 'title'], dimension.title, true);
    add([...at, 'short'], dimension.short, false);
    add([...at, 'description'], dimension.description, false);
    add([...at, 'contact', 'unit'], dimension.contact?.unit, false);
    dimension.criteria.forEach((criterion, c) => {
      const cat: PathSegment[] = [...at, 'criteria', c];
      add([...cat, 'title'], criterion.title, true);
      add([...cat, 'help'], criterion.help, false);
      addScale([...cat, 'scale'], criterion.scale);
    });
  });
  framework.guidance?.forEach((rule, index) => add(['guidance', index, 'text'], rule.text, true));
  return entries;
}

/** How many texts lack each language. */
export function missingTranslationCounts(framework: Framework): Record<Lang, number> {
  const counts: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  for (const entry of frameworkTexts(framework)) {
    for (const lang of entry.missing) counts[lang] += 1;
  }
  return counts;
}
