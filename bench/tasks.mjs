// Lists the long main-thread tasks of a demo page's load, and what each is made of: the
// blocking time Lighthouse reports is the sum over tasks of what each lasts beyond 50 ms (at
// its 4× CPU slowdown), so a task's make-up says where to split it or what to take out.
//
//   node bench/tasks.mjs [--pages index,official] [--throttle 4] [--runs 3] [--min 20]
//
// Builds the demo like `bench/lighthouse.mjs`, serves it gzipped, loads each page in a fresh
// context with a Chrome trace, and prints, for the median run by blocking time, every task
// of at least --min ms: when it started, how long it took, and its largest parts (script
// evaluation by file, function calls by file and name, style, layout, paint, parsing).
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/browsers.mjs';
import { buildDemo, demoPages, serveGzipped } from './lighthouse.mjs';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string' },
    throttle: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
  },
});
const throttle = Number(options.throttle);
const minMs = Number(options.min);

if (!options['no-build'] && !buildDemo()) process.exit(1);
const wanted = options.pages?.split(',');
const pages = demoPages().filter((page) => !wanted || wanted.includes(page.name));
const server = await serveGzipped(await import('node:path').then(({ join }) => join(import.meta.dirname, 'dist', 'demo')));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });

/** The renderer main thread's trace events of one page load. */
async function traceLoad(url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'load' });
  // Work the page starts after load (idle callbacks, deferred chunks) counts too.
  await page.waitForTimeout(3000);
  const buffer = await browser.stopTracing();
  await context.close();
  const events = JSON.parse(buffer.toString('utf8')).traceEvents;
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  return events.filter((event) => event.pid === main?.pid && event.tid === main?.tid && event.ph === 'X');
}

/** What a part of a task is called in the listing. */
function partName(event) {
  const data = event.args?.data ?? {};
  const file = (data.url ?? '').split('/').pop()?.split('?')[0];
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${file || '(inline)'}`;
    case 'FunctionCall':
      return `call ${file || '?'} ${data.functionName || '(anonymous)'}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'FireIdleCallback':
      return 'idle callback';
    case 'RunMicrotasks':
      return 'microtasks';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PaintImage':
    case 'UpdateLayerTree':
    case 'PrePaint':
    case 'Layerize':
      return 'paint';
    case 'ParseHTML':
      return 'parse HTML';
    case 'v8.compile':
    case 'v8.compileModule':
    case 'CompileScript':
      return 'compile';
    case 'EventDispatch':
      return `event ${data.type ?? ''}`;
    default:
      return event.name;
  }
}

/** Top-level tasks with their direct parts, durations in ms. */
function tasksOf(events) {
  const tasks = events.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const origin = events.find((event) => event.name === 'ParseHTML')?.ts ?? tasks[0]?.ts ?? 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = events.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end);
    // Direct parts: not inside another event of the task (besides the task).
    const parts = new Map();
    for (const event of inside) {
      if (event.name === 'RunTask') continue;
      const nested = inside.some(
        (other) => other !== event && other.ts <= event.ts && other.ts + other.dur >= event.ts + event.dur && other.dur > event.dur && isPart(other),
      );
      if (nested || !isPart(event)) continue;
      const name = partName(event);
      parts.set(name, (parts.get(name) ?? 0) + event.dur / 1000);
    }
    return { start: (task.ts - origin) / 1000, ms: task.dur / 1000, parts: [...parts].sort((a, b) => b[1] - a[1]) };
  });
}

function isPart(event) {
  return !['ThreadControllerImpl::RunTask', 'ProfileChunk', 'RunTask'].includes(event.name) && (event.dur ?? 0) > 0;
}

function blockingTime(tasks) {
  return tasks.reduce((sum, task) => sum + Math.max(0, task.ms - 50), 0);
}

for (const { name, path } of pages) {
  const runs = [];
  for (let run = 0; run < Number(options.runs); run += 1) runs.push(tasksOf(await traceLoad(`${server.origin}${path}`)));
  runs.sort((a, b) => blockingTime(a) - blockingTime(b));
  const median = runs[Math.floor(runs.length / 2)];
  console.log(`\n## ${name} (${throttle}× CPU): blocking time ${blockingTime(median).toFixed(0)} ms in the median of ${runs.length} runs (all: ${runs.map((tasks) => blockingTime(tasks).toFixed(0)).join(', ')})`);
  for (const task of median.filter((candidate) => candidate.ms >= minMs)) {
    const parts = task.parts
      .filter(([, ms]) => ms >= 1)
      .slice(0, 8)
      .map(([part, ms]) => `${part} ${ms.toFixed(0)}`)
      .join(' · ');
    console.log(`  at ${task.start.toFixed(0).padStart(5)} ms: ${task.ms.toFixed(0).padStart(4)} ms  ${parts}`);
  }
}
await browser.close();
await server.close();
