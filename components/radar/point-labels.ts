/**
 * Axis names as the radar draws them: broken into lines that fit beside the chart.
 *
 * Chart.js draws each axis name on one line outside the web and shrinks the web to make room.
 * A kommune's own axis names can be long ("Samordning, tilgjengelighet og samarbeid"); two
 * such names side by side left no room, and Chart.js drew them past the canvas edge, cut off.
 * Broken into lines no wider than about a fifth of the chart, they fit on each side.
 */

/** Roughly the width of an average character, as a share of the font size. */
const AVERAGE_CHAR_WIDTH_EM = 0.55;

/** The share of the chart's width one axis name may take on each side of the web. */
const LABEL_SHARE = 0.22;

/** Lines never get narrower than this many characters, however narrow the chart. */
const MIN_LINE_CHARS = 8;

/**
 * The font size of the axis names on a chart `widthPx` wide: 12 px, and a little smaller on a
 * phone, where one long word ("Gjennomførbarhet") otherwise takes a third of the width. The
 * full names are in the table under the chart at the page's own size.
 */
export function pointLabelFontSize(widthPx: number): number {
  if (widthPx >= 440) return 12;
  return widthPx >= 360 ? 11 : 10;
}

/** How many characters fit on one line of an axis name on a chart `widthPx` wide. */
export function lineLengthFor(widthPx: number): number {
  const charWidth = pointLabelFontSize(widthPx) * AVERAGE_CHAR_WIDTH_EM;
  return Math.max(MIN_LINE_CHARS, Math.floor((widthPx * LABEL_SHARE) / charWidth));
}

/**
 * A word may be this much longer than a line before it is split; a word cut in two reads
 * worse than a label a little wider, so only a word that would not fit at all is split.
 */
const LONG_WORD_FACTOR = 1.4;

/**
 * Breaks `text` at spaces into lines of at most `maxChars` characters. A word longer than
 * that keeps a line of its own, whole, unless it is far longer (on a phone, "Brukermedvirkning"
 * beside "Gjennomførbarhet" leaves no room for the web): then it is split in the middle with a
 * hyphen. A text that fits stays a plain string, as Chart.js draws it in one line.
 */
export function wrapLabel(text: string, maxChars: number): string | string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => splitLongWord(word, Math.floor(maxChars * LONG_WORD_FACTOR)));
  if (text.length <= maxChars) return text;
  if (words.length < 2) return words[0] ?? text;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars && !line.endsWith('-')) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 1 ? lines[0]! : lines;
}

/** Vowels of bokmål, nynorsk and English; a split between two other letters reads best. */
const VOWELS = new Set([...'aeiouyæøåéèê']);

/**
 * A word longer than `limit` as two parts, the first ending in a hyphen; else the word. The
 * split falls between two consonants nearest the middle, where Norwegian compounds and
 * syllables mostly meet ("Gjennom-førbarhet", "Brukertil-pasning"), else in the middle.
 */
function splitLongWord(word: string, limit: number): string[] {
  const letters = [...word];
  if (letters.length <= limit) return [word];
  const middle = letters.length / 2;
  const isConsonant = (letter: string | undefined) => letter !== undefined && /\p{L}/u.test(letter) && !VOWELS.has(letter.toLowerCase());
  // The consonant pair nearest the middle; of two equally near, the later one.
  let best: number | undefined;
  for (let index = 3; index <= letters.length - 3; index += 1) {
    if (!isConsonant(letters[index - 1]) || !isConsonant(letters[index])) continue;
    if (best === undefined || Math.abs(index - middle) <= Math.abs(best - middle)) best = index;
  }
  const at = best ?? Math.ceil(middle);
  return [`${letters.slice(0, at).join('')}-`, letters.slice(at).join('')];
}
