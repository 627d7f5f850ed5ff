// A smoke of each flow in each engine a visitor uses: the entrepreneur's assessment, the
// official's, the framework editor and the workspace, on the built demo pages, in the engines
// MV_BROWSERS names (Chromium alone when unset; `.ci/run` runs it for Firefox and WebKit
// too). The full keyboard, axe and layout suites stay Chromium's: see the README's testing
// section for what runs where.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requestedEngines } from '../scripts/browsers.mjs';
import { demoPages } from './harness/demo.mjs';
import { openEngine, waitInPage } from './harness/engines.mjs';
import { startStaticServer } from './harness/server.mjs';

// In-page questions. Each runs inside the page, so it carries its own shadow-DOM walk.

/** The text of an element and of every shadow root below it, squeezed. */
function deepTextOf(selector) {
  const host = document.querySelector(selector);
  if (!host) return '';
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(host);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** How many elements match `selector` anywhere under the host, shadow roots included. */
function deepCount({ host, selector }) {
  let count = 0;
  const walk = (root) => {
    count += root.querySelectorAll(selector).length;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  const element = document.querySelector(host);
  if (element?.shadowRoot) walk(element.shadowRoot);
  return count;
}

/**
 * Focuses the first radio of the assessment's form, as a Tab into the group would. The form is
 * a part the assessment draws in its own shadow root, so the walk goes through every root.
 */
function focusFirstRadio() {
  const find = (root) => {
    const own = root.querySelector('input[type=radio]');
    if (own) return own;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot ? find(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const host = document.querySelector('mv-assessment');
  const radio = host?.shadowRoot ? find(host.shadowRoot) : null;
  radio?.focus();
  return radio ? radio.name : null;
}

/** The assessment's answers and completeness as the page's own script would read them. */
function assessmentState() {
  const element = document.querySelector('mv-assessment');
  const assessment = element?.assessment;
  return assessment ? { answered: Object.keys(assessment.answers).length, mode: assessment.mode } : null;
}

/** The host element's resolved colour scheme and text colour. */
function schemeOf(host) {
  const element = document.querySelector(host);
  return element ? { scheme: element.getAttribute('data-mv-color-scheme') ?? 'light', color: getComputedStyle(element).color } : null;
}

for (const engine of requestedEngines()) {
  describe(`each flow in ${engine}`, { timeout: 300_000 }, () => {
    /** @type {Awaited<ReturnType<typeof startStaticServer>>} */
    let server;
    /** @type {Awaited<ReturnType<typeof openEngine>>} */
    let page;

    before(async () => {
      server = await startStaticServer();
      page = await openEngine(engine);
    });
    after(async () => {
      await page?.close();
      await server?.close();
    });

    it('the entrepreneur answers with the keyboard and the answer counts', async () => {
      await page.goto(server.url(demoPages.entrepreneur));
      const radios = await waitInPage(page, deepCount, { host: 'mv-assessment', selector: 'input[type=radio]' }, (count) => count > 0);
      assert.ok(radios >= 28 * 2, `the default framework's radios are there (${radios})`);
      assert.ok(await page.evaluate(focusFirstRadio), 'a radio takes focus');
      // Space picks the focused level; the arrow key moves to the next, as in any radio group.
      await page.press('Space');
      await page.press('ArrowDown');
      const state = await waitInPage(page, assessmentState, undefined, (value) => value?.answered === 1);
      assert.deepEqual(state, { answered: 1, mode: 'self' });
      const text = await page.evaluate(deepTextOf, 'mv-assessment');
      assert.match(text, /1 av 28/, 'the progress says one of 28 is answered');
      assert.deepEqual(page.errors(), []);
    });

    it('the page\'s dark scheme turns the widget dark', async () => {
      await page.goto(server.url(demoPages.entrepreneur));
      await waitInPage(page, deepCount, { host: 'mv-assessment', selector: 'input[type=radio]' }, (count) => count > 0);
      await page.evaluate(() => document.documentElement.setAttribute('data-color-scheme', 'dark'));
      const dark = await waitInPage(page, schemeOf, 'mv-assessment', (value) => value?.scheme === 'dark');
      assert.deepEqual(dark, { scheme: 'dark', color: 'rgb(232, 237, 243)' });
    });

    it('the official sees the official\'s form', async () => {
      await page.goto(server.url(demoPages.official));
      await waitInPage(page, deepCount, { host: 'mv-assessment', selector: 'input[type=radio]' }, (count) => count > 0);
      const state = await page.evaluate(assessmentState);
      assert.equal(state?.mode, 'official');
      const text = await page.evaluate(deepTextOf, 'mv-assessment');
      assert.match(text, /Begrunnelse|saksbehandler/i, 'the official\'s fields are shown');
    });

    it('the framework editor opens the default framework', async () => {
      await page.goto(server.url(demoPages.editor));
      const inputs = await waitInPage(page, deepCount, { host: 'mv-framework-editor', selector: 'input, textarea' }, (count) => count > 5);
      assert.ok(inputs > 5, `the editor has its fields (${inputs})`);
      const text = await page.evaluate(deepTextOf, 'mv-framework-editor');
      assert.match(text, /Brukermedvirkning/, 'the default framework\'s areas are there');
    });

    it('the workspace opens its library', async () => {
      await page.goto(server.url(demoPages.workspace));
      const text = await waitInPage(page, deepTextOf, 'mv-workspace', (value) => value.includes('Biblioteket') && !value.includes('Åpner biblioteket'));
      assert.match(text, /Biblioteket/);
      const forms = await waitInPage(page, deepCount, { host: 'mv-workspace', selector: 'input[type=radio]' }, (count) => count > 0);
      assert.ok(forms > 0, 'the official\'s form is in the workspace');
    });
  });
}
