// The radar the floor and the peer draw: Chart.js with only the radar's pieces registered
// (tree-shaken), animation off, and a plugin that reports every draw to the probe.
import {
  Chart,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Tooltip,
  Legend,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const reportDraw = {
  id: 'benchDraw',
  afterDraw() {
    window.__bench?.drawn('afterDraw');
  },
};

/** The axis scores 0..100 (null when nothing on the axis is answered), in axis order. */
export function axisMeans(framework, values) {
  const levels = framework.scale.levels;
  const min = levels[0].value;
  const max = levels[levels.length - 1].value;
  return framework.dimensions.map((dimension) => {
    let sum = 0;
    let count = 0;
    for (const criterion of dimension.criteria) {
      const value = values.get(criterion.id);
      if (typeof value !== 'number') continue;
      sum += ((value - min) / (max - min)) * 100;
      count += 1;
    }
    return count === 0 ? null : sum / count;
  });
}

/** Draws an empty radar of the framework's axes into `container` and returns the chart. */
export function createRadar(container, framework) {
  const box = document.createElement('div');
  box.style.position = 'relative';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Radar');
  box.append(canvas);
  container.append(box);
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: framework.dimensions.map((dimension) => dimension.title),
      datasets: [{ label: 'Vurdering', data: framework.dimensions.map(() => null), fill: true }],
    },
    options: {
      animation: false,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } },
    },
    plugins: [reportDraw],
  });
}

/** Redraws the chart with the current answers. */
export function updateRadar(chart, framework, values) {
  chart.data.datasets[0].data = axisMeans(framework, values);
  chart.update();
}
