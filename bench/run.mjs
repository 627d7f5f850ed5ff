// `npm run bench`: measures <mv-assessment> (ours) against the least code that can do the job
// (floor) and SurveyJS (peer) on the same generated framework, in Debian's Chromium, and
// writes bench/results.md. The method is described in bench/README.md.
//
// Options: --runs 5  --clicks 20  --criteria 30,200  --throttle 1,4
//          --variants ours,floor,peer
//          --cdn <dir> (measure this folder's merverdi.js as ours instead of building it)
//          --lighthouse-runs 3 (Lighthouse on every demo page afterwards; 0 leaves it out)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(benchDir, '..');

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    clicks: { type: 'string', default: '20' },
    criteria: { type: 'string', default: '30,200' },
    throttle: { type: 'string', default: '1,4' },
    variants: { type: 'string', default: 'ours,floor,peer' },
    cdn: { type: 'string' },
    // Lighthouse on the built demo after the benchmark (bench/lighthouse.mjs); 0 leaves it out.
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const runsPerCell = Number(options.runs);
const clicks = Number(options.clicks);
const criteriaCounts = options.criteria.split(',').map(Number);
const throttles = options.throttle.split(',').map(Number);
let variants = options.variants.split(',');

function step(message) {
  console.error(`bench: ${message}`);
}

// The benchmark's own dependencies live in bench/node_modules, apart from the product's.
const needed = ['playwright-core', 'esbuild', 'chart.js', 'survey-core', 'survey-js-ui', 'source-map-js', 'lighthouse'];
if (!needed.every((name) => existsSync(join(benchDir, 'node_modules', name, 'package.json')))) {
  step('installing the benchmark dependencies (npm ci --prefix bench)');
  const install = spawnSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const { chromium } = await import('playwright-core');
const { chromiumFlags, chromiumPath } = await import('../scripts/browsers.mjs');
const { buildCdn, buildPages } = await import('./lib/build.mjs');
const { serve, fileForPath } = await import('./lib/server.mjs');
const { measureRun } = await import('./lib/measure.mjs');
const { fileSize, totalSize } = await import('./lib/sizes.mjs');
const { LEVELS, NOT_APPLICABLE } = await import('./lib/framework.mjs');
const { VARIANTS, budgets, cellKey, cellName, evaluate, renderReport } = await import('./lib/report.mjs');

const notes = [];

step('building the floor and the peer (esbuild, minified)');
const distDir = await buildPages(benchDir, criteriaCounts);

// Ours is the product's CDN build, made afresh into bench/dist/cdn/ (see buildCdn).
const cdnDir = options.cdn ? resolve(options.cdn) : join(distDir, 'cdn');
if (variants.includes('ours')) {
  if (!options.cdn) {
    step('building the CDN files (vite build --config vite.config.ts --outDir bench/dist/cdn)');
    if (!buildCdn(rootDir, cdnDir)) {
      step('the CDN build failed; fix it, or measure an existing build with --cdn <dir>');
      process.exit(1);
    }
  }
  const entry = join(cdnDir, 'merverdi.js');
  if (!existsSync(entry)) {
    step(`${entry} does not exist: measuring the floor and the peer only`);
    notes.push(`ours was not measured: ${entry} does not exist.`);
    variants = variants.filter((variant) => variant !== 'ours');
  }
}

const roots = [
  ['/cdn/', cdnDir],
  ['/', distDir],
];
const server = await serve(roots);

const executablePath = chromiumPath();
const browser = await chromium.launch({ executablePath, args: [...chromiumFlags] });
const browserVersion = browser.version();

const cells = [];
for (const criteria of criteriaCounts) for (const throttle of throttles) cells.push({ criteria, throttle });
const runs = {};
const levelLabels = [...LEVELS.map((level) => level.label), NOT_APPLICABLE];
const allProblems = [];
const started = performance.now();

try {
  for (const cell of cells) {
    runs[cellKey(cell)] = Object.fromEntries(variants.map((variant) => [variant, []]));
    // Round 0 is the warm-up and is discarded; then A B C, C B A, A B C, …
    for (let round = 0; round <= runsPerCell; round += 1) {
      const order = round % 2 === 1 ? [...variants].reverse() : variants;
      for (const variant of order) {
        const url = `${server.origin}/${variant}-${cell.criteria}.html`;
        // The warm-up only needs to load the page and exercise the click path once or twice.
        const result = await measureRun(browser, { url, ...cell, clicks: round === 0 ? 2 : clicks, levelLabels });
        for (const problem of result.problems) allProblems.push(`${variant}, ${cellName(cell)}, round ${round}: ${problem}`);
        if (round > 0) runs[cellKey(cell)][variant].push(result);
        step(
          `${cellName(cell).padEnd(36)} ${round === 0 ? 'warm-up' : `run ${round}  `} ${variant.padEnd(5)} ` +
            `ready ${result.ready.toFixed(0).padStart(5)} ms  click ${result.clickMedian.toFixed(1).padStart(6)} ms  ` +
            `heap ${(result.heapAfterRender / 1048576).toFixed(1)} MiB  nodes ${result.nodesAfterRender}`,
        );
      }
    }
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
const elapsed = (performance.now() - started) / 1000;

// Size: what each variant downloaded before it was ready, less the page and the probes.
const probes = new Set(['probe.js', 'canvas-probe.js']);
const sizes = {};
const checks = [];
for (const variant of variants) {
  const first = runs[cellKey(cells[0])][variant][0];
  if (!first) continue;
  const isCode = (url) => {
    const { pathname, protocol } = new URL(url);
    return protocol.startsWith('http') && !pathname.endsWith('.html') && !probes.has(basename(pathname));
  };
  const variantRuns = Object.values(runs).flatMap((cell) => cell[variant] ?? []);
  const downloads = variantRuns.map((run) => new Set(run.startupDownloads.filter(isCode)));
  // What the page needs before it is ready: the files every run downloaded by then. A file
  // only some runs fetched before ready was not needed for it (ours preloads its print code
  // when the browser is idle after `load`, which may fall just before the probe's ready).
  const startup = [...new Set(first.startupDownloads.filter(isCode))].filter((url) => downloads.every((set) => set.has(url)));
  const files = startup.map((url) => {
    const file = fileForPath(roots, new URL(url).pathname);
    return { name: basename(file), ...fileSize(file) };
  });
  const later = [...new Set(first.allDownloads.filter(isCode))].filter((url) => !startup.includes(url));
  sizes[variant] = { files, total: totalSize(files), lazy: later.map((url) => basename(new URL(url).pathname)) };
  const extra = new Map();
  for (const set of downloads) {
    for (const url of set) if (!startup.includes(url)) extra.set(url, (extra.get(url) ?? 0) + 1);
  }
  for (const [url, count] of extra) {
    checks.push(`${variant}: ${count} of ${variantRuns.length} runs had also fetched \`${basename(new URL(url).pathname)}\` by ready; it is not counted in the size, as the other runs were ready without it.`);
  }
}

// Sanity checks that keep the figures honest.
for (const cell of cells) {
  for (const variant of variants) {
    const cellRuns = runs[cellKey(cell)][variant];
    const vias = cellRuns.map((run) => run.readyVia);
    const byFrame = vias.filter((via) => via === 'frame').length;
    if (byFrame) checks.push(`${variant}, ${cellName(cell)}: ready was detected by the once-a-frame fallback in ${byFrame} of ${vias.length} runs (radios arrived after the last draw; the figure may be late by up to a frame).`);
    const multi = cellRuns.flatMap((run) => run.clickDraws).filter((draws) => draws > 1).length;
    if (multi) checks.push(`${variant}, ${cellName(cell)}: ${multi} clicks drew the chart more than once before settling.`);
    if (variant !== 'ours') {
      const mismatch = cellRuns.filter((run) => run.drawState.fullClears !== run.drawState.draws).length;
      checks.push(
        mismatch
          ? `${variant}, ${cellName(cell)}: in ${mismatch} runs the full-canvas clears (ours' draw signal) did not match the afterDraw count.`
          : `${variant}, ${cellName(cell)}: full-canvas clears equal afterDraw calls in every run (${cellRuns[0]?.drawState.draws} draws in the first), which validates ours' draw signal.`,
      );
    }
  }
}
const problemCounts = new Map();
for (const problem of allProblems) problemCounts.set(problem, (problemCounts.get(problem) ?? 0) + 1);
if (allProblems.length === 0) checks.push('No page errors, console errors, missed redraws or mislabelled clicks; every clicked radio was checked and named as expected.');
for (const [problem] of [...problemCounts].slice(0, 30)) checks.push(`Problem: ${problem}`);
if (problemCounts.size > 30) checks.push(`… and ${problemCounts.size - 30} more problems.`);

const evaluated = evaluate(budgets(cells), runs, sizes);
const report = renderReport({
  meta: {
    command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    browser: `Chromium ${browserVersion}`,
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}; measured in ${Math.round(elapsed)} s`,
    runs: runsPerCell,
    clicks,
    notes,
  },
  cells,
  runs,
  sizes,
  evaluated,
  checks,
});
let lighthouseReport = '';
const lighthouseRuns = Number(options['lighthouse-runs']);
if (lighthouseRuns > 0) {
  step(`Lighthouse on the built demo (${lighthouseRuns} runs per page)`);
  const { runLighthouse, renderLighthouse } = await import('./lighthouse.mjs');
  const { version } = JSON.parse(readFileSync(join(benchDir, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  const results = await runLighthouse({ runs: lighthouseRuns });
  lighthouseReport = renderLighthouse(results, {
    command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    version,
    runs: lighthouseRuns,
  }).replace(/^# /, '## ');
}
writeFileSync(join(benchDir, 'results.md'), lighthouseReport ? `${report}\n${lighthouseReport}` : report);
// The raw runs, for a closer look; not committed.
writeFileSync(join(distDir, 'results.json'), JSON.stringify({ cells, sizes, evaluated, runs }, null, 1));
console.log(lighthouseReport ? `${report}\n${lighthouseReport}` : report);
