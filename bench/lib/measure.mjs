// One run: one variant, one framework size, one CPU throttling rate, in a fresh browser
// context. Returns the page's own milestones and the CDP metrics.
import { median } from './stats.mjs';

/** Quiet time after ready and after the clicks, so deferred work does not leak into a figure. */
const SETTLE_MS = 300;

/** Which radio click i hits: criteria spread over the whole form, a level that changes the mean. */
export function clickTarget(index, clicks, criteria) {
  const criterion = Math.floor((index * criteria) / clicks);
  const level = [2, 4, 1, 3, 0][index % 5];
  return { criterion, level };
}

/**
 * Waits for the page's ready mark. Looks from outside once a second (one tiny task in the
 * page) so that a page whose chart never draws fails in seconds rather than at the limit.
 */
async function waitForReady(page, throttle) {
  const started = Date.now();
  const readyMark = page.evaluate(() => window.__bench.ready.then(() => window.__bench.state.readyAt));
  readyMark.catch(() => {});
  for (;;) {
    const readyAt = await Promise.race([readyMark, new Promise((resolve) => setTimeout(resolve, 1000, null))]);
    if (readyAt !== null) return { readyAt, via: await page.evaluate(() => window.__bench.state.readyVia) };
    const seconds = (Date.now() - started) / 1000;
    const draws = await page.evaluate(() => window.__bench.state.draws);
    if (draws === 0 && seconds > 10 * throttle) {
      const { radios, expected } = await page.evaluate(() => ({
        radios: window.__bench.countRadios(),
        expected: Number(document.documentElement.dataset.radios),
      }));
      if (radios >= expected) return { readyAt: NaN, via: 'no draw', why: 'every radio is there but the chart never drew', radios, draws };
    }
    if (seconds > 150) return { readyAt: NaN, via: 'timeout', why: 'not ready after 150 s', radios: NaN, draws };
  }
}

/** JS heap used after a forced GC, and the DOM node count, from CDP. */
async function heapAndNodes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return {
    heap: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
  };
}

/**
 * Measures one page. `url` is the variant's page; `levelLabels` are the labels the clicked
 * radios must begin with (a check that every variant clicks the same answer).
 */
export async function measureRun(browser, { url, criteria, throttle, clicks, levelLabels }) {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const downloads = [];
    page.on('response', (response) => downloads.push({ url: response.url(), status: response.status() }));

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ready = await waitForReady(page, throttle);
    if (!Number.isFinite(ready.readyAt)) {
      problems.push(`not ready: ${ready.why} (radios ${ready.radios}, draws ${ready.draws})`);
    }
    const startupDownloads = downloads.map((entry) => entry.url);
    // Main-thread task time up to now (a diagnostic; the headline figure is the page's mark).
    const atReady = await cdp.send('Performance.getMetrics');
    const taskDurationToReady = atReady.metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? NaN;

    await page.waitForTimeout(SETTLE_MS);
    const afterRender = await heapAndNodes(cdp);

    const clickTimes = [];
    const drawnTimes = [];
    const clickDraws = [];
    for (let index = 0; index < clicks && Number.isFinite(ready.readyAt); index += 1) {
      const { criterion, level } = clickTarget(index, clicks, criteria);
      const result = await page.evaluate(([c, l]) => window.__bench.click(c, l), [criterion, level]);
      if (result.error) problems.push(result.error);
      if (!result.checked) problems.push(`click ${index + 1}: the radio did not become checked`);
      const expected = levelLabels[level];
      if (result.label !== undefined && !result.label.startsWith(expected)) {
        problems.push(`click ${index + 1}: clicked "${result.label}", expected "${expected}…"`);
      }
      if (!Number.isFinite(result.ms)) problems.push(`click ${index + 1}: no redraw within 10 s`);
      clickTimes.push(result.ms);
      drawnTimes.push(result.drawnMs);
      clickDraws.push(result.draws);
    }

    await page.waitForTimeout(SETTLE_MS);
    const afterClicks = await heapAndNodes(cdp);
    const drawState = await page.evaluate(() => ({
      draws: window.__bench.state.draws,
      sources: window.__bench.state.drawSources,
      fullClears: window.__bench.state.fullClears,
    }));

    return {
      ready: ready.readyAt,
      readyVia: ready.via,
      firstClick: clickTimes[0] ?? NaN,
      clicks: clickTimes,
      clickMedian: median(clickTimes.slice(1)),
      clickDrawnMedian: median(drawnTimes.slice(1)),
      clickDraws,
      heapAfterRender: afterRender.heap,
      heapAfterClicks: afterClicks.heap,
      nodesAfterRender: afterRender.nodes,
      nodesAfterClicks: afterClicks.nodes,
      taskDurationToReady: taskDurationToReady * 1000,
      drawState,
      startupDownloads,
      allDownloads: downloads.map((entry) => entry.url),
      failedDownloads: downloads.filter((entry) => entry.status >= 400).map((entry) => `${entry.status} ${entry.url}`),
      problems,
    };
  } finally {
    await context.close();
  }
}
