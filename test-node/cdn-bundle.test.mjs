// The CDN file as a kommune's page uses it: one script tag (here two, as happens when a CMS
// template and a page both add it), served over HTTP from a local server, in real Chromium.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, listen, pageErrors } from './helpers/browser-page.mjs';

const cdnDir = 'dist/cdn';

const page = `<!doctype html>
<html lang="nn">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Kommunen si side</title></head>
  <body>
    <script type="module" src="/merverdi/merverdi.js"></script>
    <script type="module" src="/merverdi/merverdi.js?cms-template"></script>
    <mv-assessment storage="none"></mv-assessment>
  </body>
</html>`;

// A framework with errors, inline: the validator's messages are not in the start-up files,
// so this shows that they load from their own chunk when there are problems to show.
const brokenPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A kommune's page</title></head>
  <body>
    <script type="module" src="/merverdi/merverdi.js"></script>
    <mv-assessment storage="none"><script type="application/json">
      {"format": "merverdi-framework", "version": 1, "id": "broken", "title": "Broken", "dimensions": [], "extra": 1}
    </script></mv-assessment>
  </body>
</html>`;

const contentTypes = { '.js': 'text/javascript', '.map': 'application/json' };

/** Serves the test pages at / and /broken, and dist/cdn/ under /merverdi/, as a kommune's site would. */
function serve(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  const html = { '/': page, '/broken': brokenPage }[url.pathname];
  if (html !== undefined) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
    return;
  }
  const file = normalize(url.pathname.replace(/^\/merverdi\//, ''));
  const path = join(cdnDir, file);
  if (!url.pathname.startsWith('/merverdi/') || file.startsWith('..') || !existsSync(path)) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
}

describe('dist/cdn/merverdi.js on a page', () => {
  let server;
  let browser;
  let origin;

  before(async () => {
    server = await listen(createServer(serve));
    origin = server.origin;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the default assessment in the page language, loaded twice without an error', async () => {
    const tab = await browser.newPage();
    const errors = pageErrors(tab);
    await tab.goto(`${origin}/`);

    // Each criterion is a radio group with a "not applicable" choice, in nynorsk here.
    await tab.getByRole('radio', { name: /^Ikkje relevant/ }).first().waitFor({ timeout: 30_000 });
    assert.ok((await tab.getByRole('radio').count()) > 0);
    // The chart's text alternative is there too.
    assert.ok((await tab.getByRole('table').count()) > 0);

    const defined = await tab.evaluate(() =>
      ['mv-assessment', 'mv-radar'].filter((tag) => globalThis.customElements.get(tag) !== undefined),
    );
    assert.deepEqual(defined, ['mv-assessment', 'mv-radar']);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('shows the problems of a broken framework with the validator\'s messages', async () => {
    const tab = await browser.newPage();
    const errors = pageErrors(tab);
    await tab.goto(`${origin}/broken`);

    const alert = tab.getByRole('alert');
    await alert.getByText('The framework has 0 areas; the radar chart needs at least 3.').waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), /The field "extra" is unknown and is not used\./);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('fetches the notes after start-up, and shows a criterion\'s notes once it is answered', async () => {
    const tab = await browser.newPage();
    const errors = pageErrors(tab);
    const requested = [];
    tab.on('request', (request) => requested.push({ file: new URL(request.url()).pathname.split('/').pop(), at: Date.now() }));
    let loadedAt = Infinity;
    tab.on('load', () => (loadedAt = Date.now()));
    await tab.goto(`${origin}/`);
    const firstGroup = tab.getByRole('group').filter({ has: tab.getByRole('radio', { name: /^Ikkje relevant/ }) }).first();
    await firstGroup.waitFor({ timeout: 30_000 });
    // Nothing answered, nothing to note: no fields yet, and the group says they will come.
    assert.equal(await firstGroup.getByRole('textbox').count(), 0);
    assert.match(await firstGroup.innerText(), /Når du har svart, kan du forklare svaret/);

    await firstGroup.getByRole('radio').first().check();
    await firstGroup.getByRole('textbox', { name: 'Slik gjer vi det, og slik kan vi vise det' }).waitFor({ timeout: 30_000 });
    const notes = requested.filter((request) => request.file.startsWith('merverdi-answer-notes-module'));
    assert.equal(notes.length, 1, 'the notes come from a file of their own, fetched once');
    assert.ok(notes[0].at >= loadedAt, 'and not before the page has loaded');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('runs Lit in production mode', () => {
    const entry = readFileSync(join(cdnDir, 'merverdi.js'), 'utf8');
    assert.doesNotMatch(entry, /Lit is in dev mode/);
  });
});
