import type { Lang } from '../../src/text/lang.js';

/**
 * The Intl locales for each language, best first. Some browser builds ship no nynorsk
 * locale data and would fall back to US English; nynorsk writes numbers and dates like
 * bokmål (`72,5`, `27. nov. 2026`), so bokmål is its fallback.
 */
const LOCALES: Record<Lang, string[]> = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], en: ['en-GB'] };

/**
 * Formats a score for the screen, rounded to at most `digits` decimals in the user's locale.
 * Data keeps full precision; only the screen rounds. `null` becomes an en dash.
 */
export function formatScore(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Formats a share (0..1) as a whole percentage in the user's locale, e.g. `75 %`. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Formats an ISO date for the screen in the user's locale (date and time). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
