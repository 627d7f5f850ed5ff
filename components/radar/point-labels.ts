/**
 * Axis names as the radar draws them: broken into lines that fit beside the chart.
 *
 * Chart.js draws each axis name on one line outside the web and shrinks the web to make room.
 * A kommune's own axis names can be long ("Samordning, tilgjengelighet og samarbeid"); two
 * such names side by side left no room, and Chart.js drew them past the canvas edge, cut off.
 * Broken into lines no wider than about a quarter of the chart, they fit on each side.
 */

/** Roughly the width of an average character, as a share of the font size. */
const AVERAGE_CHAR_WIDTH_EM = 0.55;

/** The share of the chart's width one axis name may take on each side of the web. */
const LABEL_SHARE = 0.25;

/** Lines never get narrower than this many characters, however narrow the chart. */
const MIN_LINE_CHARS = 8;

/**
 * The font size of the axis names on a chart `widthPx` wide: 12 px, and a little smaller on a
 * phone, where one long word ("Gjennomførbarhet") otherwise takes a third of the width. The
 * full names are in the table under the chart at the page's own size.
 */
export function pointLabelFontSize(widthPx: number): number {
  if (widthPx >= 420) return 12;
  return widthPx >= 340 ? 11 : 10;
}

/** How many characters fit on one line of an axis name on a chart `widthPx` wide. */
export function lineLengthFor(widthPx: number): number {
  const charWidth = pointLabelFontSize(widthPx) * AVERAGE_CHAR_WIDTH_EM;
  return Math.max(MIN_LINE_CHARS, Math.floor((widthPx * LABEL_SHARE) / charWidth));
}

/**
 * Breaks `text` at spaces into lines of at most `maxChars` characters. A single word longer
 * than that keeps a line of its own, whole: a word cut in two reads worse than a label a
 * little wider. A text that fits stays a plain string, as Chart.js draws it in one line.
 */
export function wrapLabel(text: string, maxChars: number): string | string[] {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  if (text.length <= maxChars || words.length < 2) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 1 ? lines[0]! : lines;
}
