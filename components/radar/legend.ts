import { drawPoint } from 'chart.js/helpers';
import { html, svg, unsafeCSS, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import { DEFAULT_SERIES_COLORS, DEFAULT_TARGET_COLOR, SERIES_STYLES, TARGET_DASH, type RadarTheme } from './chart-config.js';
import type { RadarModel } from './series.js';

/**
 * The radar's legend, written as HTML beside the canvas rather than drawn by Chart.js's legend
 * plugin: its text follows the page's zoom and text size, a screen reader can read it, and the
 * start-up bundle carries neither the legend nor the tooltip plugin (about 8 KB gzip; the table
 * below the chart holds every value a tooltip would show, for every input method).
 */

/** One entry: a series (its slot decides colour, point shape and dash) or the target ring. */
export interface LegendEntry {
  label: string;
  /** The series' slot (0-based); absent for the target ring. */
  slot?: number;
}

/** A legend helps when there is more than one line to tell apart, as Chart.js would show it. */
export function legendEntries(model: RadarModel, targetLabel: string): LegendEntry[] {
  if (model.series.length <= 1 && model.target === undefined) return [];
  const entries: LegendEntry[] = model.series.map((series, slot) => ({ label: series.label, slot }));
  if (model.target) entries.push({ label: targetLabel });
  return entries;
}

/**
 * The swatches' colours, one class per series slot and one for the target, from the same
 * custom properties the chart reads. Classes, not a `style` attribute: a strict page's
 * Content-Security-Policy (`style-src 'self'`) refuses inline styles. Built from our own
 * constants only.
 */
export const legendColorStyles: CSSResult = unsafeCSS(
  [
    ...DEFAULT_SERIES_COLORS.map(
      (color, index) => `.swatch.color-${index + 1} { color: var(--mv-chart-color-${index + 1}, ${color}); }`,
    ),
    `.swatch.target { color: var(--mv-chart-target-color, var(--_mv-text-subtle, ${DEFAULT_TARGET_COLOR})); }`,
  ].join('\n'),
);

/** The class that gives an entry's swatch the colour its line is drawn in. */
function colorClass(entry: LegendEntry): string {
  return entry.slot === undefined ? 'target' : `color-${(entry.slot % DEFAULT_SERIES_COLORS.length) + 1}`;
}

/** The series' point shape, drawn in a 10 × 10 box around (18, 7); line shapes are stroked only. */
function marker(pointStyle: string): SVGTemplateResult {
  switch (pointStyle) {
    case 'rect':
      return svg`<rect x="14" y="3" width="8" height="8" class="filled" />`;
    case 'rectRounded':
      return svg`<rect x="14" y="3" width="8" height="8" rx="2" class="filled" />`;
    case 'triangle':
      return svg`<path d="M18 2.5 22.5 10.5H13.5Z" class="filled" />`;
    case 'rectRot':
      return svg`<path d="M18 2 23 7 18 12 13 7Z" class="filled" />`;
    case 'cross':
      return svg`<path d="M18 2V12M13 7H23" />`;
    case 'crossRot':
      return svg`<path d="M14.5 3.5 21.5 10.5M21.5 3.5 14.5 10.5" />`;
    case 'star':
      return svg`<path d="M18 2V12M13 7H23M14.5 3.5 21.5 10.5M21.5 3.5 14.5 10.5" />`;
    default:
      return svg`<circle cx="18" cy="7" r="4" class="filled" />`;
  }
}

/** A 36 × 14 picture of the entry's line: colour, dash and point shape, as on the chart. */
function swatch(entry: LegendEntry): TemplateResult {
  const style = entry.slot === undefined ? undefined : SERIES_STYLES[entry.slot % SERIES_STYLES.length];
  const dash = (style ? style.dash : TARGET_DASH).join(' ');
  return html`<svg class="swatch ${colorClass(entry)}" data-mv-swatch viewBox="0 0 36 14" width="36" height="14" aria-hidden="true" focusable="false">
    <line x1="1" y1="7" x2="35" y2="7" stroke-dasharray=${dash || 'none'} />
    ${style ? marker(String(style.pointStyle)) : ''}
  </svg>`;
}

/** The legend as a list, or nothing when a single series needs none. */
export function renderLegend(entries: readonly LegendEntry[]): TemplateResult | string {
  if (entries.length === 0) return '';
  return html`<ul class="legend" part="legend">
    ${entries.map((entry) => html`<li>${swatch(entry)}<span>${entry.label}</span></li>`)}
  </ul>`;
}

/**
 * Draws the legend below a copy of the chart, for an image that leaves the page (a printed
 * report): there the HTML list is not beside it. Returns the canvas to encode.
 */
export function chartWithLegend(
  chart: HTMLCanvasElement,
  entries: readonly LegendEntry[],
  theme: RadarTheme,
  pixelRatio: number,
): HTMLCanvasElement {
  if (entries.length === 0) return chart;
  const scale = Math.max(1, pixelRatio);
  const rowHeight = Math.round(20 * scale);
  const image = chart.ownerDocument.createElement('canvas');
  image.width = chart.width;
  image.height = chart.height + Math.round(8 * scale) + rowHeight * entries.length;
  const context = image.getContext('2d');
  if (!context) return chart;
  context.drawImage(chart, 0, 0);
  context.font = `${Math.round(12 * scale)}px ${theme.fontFamily}`;
  context.textBaseline = 'middle';
  context.lineWidth = 2 * scale;
  entries.forEach((entry, row) => {
    const y = chart.height + Math.round(8 * scale) + rowHeight * row + rowHeight / 2;
    const style = entry.slot === undefined ? undefined : SERIES_STYLES[entry.slot % SERIES_STYLES.length];
    const color =
      entry.slot === undefined
        ? theme.targetColor
        : (theme.seriesColors[entry.slot % theme.seriesColors.length] ?? DEFAULT_SERIES_COLORS[0]!);
    context.strokeStyle = color;
    context.fillStyle = color;
    context.setLineDash((style ? style.dash : TARGET_DASH).map((length) => length * scale));
    context.beginPath();
    context.moveTo(8 * scale, y);
    context.lineTo(40 * scale, y);
    context.stroke();
    context.setLineDash([]);
    if (style) {
      drawPoint(context, { pointStyle: style.pointStyle, radius: 4 * scale, rotation: 0, borderWidth: 2 * scale }, 24 * scale, y);
    }
    context.fillStyle = theme.textColor;
    context.fillText(entry.label, 48 * scale, y);
  });
  return image;
}
