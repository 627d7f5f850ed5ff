// What the Node tests that open the built package in Chromium share: a page served from
// memory beside its bundled script, the browser, and the errors a page reports.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumFlags, chromiumPath } from '../../scripts/browsers.mjs';

/**
 * A fresh folder inside the project (in the ignored test-results/), so that the bundler
 * resolves bare imports from its node_modules with the browser's export conditions.
 * @param {string} prefix
 */
export function scratchFolder(prefix) {
  mkdirSync('test-results', { recursive: true });
  return resolve(mkdtempSync(join('test-results', prefix)));
}

/**
 * Bundles `source` with Vite as an app would, into one unminified file `out/<name>` in
 * `folder`; returns that file's path.
 * @param {string} folder
 * @param {string} name
 * @param {string} source
 * @param {Record<string, string>} [define]
 */
export async function bundleApp(folder, name, source, define = {}) {
  const entry = join(folder, name);
  writeFileSync(entry, source);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: process.cwd(),
    mode: 'production',
    define,
    build: {
      outDir: join(folder, 'out'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      rolldownOptions: { input: entry, output: { entryFileNames: name, codeSplitting: false } },
    },
  });
  return join(folder, 'out', name);
}

/**
 * Serves `html` at `/` and each file of `scripts` (URL path → file on disk, read on each
 * request) as JavaScript, on a free local port; anything else is 404.
 * @param {string} html
 * @param {Record<string, string>} scripts
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function servePage(html, scripts) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (Object.hasOwn(scripts, url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(scripts[url.pathname]));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return listen(server);
}

/**
 * Starts `server` on a free local port.
 * @param {import('node:http').Server} server
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function listen(server) {
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Chromium, found and flagged as every browser test here launches it. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
}

/**
 * Collects what `tab` reports as going wrong: uncaught errors and console errors, and any
 * console message `alsoWhen` picks out.
 * @param {import('playwright-core').Page} tab
 * @param {{ alsoWhen?: (text: string) => boolean, withStack?: boolean }} [options]
 * @returns {string[]} filled as the page runs
 */
export function pageErrors(tab, options = {}) {
  const errors = [];
  tab.on('pageerror', (error) => errors.push(options.withStack ? `${error.message} ${error.stack}` : error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || options.alsoWhen?.(message.text())) errors.push(message.text());
  });
  return errors;
}

/**
 * For a suite that opens an app bundled from the built package: before it, a scratch folder
 * named after `prefix`, the page that `make(folder)` builds there (its HTML and scripts, as
 * `servePage` takes them) served, and Chromium; after it, all three gone. Read `.origin`
 * and `.browser` inside the tests.
 * @param {string} prefix
 * @param {(folder: string) => Promise<{ html: string, scripts: Record<string, string> }>} make
 */
export function useServedApp(prefix, make) {
  const suite = {
    origin: '',
    /** @type {import('playwright-core').Browser} */
    browser: /** @type {any} */ (undefined),
  };
  let folder = '';
  /** @type {Awaited<ReturnType<typeof servePage>> | undefined} */
  let server;
  before(async () => {
    folder = scratchFolder(prefix);
    const { html, scripts } = await make(folder);
    server = await servePage(html, scripts);
    suite.origin = server.origin;
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return suite;
}
