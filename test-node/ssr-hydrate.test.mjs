// A server-rendered page hydrating in Chromium: Node renders the elements with @lit-labs/ssr
// into declarative shadow DOM, a page loads Lit's hydrate support and the built elements (bundled
// by Vite as an app would), and the elements take over the markup without a mismatch, then
// work. Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { chromium } from 'playwright-core';
import { build } from 'vite';

await import('merverdi/define');

/** The browser to drive: CHROME_PATH wins, then the usual install locations. */
function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium or Chrome found: install one or set CHROME_PATH.');
  return found;
}

describe('a server-rendered page in the browser', () => {
  let folder;
  let server;
  let browser;
  let origin;
  let page;

  before(async () => {
    // Inside the project (in the ignored test-results/), so that the bundler resolves bare
    // imports from its node_modules with the browser's export conditions.
    mkdirSync('test-results', { recursive: true });
    folder = resolve(mkdtempSync(join('test-results', 'ssr-')));
    // The app's client bundle: hydrate support first, so Lit hydrates instead of re-rendering.
    const entry = join(folder, 'client.js');
    writeFileSync(
      entry,
      ['@lit-labs/ssr-client/lit-element-hydrate-support.js', resolve('dist/components/define.js')]
        .map((module) => `import ${JSON.stringify(module)};\n`)
        .join(''),
    );
    await build({
      configFile: false,
      logLevel: 'warn',
      root: process.cwd(),
      mode: 'production',
      build: {
        outDir: join(folder, 'out'),
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        rolldownOptions: { input: entry, output: { entryFileNames: 'client.js', codeSplitting: false } },
      },
    });

    const body = await collectResult(
      render(html`
        <main>
          <h1>Kommunen si side</h1>
          <mv-compare lang="nn"></mv-compare>
          <mv-radar lang="nn"></mv-radar>
          <mv-assessment lang="nn" storage="none"></mv-assessment>
        </main>
      `),
    );
    page = `<!doctype html>
<html lang="nn">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kommunen si side</title></head>
  <body>${body}<script type="module" src="/client.js"></script></body>
</html>`;

    server = createServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (url.pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page);
      } else if (url.pathname === '/client.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(readFileSync(join(folder, 'out', 'client.js')));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: findChrome(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done()));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('shows the rendered elements before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${origin}/`);
    await tab.getByRole('heading', { name: 'Samanlikning av tilbod' }).waitFor({ timeout: 10_000 });
    assert.equal(await tab.getByText('Det er ingen område å vise enno.').count(), 1);
    assert.equal(await tab.getByText('Lastar vurderingsskjemaet …').count(), 1);
    await context.close();
  });

  it('hydrates without a mismatch, and the elements then work', async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(`${error.message} ${error.stack}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(message.text());
    });
    await tab.goto(`${origin}/`);
    // The assessment, once live, loads the default framework and shows its questions.
    await tab.getByRole('radio', { name: /^Ikkje relevant/ }).first().waitFor({ timeout: 30_000 });
    const hydrated = await tab.evaluate(() =>
      ['mv-compare', 'mv-radar', 'mv-assessment'].map((tag) => {
        const element = document.querySelector(tag);
        return { tag, defined: customElements.get(tag) !== undefined, shadow: element.shadowRoot !== null, updated: element.hasUpdated };
      }),
    );
    assert.deepEqual(errors, []);
    for (const state of hydrated) assert.deepEqual(state, { tag: state.tag, defined: true, shadow: true, updated: true });
    assert.equal(await tab.getByRole('heading', { name: 'Samanlikning av tilbod' }).count(), 1, 'rendered once, not twice');
    await tab.close();
  });
});
