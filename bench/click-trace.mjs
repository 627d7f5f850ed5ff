// Says what one answer makes the browser do, click by click: the style recalculations and
// layouts between the click and the settled page, how many layout objects each layout had to
// visit, and which elements invalidated layout or style and why (Chrome's invalidation
// tracking). The benchmark's click → settled figure is script plus this work; this tool
// splits the second part by the element that caused it.
//
//   node bench/click-trace.mjs --variant ours --criteria 200 [--throttle 1] [--clicks 10] [--cdn dir] [--tasks] [--why]
//
// --tasks lists each click's tasks and their largest parts; --why adds Chrome's invalidation
// tracking (which slows layout by itself) and the script stack of every forced layout.
//
// It builds the pages and the CDN files like `npm run bench` (or takes --cdn <dir>).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/browsers.mjs';
import { buildCdn, buildPages } from './lib/build.mjs';
import { clickTarget } from './lib/measure.mjs';
import { serve } from './lib/server.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));

const { values: options } = parseArgs({
  options: {
    variant: { type: 'string', default: 'ours' },
    criteria: { type: 'string', default: '200' },
    throttle: { type: 'string', default: '1' },
    clicks: { type: 'string', default: '10' },
    top: { type: 'string', default: '20' },
    cdn: { type: 'string' },
    why: { type: 'boolean', default: false },
    tasks: { type: 'boolean', default: false },
  },
});
const criteria = Number(options.criteria);
const clicks = Number(options.clicks);
const top = Number(options.top);

const distDir = await buildPages(benchDir, [criteria]);
const cdnDir = options.cdn ? resolve(options.cdn) : join(distDir, 'cdn');
if (options.variant === 'ours' && !options.cdn && !buildCdn(join(benchDir, '..'), cdnDir)) process.exit(1);
const server = await serve([
  ['/cdn/', cdnDir],
  ['/', distDir],
]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });

// Invalidation tracking slows layout down by itself: asked for with --why only.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(options.why ? ['disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'] : []),
];

/** Which part of the main thread's work an event is, for the split of a click's time. */
function kindOf(name) {
  if (name === 'Layout') return 'layout';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles') return 'style';
  if (['Paint', 'PrePaint', 'Layerize', 'UpdateLayerTree', 'PaintImage', 'Commit', 'RasterTask'].includes(name)) return 'paint';
  return null;
}

/**
 * Self time by kind over the main thread's complete events: an event's time minus that of
 * the events nested in it, so a layout forced inside a script counts as layout, not twice.
 */
function splitByKind(events) {
  const spans = events
    .filter((event) => event.ph === 'X' && kindOf(event.name))
    .map((event) => ({ start: event.ts, end: event.ts + event.dur, kind: kindOf(event.name) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const totals = { busy: 0, script: 0, style: 0, layout: 0, paint: 0 };
  const stack = [];
  for (const span of spans) {
    while (stack.length > 0 && stack.at(-1).end <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) totals[parent.kind] -= (Math.min(span.end, parent.end) - span.start) / 1000;
    totals[span.kind] += (span.end - span.start) / 1000;
    stack.push(span);
  }
  // Whole tasks: what is not style, layout or paint in them is script (or the browser's own).
  for (const event of events) if (event.ph === 'X' && event.name === 'RunTask') totals.busy += event.dur / 1000;
  totals.script = totals.busy - totals.style - totals.layout - totals.paint;
  return totals;
}

/** "nodeName" of an invalidation event, with the reason, e.g. `SPAN.basis: Style changed`. */
function invalidationKey(event) {
  const data = event.args?.data ?? {};
  const node = data.nodeName ?? '?';
  return `${event.name.replace('InvalidationTracking', '')} ${node}: ${data.reason ?? data.invalidationSet?.[0]?.classes ?? ''}`;
}

/** Every task of the click in order, with its largest parts: where the time between goes. */
function printTasks(events) {
  const complete = events.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts);
  const tasks = complete.filter((event) => event.name === 'RunTask' && event.dur > 100);
  const origin = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur && event.dur > 200);
    const parts = inside.map((event) => `${event.name}${event.args?.data?.functionName ? `:${event.args.data.functionName}` : ''} ${(event.dur / 1000).toFixed(1)}`);
    console.log(`  +${((task.ts - origin) / 1000).toFixed(1)} ms task ${(task.dur / 1000).toFixed(1)} ms: ${parts.slice(0, 12).join(', ')}`);
  }
}

const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

try {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(options.throttle) });
  await page.goto(`${server.origin}/${options.variant}-${criteria}.html`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  await page.waitForTimeout(1000);
  // The first click pays for one-time work (formatters, lazy modules); it is left out here as
  // the benchmark reports it apart.
  await page.evaluate(([c, l]) => window.__bench.click(c, l), [1, 1]);
  await page.waitForTimeout(500);

  const layoutTotals = { count: 0, ms: 0, dirty: 0 };
  const styleTotals = { count: 0, ms: 0, elements: 0 };
  const invalidations = new Map();
  const settled = [];
  const split = { busy: [], script: [], style: [], layout: [], paint: [] };
  for (let index = 1; index <= clicks; index += 1) {
    const { criterion, level } = clickTarget(index, clicks + 1, criteria);
    await browser.startTracing(page, { categories: CATEGORIES });
    const result = await page.evaluate(([c, l]) => window.__bench.click(c, l), [criterion, level]);
    const buffer = await browser.stopTracing();
    settled.push(result.ms);
    const events = JSON.parse(buffer.toString('utf8')).traceEvents;
    const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
    const mine = events.filter((event) => event.pid === main?.pid && event.tid === main?.tid);
    const parts = [];
    const byKind = splitByKind(mine);
    for (const kind of Object.keys(split)) split[kind].push(byKind[kind]);
    for (const event of mine) {
      if (event.name === 'Layout' && event.ph === 'X') {
        const begin = event.args?.beginData ?? {};
        layoutTotals.count += 1;
        layoutTotals.ms += event.dur / 1000;
        layoutTotals.dirty += begin.dirtyObjects ?? 0;
        parts.push(`layout ${(event.dur / 1000).toFixed(1)} ms (${begin.dirtyObjects}/${begin.totalObjects} objects)`);
        // A layout that script forced carries the script's stack (with --why).
        const stack = begin.stackTrace ?? event.args?.data?.stackTrace;
        if (stack?.length) parts.push(`forced by ${stack.slice(0, 3).map((frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`).join(' < ')}`);
      } else if ((event.name === 'UpdateLayoutTree' || event.name === 'RecalculateStyles') && event.ph === 'X') {
        const count = event.args?.elementCount ?? 0;
        styleTotals.count += 1;
        styleTotals.ms += event.dur / 1000;
        styleTotals.elements += count;
        parts.push(`style ${(event.dur / 1000).toFixed(1)} ms (${count} elements)`);
      } else if (event.name.endsWith('InvalidationTracking')) {
        add(invalidations, invalidationKey(event), 1);
      }
    }
    if (options.tasks) printTasks(mine);
    console.log(`click ${index} (criterion ${criterion}, level ${level}): settled ${result.ms.toFixed(1)} ms; ${parts.join(', ')}`);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(
    `\nmedian of ${clicks} clicks: settled ${median(settled).toFixed(1)} ms; main thread ` +
      Object.entries(split)
        .map(([kind, list]) => `${kind} ${median(list).toFixed(1)} ms`)
        .join(', '),
  );
  console.log(
    `${clicks} clicks: layout ${layoutTotals.count}× ${layoutTotals.ms.toFixed(1)} ms (${(layoutTotals.dirty / clicks).toFixed(0)} dirty objects a click), ` +
      `style ${styleTotals.count}× ${styleTotals.ms.toFixed(1)} ms (${(styleTotals.elements / clicks).toFixed(0)} elements a click)`,
  );
  if (options.why) console.log(`\ninvalidations over ${clicks} clicks (top ${top}):`);
  if (options.why) for (const [key, count] of [...invalidations].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(count).padStart(6)}  ${key}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
