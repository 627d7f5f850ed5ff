import type { Lang } from '../../src/text/lang.js';

/**
 * The Intl locales for each language, best first. Some browser builds ship no nynorsk
 * locale data and would fall back to US English; nynorsk writes numbers and dates like
 * bokmål (`72,5`, `27. nov. 2026`), so bokmål is its fallback.
 */
const LOCALES: Record<Lang, string[]> = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], en: ['en-GB'] };

/**
 * Formatters made so far, by kind, language and options. Creating an Intl formatter costs
 * far more than using one (it resolves locale data), and a form re-renders every score on
 * every answer: with 200 criteria that was most of a click's script time. Formatters are
 * immutable and hold no page state, so sharing them between widgets is safe.
 */
const formatters = new Map<string, { format(value: number | Date): string }>();

function formatter<F extends { format(value: number | Date): string }>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** How many decimals a score is shown with: one, so that 37.5 is never 38 somewhere else. */
export const SCORE_DECIMALS = 1;

/**
 * Formats a score for people, rounded to at most one decimal in the user's locale (`37,5`
 * in nb/nn, `37.5` in English, `40` for 40). The one rounding for every place a score is
 * shown: forms, radar, tables, announcements, comparisons and the printed report, so a
 * number never reads differently on screen and on paper. Data keeps full precision.
 * `null` becomes an en dash.
 */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const plain = plainDecimal(value, SCORE_DECIMALS);
  if (plain !== undefined) return lang === 'en' ? plain : plain.replace('.', ',');
  return formatter(`score|${lang}`, () =>
    new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: SCORE_DECIMALS, minimumFractionDigits: 0 }),
  ).format(value);
}

/**
 * A number from 0 up to 1000 (not reached by rounding) rounded to at most `decimals`
 * decimals, with a point, exactly as `Intl.NumberFormat` writes it in English; `undefined`
 * for any other number. Scores and percentages are in that range, and so need no grouping
 * and no minus sign, the only parts of the format that differ between our languages besides
 * the decimal sign. Why not Intl: a page's first `Intl.NumberFormat` loads locale data,
 * 35–75 ms in Chromium on a fast machine, and the radar's first score paid it inside the
 * click that answered a criterion.
 *
 * Intl rounds the number's shortest decimal form (`String(1.15)` is `1.15`, so `1.2`), half
 * away from zero; `toFixed` rounds the binary value (`1.1`). This rounds the digits of the
 * shortest form, as Intl does, after moving its decimal point `shift` places to the right
 * (2 for a percentage, as Intl multiplies by 100 in decimal).
 */
function plainDecimal(value: number, decimals: number, shift = 0): string | undefined {
  if (!(value >= 0 && value < 1000) || Object.is(value, -0)) return undefined;
  const shortest = String(value);
  // Below 1e-6 the shortest form has an exponent; such a number rounds to 0 at any
  // decimals and shift used here.
  if (shortest.includes('e')) return '0';
  const [digitsBefore, digitsAfter = ''] = shortest.split('.');
  const whole = digitsBefore + digitsAfter.slice(0, shift).padEnd(shift, '0');
  const fraction = digitsAfter.slice(shift);
  const scale = 10 ** decimals;
  let scaled = Number(whole) * scale + Number(fraction.slice(0, decimals).padEnd(decimals, '0') || '0');
  if (fraction.length > decimals && fraction.charCodeAt(decimals) >= 53 /* "5" */) scaled += 1;
  const wholePart = Math.floor(scaled / scale);
  // 999.95 rounds up to 1000, which Intl writes with a group separator.
  if (wholePart >= 1000) return undefined;
  const fractionPart = String(scaled % scale).padStart(decimals, '0').replace(/0+$/, '');
  return fractionPart ? `${wholePart}.${fractionPart}` : String(wholePart);
}

/** Formats a share (0..1) as a whole percentage in the user's locale, e.g. `75 %`. */
export function formatPercent(share: number, lang: Lang): string {
  const plain = plainDecimal(share, 0, 2);
  // Norwegian puts a no-break space before the sign, as Intl does.
  if (plain !== undefined) return lang === 'en' ? `${plain}%` : `${plain}\u00a0%`;
  return formatter(`percent|${lang}`, () =>
    new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

/** Formats an ISO date for the screen in the user's locale (date and time). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(`date|${lang}`, () =>
    new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** Formats a file size in megabytes (1 MB = 1 048 576 bytes, as file managers count), e.g. `1,5 MB`. */
export function formatFileSize(bytes: number, lang: Lang): string {
  return formatter(`megabytes|${lang}`, () =>
    new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
  ).format(bytes / (1024 * 1024));
}

/**
 * Formats a calendar day (`YYYY-MM-DD`, as a plan's adoption date) in the user's locale,
 * without a time: read as that day wherever the reader is, never shifted by a time zone.
 */
export function formatDay(day: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  // Written by hand, not with Intl: the page's first Intl.DateTimeFormat costs as much as its
  // first number format (see plainDecimal), and the summary shows the plans' dates at start.
  // Some browser builds also lack nynorsk data, which is written as bokmål here anyway.
  const year = date.getUTCFullYear();
  if (year >= 1000 && year <= 9999) {
    const month = LONG_MONTHS[lang === 'en' ? 'en' : 'nb'][date.getUTCMonth()];
    return lang === 'en' ? `${date.getUTCDate()} ${month} ${year}` : `${date.getUTCDate()}. ${month} ${year}`;
  }
  return formatter(`day|${lang}`, () =>
    new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(date);
}

/** The months' names as `formatDay` writes them; nynorsk names them as bokmål does. */
const LONG_MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
