// Nothing leaves the browser unless the kommune set `submit-url` and the user pressed submit:
// every request of a whole session is recorded by the browser itself and checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage } from './harness/index.mjs';
import { useStrictPages } from './harness/strict-page.mjs';

/**
 * A whole session on a page: fill, export both files, print, share, open the link, import.
 * @param {import('playwright-core').Page} page
 */
async function wholeSession(page) {
  const widget = page.locator('mv-assessment');
  await widget.getByRole('radio').first().waitFor();
  await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Møteplass');
  const groups = widget.getByRole('group');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) await groups.nth(index).getByRole('radio').nth(index % 4).check();
  await widget.getByText(`${count} av ${count} besvart`).first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Last ned JSON' }).click()]);
  const file = await download.path();
  await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Last ned CSV' }).click()]);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await widget.getByRole('heading', { name: 'Poeng per område' }).waitFor();
  await page.emulateMedia({ media: 'screen' });
  await widget.getByRole('button', { name: 'Del lenke' }).click();
  const link = await widget.getByRole('textbox', { name: 'Lenke til vurderingen' }).inputValue();
  // A fresh load, as when the link is opened from an e-mail (a hash change alone is no load).
  await page.goto('about:blank');
  await page.goto(link);
  await widget.getByRole('heading', { name: 'Delt vurdering' }).waitFor();
  await widget.locator('input[type=file]').first().setInputFiles(file);
  await widget.getByRole('button', { name: 'Ja, erstatt' }).click();
}

describe('requests', () => {
  /** @type {string[]} */
  const received = [];

  const suite = useStrictPages({
    routes: {
      '/submit': (request, response, body) => {
        received.push(body);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"receipt":"K-1"}');
      },
    },
  });

  it('without submit-url, a whole session fetches only the page, the script files and the framework', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    try {
      /** @type {Array<{ method: string, url: string }>} */
      const requests = [];
      // Recorded by the browser, before the page starts: every request of every kind
      // (fetch, beacon, image, prefetch, worker) from any frame.
      context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
      await page.goto(suite.server.url('/strict.html'));
      await wholeSession(page);
      await page.waitForTimeout(500);

      const origin = suite.server.origin;
      const elsewhere = requests.filter(({ url }) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
      assert.deepEqual(elsewhere, [], 'no request to any other origin');
      const paths = requests.filter(({ url }) => url.startsWith(`${origin}/`)).map(({ method, url }) => `${method} ${new URL(url).pathname}`);
      const allowed = (line) =>
        /^GET \/(strict\.html|page\.css|favicon\.ico)$/.test(line) ||
        /^GET \/cdn\/merverdi(-[\w.-]+)?\.js$/.test(line) ||
        line === 'GET /fixtures/small-framework.json';
      assert.deepEqual(paths.filter((line) => !allowed(line)), [], 'only the page, the script files and the framework');
      assert.ok(paths.includes('GET /fixtures/small-framework.json'));
      assert.equal(paths.filter((line) => !line.startsWith('GET ')).length, 0, 'nothing is sent');
      // The server saw the same: no request carried a body anywhere.
      assert.deepEqual(suite.server.requests.filter((request) => request.method !== 'GET'), []);
      assert.deepEqual(received, []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('with submit-url, nothing is sent until the user presses submit, and then exactly one POST', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    try {
      /** @type {Array<{ method: string, url: string, body: string | null }>} */
      const requests = [];
      context.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() }));
      await page.goto(suite.server.url('/submit.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('radio').first().waitFor();
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Sendes inn');
      await widget.getByRole('group').first().getByRole('radio').nth(3).check();
      await page.waitForTimeout(300);
      assert.deepEqual(requests.filter(({ method }) => method !== 'GET'), [], 'nothing sent before submit');

      await widget.getByRole('button', { name: 'Send inn' }).click();
      await widget.getByText(/Vurderingen er sendt inn/).waitFor();
      await widget.getByText('Kvitteringsnummer: K-1').waitFor();
      await page.waitForTimeout(300);
      const sent = requests.filter(({ method }) => method !== 'GET');
      assert.equal(sent.length, 1);
      assert.equal(sent[0].method, 'POST');
      assert.equal(sent[0].url, suite.server.url('/submit'));
      assert.equal(JSON.parse(sent[0].body).offer.title, 'Sendes inn');
      assert.equal(received.length, 1);
      assert.ok(requests.every(({ url }) => url.startsWith(`${suite.server.origin}/`) || /^(data|blob):/.test(url)));
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
