// Profiles one variant to find where its time goes: a CDP CPU profile of the load (navigation
// → ready) and of the clicks, with self time per function mapped back through the source map
// to the original file, plus the renderer's style/layout counters for each phase.
//
//   node bench/profile.mjs --variant ours --criteria 200 --throttle 1 [--clicks 20] [--top 25]
//
// It builds the pages and the CDN files like `npm run bench` (or takes --cdn <dir>). The raw profiles
// are written to bench/dist/profiles/ and open in the browser's DevTools (Performance panel).
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/browsers.mjs';
import { SourceMapConsumer } from 'source-map-js';
import { buildCdn, buildPages } from './lib/build.mjs';
import { LEVELS, NOT_APPLICABLE } from './lib/framework.mjs';
import { clickTarget } from './lib/measure.mjs';
import { fileForPath, serve } from './lib/server.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));

const { values: options } = parseArgs({
  options: {
    variant: { type: 'string', default: 'ours' },
    criteria: { type: 'string', default: '200' },
    throttle: { type: 'string', default: '1' },
    clicks: { type: 'string', default: '20' },
    top: { type: 'string', default: '25' },
    cdn: { type: 'string' },
  },
});
const criteria = Number(options.criteria);
const clicks = Number(options.clicks);
const top = Number(options.top);

const distDir = await buildPages(benchDir, [criteria]);
const cdnDir = options.cdn ? resolve(options.cdn) : join(distDir, 'cdn');
if (options.variant === 'ours' && !options.cdn && !buildCdn(join(benchDir, '..'), cdnDir)) process.exit(1);
const roots = [
  ['/cdn/', cdnDir],
  ['/', distDir],
];
const server = await serve(roots);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...chromiumFlags],
});

/** Source maps of the served bundles, by URL, loaded on first use. */
const maps = new Map();
function mapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let consumer = null;
  try {
    const file = fileForPath(roots, new URL(url).pathname);
    if (file && existsSync(`${file}.map`)) consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  } catch {
    consumer = null;
  }
  maps.set(url, consumer);
  return consumer;
}

/** Where a profile node's function comes from, in original terms when a source map exists. */
function origin(frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return { fn: functionName || '(anonymous)', file: functionName.startsWith('(') ? functionName : '(native)' };
  const map = mapFor(url);
  if (map && lineNumber >= 0) {
    const position = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (position.source) {
      const file = position.source.replace(/^(\.\.\/)+/, '');
      return { fn: `${position.name || functionName || '(anonymous)'} ${file}:${position.line}`, file };
    }
  }
  return { fn: `${functionName || '(anonymous)'} ${basename(new URL(url).pathname)}:${lineNumber + 1}:${columnNumber + 1}`, file: basename(new URL(url).pathname) };
}

/** Self time per function and per source file, in ms. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    self.set(profile.samples[index], (self.get(profile.samples[index]) ?? 0) + delta);
  }
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, ms] of self) {
    const { fn, file } = origin(byId.get(id).callFrame);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const group = file.includes('node_modules/') ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : file;
    byFile.set(group, (byFile.get(group) ?? 0) + ms);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile) };
}

/**
 * Total time (self and callees) per function of the project's own source (`src/`,
 * `components/`): where the time of a phase is spent in the product's terms, including the
 * Chart.js, Lit and browser work each of its functions causes. Recursion is counted once.
 */
function ownInclusiveTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  for (let index = 0; index < profile.samples.length; index += 1) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    self.set(profile.samples[index], (self.get(profile.samples[index]) ?? 0) + delta);
  }
  const names = new Map();
  const nameOf = (id) => {
    if (!names.has(id)) {
      const { fn, file } = origin(byId.get(id).callFrame);
      names.set(id, /^(src|components)\//.test(file) ? fn : null);
    }
    return names.get(id);
  };
  const total = new Map();
  for (const [id, ms] of self) {
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const name = nameOf(node);
      if (name && !seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
      }
    }
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((entry) => [entry.name, entry.value]));
}

function printPhase(title, profile, before, after) {
  const { byFunction, byFile } = selfTimes(profile);
  const total = byFunction.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n## ${title}: ${total.toFixed(0)} ms sampled`);
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  console.log(
    `renderer: task ${(delta('TaskDuration') * 1000).toFixed(0)} ms, style ${(delta('RecalcStyleDuration') * 1000).toFixed(0)} ms in ${delta('RecalcStyleCount')} recalcs, ` +
      `layout ${(delta('LayoutDuration') * 1000).toFixed(0)} ms in ${delta('LayoutCount')} layouts, nodes ${after.Nodes}`,
  );
  console.log('\nself time by source (package or file):');
  for (const [file, ms] of byFile.slice(0, 15)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${file}`);
  console.log(`\nself time by function (top ${top}):`);
  for (const [fn, ms] of byFunction.slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
  const own = ownInclusiveTimes(profile);
  if (own.length > 0) {
    console.log(`\ntotal time (with callees) by the product's own functions (top ${top}):`);
    for (const [fn, ms] of own.slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
  }
}

try {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(options.throttle) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const outDir = join(distDir, 'profiles');
  mkdirSync(outDir, { recursive: true });
  const name = `${options.variant}-${criteria}-x${options.throttle}`;

  const m0 = await metrics(cdp);
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/${options.variant}-${criteria}.html`, { waitUntil: 'domcontentloaded' });
  const readyAt = await page.evaluate(() => window.__bench.ready.then(() => window.__bench.state.readyAt));
  const { profile: load } = await cdp.send('Profiler.stop');
  const m1 = await metrics(cdp);
  writeFileSync(join(outDir, `${name}-load.cpuprofile`), JSON.stringify(load));
  printPhase(`${name}: load, ready at ${readyAt.toFixed(0)} ms`, load, m0, m1);

  await page.waitForTimeout(300);
  const levelLabels = [...LEVELS.map((level) => level.label), NOT_APPLICABLE];
  const m2 = await metrics(cdp);
  await cdp.send('Profiler.start');
  const times = [];
  for (let index = 0; index < clicks; index += 1) {
    const { criterion, level } = clickTarget(index, clicks, criteria);
    const result = await page.evaluate(([c, l]) => window.__bench.click(c, l), [criterion, level]);
    if (!result.label?.startsWith(levelLabels[level])) console.error(`click ${index + 1}: clicked "${result.label}"`);
    times.push(result.ms);
  }
  const { profile: clicking } = await cdp.send('Profiler.stop');
  const m3 = await metrics(cdp);
  writeFileSync(join(outDir, `${name}-clicks.cpuprofile`), JSON.stringify(clicking));
  printPhase(`${name}: ${clicks} clicks, settled in ${times.map((ms) => ms.toFixed(0)).join(' ')} ms`, clicking, m2, m3);
  console.log(`\nprofiles: ${outDir}/${name}-{load,clicks}.cpuprofile`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
