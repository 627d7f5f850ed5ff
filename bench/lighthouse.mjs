// Lighthouse on the built demo, as an outside judge beside the benchmark: its default mobile
// emulation (simulated slow 4G and 4× CPU), every page of `demo/`, served gzipped from
// 127.0.0.1 as a kommune's web server would serve them. Writes bench/lighthouse.md and prints it.
//
//   node bench/lighthouse.mjs [--runs 3] [--pages index,official]
//
// Budgets (set by the product's owners, 2026-11-30): cumulative layout shift ≤ 0.05, total
// blocking time ≤ 200 ms and a performance score ≥ 90 on every demo page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { summary } from './lib/stats.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const rootDir = join(benchDir, '..');
const demoOut = join(benchDir, 'dist', 'demo');

export const LIGHTHOUSE_BUDGETS = Object.freeze([
  { key: 'cls', label: 'cumulative layout shift', limit: 0.05, atMost: true },
  { key: 'tbt', label: 'total blocking time (ms)', limit: 200, atMost: true },
  { key: 'performance', label: 'performance score', limit: 90, atMost: false },
]);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1, gzipped when the client accepts it, as any real host would. */
export async function serveGzipped(dir) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!(file === dir || file.startsWith(dir + sep)) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    let body = readFileSync(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Builds the demo as a visitor gets it, into the benchmark's own folder. */
export function buildDemo() {
  const vite = join(rootDir, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--config', 'vite.demo.config.ts', '--outDir', demoOut, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: rootDir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return built.status === 0;
}

/** The demo's pages, as paths below the built demo's root. */
export function demoPages() {
  const candidates = [join(demoOut, 'demo'), demoOut];
  const dir = candidates.find((candidate) => existsSync(candidate) && readdirSync(candidate).some((file) => file.endsWith('.html')));
  if (!dir) return [];
  const prefix = dir === demoOut ? '/' : '/demo/';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.html'.length), path: `${prefix}${file}` }));
}

/** Runs Lighthouse once on `url` with its defaults (mobile emulation, simulated throttling). */
async function audit(lighthouse, port, url) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round((categories.performance.score ?? NaN) * 100),
    accessibility: Math.round((categories.accessibility.score ?? NaN) * 100),
    tbt: audits['total-blocking-time'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    shifts: (audits['layout-shifts']?.details?.items ?? []).slice(0, 3).map((item) => item.node?.selector ?? item.node?.snippet ?? '?'),
  };
}

/** Evaluates the budgets on one page's medians. */
export function judge(medians) {
  return LIGHTHOUSE_BUDGETS.map((budget) => {
    const value = medians[budget.key];
    const holds = Number.isFinite(value) && (budget.atMost ? value <= budget.limit : value >= budget.limit);
    return { ...budget, value, verdict: Number.isFinite(value) ? (holds ? 'holds' : 'DOES NOT HOLD') : 'not measured' };
  });
}

function fmt(key, value) {
  if (!Number.isFinite(value)) return '–';
  if (key === 'cls') return value.toFixed(3);
  if (key === 'performance' || key === 'accessibility') return String(Math.round(value));
  return `${Math.round(value)}`;
}

export async function runLighthouse({ runs = 3, only } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  if (!buildDemo()) throw new Error('the demo did not build');
  let pages = demoPages();
  if (only) pages = pages.filter((page) => only.includes(page.name));
  const server = await serveGzipped(demoOut);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  try {
    for (const page of pages) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        samples.push(await audit(lighthouse, chrome.port, `${server.origin}${page.path}`));
        console.error(`lighthouse: ${page.name} run ${run + 1}: performance ${samples.at(-1).performance}, CLS ${samples.at(-1).cls.toFixed(3)}, TBT ${Math.round(samples.at(-1).tbt)} ms`);
      }
      const medians = Object.fromEntries(
        ['performance', 'accessibility', 'tbt', 'lcp', 'fcp', 'cls'].map((key) => [key, summary(samples.map((sample) => sample[key])).median]),
      );
      results.push({ page: page.name, medians, samples, budgets: judge(medians) });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return results;
}

export function renderLighthouse(results, meta) {
  const lines = ['# Lighthouse on the built demo', ''];
  lines.push(`Command: \`${meta.command}\` · ${meta.date} · Lighthouse ${meta.version}, default mobile emulation (simulated throttling) · ${meta.runs} runs per page, medians · served gzipped from 127.0.0.1`, '');
  const all = results.flatMap((result) => result.budgets);
  const held = all.filter((budget) => budget.verdict === 'holds').length;
  lines.push(`**${held} of ${all.length} budgets hold** (CLS ≤ 0.05, TBT ≤ 200 ms, performance ≥ 90 on every page).`, '');
  lines.push('| page | performance | accessibility | TBT (ms) | LCP (ms) | FCP (ms) | CLS | budgets not holding |', '|---|---|---|---|---|---|---|---|');
  for (const { page, medians, budgets } of results) {
    const failing = budgets.filter((budget) => budget.verdict !== 'holds').map((budget) => `${budget.label} ${fmt(budget.key, budget.value)}`);
    lines.push(
      `| ${page} | ${fmt('performance', medians.performance)} | ${fmt('accessibility', medians.accessibility)} | ${fmt('tbt', medians.tbt)} | ${fmt('lcp', medians.lcp)} | ${fmt('fcp', medians.fcp)} | ${fmt('cls', medians.cls)} | ${failing.join('; ') || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, pages: { type: 'string' } } });
  const runs = Number(values.runs);
  const results = await runLighthouse({ runs, only: values.pages?.split(',') });
  const { version } = JSON.parse(readFileSync(join(benchDir, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  const report = renderLighthouse(results, {
    command: `node bench/lighthouse.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    version,
    runs,
  });
  writeFileSync(join(benchDir, 'lighthouse.md'), report);
  console.log(report);
}
