import {
  Chart as ChartJs,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartType,
  type DefaultDataPoint,
} from 'chart.js';

/**
 * Registers only the pieces a radar needs, so bundlers can drop the rest of Chart.js (most of
 * its size). Neither the legend nor the tooltip plugin is among them: the legend is HTML
 * beside the canvas (legend.ts) and the table under the chart holds every value. Registering is idempotent, so loading this module twice does no harm, and it
 * changes no Chart.js defaults that a host page's own charts might rely on.
 */
function withRadarPieces(): typeof ChartJs {
  ChartJs.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
  return ChartJs;
}

/**
 * Chart.js, with the radar's pieces registered. The registration is the initialiser of the
 * export rather than a statement of its own: the package declares its modules free of side
 * effects (package.json `sideEffects`), so a bundler drops a bare top-level `register()`
 * call, and the radar then fails with '"radar" is not a registered controller'. Whoever
 * uses `Chart` now gets the registration with it.
 */
export const Chart = withRadarPieces();

/** The Chart.js instance type, under the same name as the value. */
export type Chart<
  TType extends ChartType = ChartType,
  TData = DefaultDataPoint<TType>,
  TLabel = unknown,
> = ChartJs<TType, TData, TLabel>;
