// The harness itself: if the server lied about types or the axe runner found nothing on a
// page with a known fault, every other end-to-end test would pass for the wrong reason.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeViolations, launchBrowser, openPage, runAxe, startStaticServer } from './harness/index.mjs';

describe('end-to-end harness', () => {
  /** @type {Awaited<ReturnType<typeof startStaticServer>>} */
  let server;
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    server = await startStaticServer();
    server.setHeaders('/demo/index.html', { 'Content-Security-Policy': "object-src 'none'" });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the built demo and the CDN file with the types a browser needs, and logs requests', async () => {
    server.clearRequests();
    const page = await fetch(server.url('/demo/index.html'));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(page.headers.get('content-security-policy'), "object-src 'none'");
    const script = await fetch(server.url('/cdn/merverdi.js'));
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal((await fetch(server.url('/nowhere.js'))).status, 404);
    assert.equal((await fetch(server.url('/cdn/..%2f..%2fpackage.json'))).status, 403);
    assert.deepEqual(
      server.requests.map((request) => [request.path, request.status]),
      [
        ['/demo/index.html', 200],
        ['/cdn/merverdi.js', 200],
        ['/nowhere.js', 404],
        ['/cdn/../../package.json', 403],
      ],
    );
  });

  it('opens a built page in Chromium and the axe runner reports a fault it is shown', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(server.url('/demo/index.html'));
      await page.getByRole('radio').first().waitFor();
      await page.evaluate(() => {
        // A control without a name, inside the widget's shadow root: axe must report it
        // there, or the runner checks nothing of the widget.
        const button = document.createElement('button');
        button.id = 'nameless';
        document.querySelector('mv-assessment').shadowRoot.append(button);
      });
      const violations = await runAxe(page);
      const nameless = violations.find((violation) => violation.id === 'button-name');
      assert.ok(nameless, `expected button-name, got:\n${describeViolations(violations)}`);
      assert.deepEqual(nameless.nodes[0]?.target, [['mv-assessment', '#nameless']]);
    } finally {
      await context.close();
    }
  });
});
