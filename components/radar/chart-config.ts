import type { ChartConfiguration, ChartData, ChartDataset, ChartOptions, PointStyle } from 'chart.js';
import type { Lang } from '../../src/text/lang.js';
import { lineLengthFor, pointLabelFontSize, wrapLabel } from './point-labels.js';
import type { RadarModel } from './series.js';

/**
 * The default series colours. Each has at least 3:1 contrast against white (WCAG 1.4.11,
 * non-text contrast); from blue through red, green, brown, violet, teal, magenta and slate,
 * so that neighbouring series also differ in hue.
 */
export const DEFAULT_SERIES_COLORS: readonly string[] = [
  '#0062ba',
  '#b3261e',
  '#0b6b3a',
  '#8a5300',
  '#6b3fa0',
  '#00708a',
  '#c2185b',
  '#3d4b5c',
];

/** The default colour of the target ring: a grey with 5.4:1 contrast against white. */
export const DEFAULT_TARGET_COLOR = '#5f6b7a';

/**
 * How each series looks besides its colour, so that series can be told apart without
 * seeing colour (WCAG 1.4.1): its own point shape and its own line dash. Beyond eight
 * series the styles repeat; the table still names every series.
 */
export const SERIES_STYLES: readonly { pointStyle: PointStyle; dash: number[] }[] = [
  { pointStyle: 'circle', dash: [] },
  { pointStyle: 'rect', dash: [10, 4] },
  { pointStyle: 'triangle', dash: [2, 3] },
  { pointStyle: 'rectRot', dash: [12, 4, 2, 4] },
  { pointStyle: 'star', dash: [6, 2] },
  { pointStyle: 'crossRot', dash: [1, 6] },
  { pointStyle: 'rectRounded', dash: [16, 4, 2, 4, 2, 4] },
  { pointStyle: 'cross', dash: [8, 3, 8, 8] },
];

/** The target ring's dash: even and short, unlike every series's pattern. */
export const TARGET_DASH: readonly number[] = [5, 5];

/** Colours and font the chart takes from the element's styles at draw time. */
export interface RadarTheme {
  /** One colour per series slot; series beyond the list reuse it from the start. */
  seriesColors: readonly string[];
  targetColor: string;
  textColor: string;
  gridColor: string;
  fontFamily: string;
}

/** What the chart is drawn from: the model, its theme and what the user asked for. */
export interface RadarChartInput {
  model: RadarModel;
  theme: RadarTheme;
  lang: Lang;
  /** The target ring's name, as its dataset's label. */
  targetLabel: string;
  /** The user prefers reduced motion: draw without any animation. */
  reducedMotion: boolean;
}

/** Chart.js data for the model: one dataset per series, then the target ring if drawn. */
export function radarChartData(input: RadarChartInput): ChartData<'radar', (number | null)[], string> {
  const { model, theme } = input;
  const single = model.series.length === 1;
  const datasets: ChartDataset<'radar', (number | null)[]>[] = model.series.map((series, index) => {
    const style = SERIES_STYLES[index % SERIES_STYLES.length] ?? { pointStyle: 'circle', dash: [] };
    const color = theme.seriesColors[index % theme.seriesColors.length] ?? '#0062ba';
    // A fill helps read a lone profile; with several, overlapping fills would hide each other.
    const fill = single ? translucent(color, 0.12) : undefined;
    return {
      label: series.label,
      data: [...series.values],
      borderColor: color,
      backgroundColor: fill ?? color,
      fill: fill !== undefined,
      borderWidth: 2,
      borderDash: [...style.dash],
      pointStyle: style.pointStyle,
      pointRadius: 4,
      pointHoverRadius: 6,
      pointBorderWidth: 2,
      pointBackgroundColor: color,
      pointBorderColor: color,
      // A missing score is a gap in the line, never a point at 0.
      spanGaps: false,
    };
  });
  if (model.target) {
    datasets.push({
      label: input.targetLabel,
      data: [...model.target],
      borderColor: theme.targetColor,
      backgroundColor: theme.targetColor,
      fill: false,
      borderWidth: 2,
      borderDash: [...TARGET_DASH],
      pointStyle: 'line',
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 8,
      spanGaps: false,
    });
  }
  return { labels: model.axes.map((axis) => axis.label), datasets };
}

/**
 * Chart.js options: a 0..100 scale in steps of 25, no animation if asked. No legend or tooltip
 * plugin is registered (see chart-setup.ts); the element writes the legend beside the canvas.
 */
export function radarChartOptions(input: RadarChartInput): ChartOptions<'radar'> {
  const { theme, lang } = input;
  const font = { family: theme.fontFamily, size: 12 };
  return {
    responsive: true,
    // The container's CSS fixes the aspect; the chart fills it (see radar.styles.ts).
    maintainAspectRatio: false,
    locale: lang === 'en' ? 'en-GB' : `${lang}-NO`,
    animation: input.reducedMotion ? false : { duration: 300 },
    // Nothing on the chart answers the pointer (no tooltip): Chart.js need not track it.
    events: [],
    // Chart.js fits the axis names to the canvas only to within a few pixels; a margin keeps
    // the outermost glyphs from being cut at the edge.
    layout: { padding: 10 },
    scales: {
      r: {
        min: 0,
        max: 100,
        beginAtZero: true,
        // The rings are not labelled (the table holds every number), so their labels are never
        // formatted: Chart.js would make an Intl.NumberFormat for them, and the first one a page
        // makes loads the locale's data, measured at a third of the first chart's cost.
        ticks: { stepSize: 25, display: false, callback: () => '' },
        grid: { color: theme.gridColor },
        angleLines: { color: theme.gridColor },
        pointLabels: {
          color: theme.textColor,
          font: (context) => ({ ...font, size: pointLabelFontSize(context.chart.width) }),
          // Called by the scale as it lays itself out, so the lines follow the chart's width.
          callback(this: { width: number }, label: string) {
            return wrapLabel(label, lineLengthFor(this.width));
          },
        },
      },
    },
  };
}

/** The whole Chart.js configuration for a new chart. */
export function radarChartConfig(input: RadarChartInput): ChartConfiguration<'radar', (number | null)[], string> {
  return { type: 'radar', data: radarChartData(input), options: radarChartOptions(input) };
}

/**
 * A hex colour (`#rgb` or `#rrggbb`) with the given opacity, as `rgba()`. Returns undefined for
 * any other notation, in which case the series is drawn without a fill rather than guessed at.
 */
export function translucent(color: string, alpha: number): string | undefined {
  const hex = color.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const value = Number.parseInt(full, 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
