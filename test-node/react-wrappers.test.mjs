// merverdi/react: the @lit/react wrappers rendered by React DOM in Chromium, bundled by Vite
// as an app would bundle them. Objects pass as properties, events arrive as typed props.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';

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

const app = (wrappers, core) => `
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Assessment, Radar } from ${JSON.stringify(wrappers)};
import { defaultFramework } from ${JSON.stringify(core)};

function App() {
  const [overall, setOverall] = useState('–');
  const [changes, setChanges] = useState(0);
  return h('main', null,
    h(Assessment, {
      lang: 'nn',
      storage: 'none',
      onMvChange: (event) => {
        setChanges((count) => count + 1);
        setOverall(String(event.detail.assessment.scores.overall));
      },
    }),
    h('p', { role: 'status' }, 'Endringar: ' + changes + ', samla: ' + overall),
    h(Radar, { lang: 'en', framework: defaultFramework, assessments: [] }),
  );
}

createRoot(document.getElementById('app')).render(h(App));
`;

describe('merverdi/react in React DOM', () => {
  let folder;
  let server;
  let browser;
  let origin;

  before(async () => {
    // Inside the project (in the ignored test-results/), so that the bundler resolves React
    // from its node_modules with the browser's export conditions.
    mkdirSync('test-results', { recursive: true });
    folder = resolve(mkdtempSync(join('test-results', 'react-')));
    const entry = join(folder, 'app.js');
    writeFileSync(entry, app(resolve('dist/components/react/index.js'), resolve('dist/core/index.js')));
    await build({
      configFile: false,
      logLevel: 'warn',
      root: process.cwd(),
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: join(folder, 'out'),
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        rolldownOptions: { input: entry, output: { entryFileNames: 'app.js', codeSplitting: false } },
      },
    });
    const page = `<!doctype html><html lang="nn"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React-appen</title></head>
<body><div id="app"></div><script type="module" src="/app.js"></script></body></html>`;
    server = createServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (url.pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page);
      } else if (url.pathname === '/app.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end(readFileSync(join(folder, 'out', 'app.js')));
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

  it('renders the elements, passes objects as properties and hands events to typed props', async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.goto(`${origin}/`);

    // The radar got the framework object as a property: its table names every area.
    const table = tab.getByRole('table', { name: /Score by area/ });
    await table.waitFor({ timeout: 30_000 });
    assert.ok(await table.getByRole('rowheader', { name: "The municipality's long-term goals" }).count() === 1);

    // The assessment renders; choosing a level fires mv-change, which reaches onMvChange.
    const status = tab.getByRole('status').filter({ hasText: 'Endringar:' });
    assert.equal(await status.textContent(), 'Endringar: 0, samla: –');
    const firstGroup = tab.getByRole('group').filter({ has: tab.getByRole('radio', { name: /^Ikkje relevant/ }) }).first();
    await firstGroup.waitFor({ timeout: 30_000 });
    await firstGroup.getByRole('radio').first().check();
    await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.startsWith('Endringar: 1'));
    assert.match(await status.textContent(), /^Endringar: 1, samla: \d+(\.\d+)?$/);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
