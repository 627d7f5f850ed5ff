import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

// Only the pieces a radar needs, so bundlers can drop the rest of Chart.js (most of its
// size). Registering is idempotent, so loading this module twice does no harm, and it
// changes no Chart.js defaults that a host page's own charts might rely on.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

export { Chart };
