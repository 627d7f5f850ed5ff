import type { Lang } from './lang.js';

/**
 * A text from a framework or an assessment: one string, or one string per language.
 * At least one language must be present.
 */
export type Text = string | Partial<Record<Lang, string>>;

/** A text written by us in every language; used for our own messages. */
export type Translated = Record<Lang, string>;

/** Fallback order after the asked language, as the contract fixes it. */
const FALLBACK: readonly Lang[] = ['nb', 'nn', 'en'];

/**
 * Picks the string to show for `text` in `lang`: the asked language, then `nb`, `nn`, `en`,
 * then any language present. Returns `''` for a missing text, so templates never show
 * `undefined`.
 */
export function resolveText(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const asked = text[lang];
  if (typeof asked === 'string' && asked !== '') return asked;
  for (const fallback of FALLBACK) {
    const value = text[fallback];
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const value of Object.values(text)) {
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

/**
 * Which languages a text lacks. A plain string counts as written for every language,
 * since its author chose not to translate it.
 */
export function missingLanguages(text: Text | undefined, langs: readonly Lang[]): Lang[] {
  if (text === undefined) return [...langs];
  if (typeof text === 'string') return [];
  return langs.filter((lang) => typeof text[lang] !== 'string' || text[lang] === '');
}
