// A draw signal that needs no access to the page's Chart.js. The CDN file bundles its own
// Chart.js, so a page cannot register a plugin with it. Chart.js starts every draw by
// clearing the whole canvas (Chart#draw → clear → clearCanvas → clearRect(0, 0, width,
// height)) and then draws synchronously (animation is off under prefers-reduced-motion,
// which the benchmark emulates), so a full-canvas clearRect marks a draw whose pixels are
// complete by the end of the same task: the moment an afterDraw plugin would report.
//
// Every variant loads this probe. Where the page says data-draw-signal="clearRect" (ours)
// it reports draws to the probe; elsewhere (floor, peer: they report from an afterDraw
// plugin) it only counts them, so that each run checks this signal against afterDraw.
(() => {
  const report = document.documentElement.dataset.drawSignal === 'clearRect';
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function benchClearRect(x, y, width, height) {
    const result = clearRect.call(this, x, y, width, height);
    const canvas = this.canvas;
    const whole = x === 0 && y === 0 && width === canvas.width && height === canvas.height;
    if (whole && width > 0 && height > 0 && window.__bench) {
      window.__bench.state.fullClears += 1;
      if (report) window.__bench.drawn('clearRect');
    }
    return result;
  };
})();
