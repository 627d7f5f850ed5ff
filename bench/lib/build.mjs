// Builds the pages of the three variants into bench/dist/: the floor's and the peer's
// bundles (esbuild, minified, production) and one HTML page per variant and size.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeFramework, LEVELS } from './framework.mjs';

const require = createRequire(import.meta.url);

/** Radios per criterion in every variant: one per level plus "not applicable". */
export const RADIOS_PER_CRITERION = LEVELS.length + 1;

/** Inline JSON that cannot close its script element. */
function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Layout shared by the floor and the peer: the questions, the radar beside them. */
const SIDE_BY_SIDE = `
  #app { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; }
  #app > aside { position: sticky; top: 0; align-self: start; }
`;

function page({ title, criteria, drawSignal = 'afterDraw', head = '', body }) {
  return `<!doctype html>
<html lang="nb" data-radios="${criteria * RADIOS_PER_CRITERION}" data-radios-per-criterion="${RADIOS_PER_CRITERION}" data-draw-signal="${drawSignal}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<script src="/probe.js"></script>
<script src="/canvas-probe.js"></script>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const pages = {
  floor: (framework, criteria) =>
    page({
      title: `floor ${criteria}`,
      criteria,
      head: `<style>${SIDE_BY_SIDE}</style>\n<script type="module" src="/floor.js"></script>`,
      body: `<script type="application/json" id="framework">${inlineJson(framework)}</script>\n<div id="app"></div>`,
    }),
  peer: (framework, criteria) =>
    page({
      title: `peer ${criteria}`,
      criteria,
      head: `<link rel="stylesheet" href="/survey-core.fontless.min.css">\n<style>${SIDE_BY_SIDE}</style>\n<script type="module" src="/peer.js"></script>`,
      body: `<script type="application/json" id="framework">${inlineJson(framework)}</script>\n<div id="app"></div>`,
    }),
  ours: (framework, criteria) =>
    page({
      title: `ours ${criteria}`,
      criteria,
      drawSignal: 'clearRect',
      head: `<script type="module" src="/cdn/merverdi.js"></script>`,
      body: `<mv-assessment storage="none" lang="nb"><script type="application/json">${inlineJson(framework)}</script></mv-assessment>`,
    }),
};

/**
 * Writes bench/dist/: probe scripts, bundles and `<variant>-<criteria>.html` pages.
 * Returns the bundle sizes esbuild reported, for the log.
 */
export async function buildPages(benchDir, criteriaCounts) {
  const out = join(benchDir, 'dist');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  await build({
    entryPoints: {
      floor: join(benchDir, 'pages/floor/main.js'),
      peer: join(benchDir, 'pages/peer/main.js'),
    },
    outdir: out,
    bundle: true,
    splitting: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

  copyFileSync(join(benchDir, 'pages/probe.js'), join(out, 'probe.js'));
  copyFileSync(join(benchDir, 'pages/canvas-probe.js'), join(out, 'canvas-probe.js'));
  copyFileSync(require.resolve('survey-core/survey-core.fontless.min.css'), join(out, 'survey-core.fontless.min.css'));

  for (const criteria of criteriaCounts) {
    const framework = makeFramework(criteria);
    for (const [variant, render] of Object.entries(pages)) {
      writeFileSync(join(out, `${variant}-${criteria}.html`), render(framework, criteria));
    }
  }
  return out;
}

/**
 * Builds ours: the product's CDN files, with the release configuration (vite.config.ts, the
 * CDN step of `npm run build`), into `outDir` rather than dist/cdn/, so that a build running
 * elsewhere in the working tree cannot change the files under a measurement.
 * Returns true when the build succeeded.
 */
export function buildCdn(rootDir, outDir) {
  const vite = join(rootDir, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--config', 'vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: rootDir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return built.status === 0;
}
