import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { collapseHtmlWhitespace } from './scripts/collapse-html-whitespace.mjs';
import { compactCss } from './scripts/compact-css.mjs';
import { languagesOnDemand } from './scripts/languages-on-demand.mjs';

/**
 * The demo: `npm start` serves the repository with `demo/` as the landing page, so the
 * pages import the TypeScript sources directly (`../components/define.ts`) and every edit
 * shows at once. `npm run build:demo` builds every `demo/*.html` into `dist-demo/` for the
 * end-to-end tests, which run against what a visitor would get.
 */

const demoDir = resolve(import.meta.dirname, 'demo');

/**
 * Every page of the demo, keyed by its name: `index.html` (the default layout),
 * `two-columns.html` (a page that lays out the assessment's parts itself), `official.html`,
 * `editor.html`, `workspace.html` and `designsystemet.html`. A new `demo/*.html` is picked up
 * without listing it here.
 */
function demoPages(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(demoDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.slice(0, -'.html'.length), join(demoDir, file)]),
  );
}

/** Sends `/` to the demo, so the address the dev server prints is the one to open. */
function openDemoAtRoot(): Plugin {
  return {
    name: 'merverdi-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.statusCode = 302;
          response.setHeader('Location', '/demo/');
          response.end();
          return;
        }
        next();
      });
    },
  };
}

/** Files the pages fetch at run time (framework JSON for `framework-src` and the like). */
const runtimeAssetTypes = new Set(['.json', '.svg', '.png', '.css', '.txt']);

/**
 * Copies those files next to the built pages: Vite only follows what HTML and modules
 * import, not URLs that an element fetches. Into the folder the build actually writes, which
 * `--outDir` may have moved (the benchmark builds the demo into its own folder).
 */
function copyDemoAssets(): Plugin {
  let outDir = '';
  const copyTree = (from: string, to: string): void => {
    for (const entry of readdirSync(from)) {
      const source = join(from, entry);
      if (statSync(source).isDirectory()) {
        copyTree(source, join(to, entry));
      } else if (runtimeAssetTypes.has(extname(entry))) {
        mkdirSync(to, { recursive: true });
        copyFileSync(source, join(to, entry));
      }
    }
  };
  return {
    name: 'merverdi-demo-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      copyTree(demoDir, join(outDir, 'demo'));
    },
  };
}

/**
 * Keeps the elements' define modules in the demo build. package.json's `sideEffects` names
 * the built ones in `dist/`, so the bundler takes the sources' define modules for
 * side-effect free and drops them, leaving pages without any element.
 */
function keepDefineModules(): Plugin {
  const defineModule = /[\\/]components[\\/](?:[^\\/]+[\\/])?define\.ts$/;
  return {
    name: 'merverdi-demo-keep-define-modules',
    apply: 'build',
    transform(_code, id) {
      return defineModule.test(id) ? { moduleSideEffects: true } : null;
    },
  };
}

const outDir = resolve(import.meta.dirname, 'dist-demo');

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Relative URLs, so the built demo works from any folder a static server puts it in.
  base: './',
  // The built demo collapses template whitespace like the CDN build, so the end-to-end tests
  // run against the markup visitors get.
  plugins: [openDemoAtRoot(), copyDemoAssets(), keepDefineModules(), collapseHtmlWhitespace(), compactCss(), languagesOnDemand()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: demoPages(),
    },
  },
});
