// The CDN file on a kommune's page under a strict Content-Security-Policy with Trusted Types:
// a whole session (fill, chart, export, print, import, share, submit) without one violation;
// hostile global CSS; the file loaded twice; five widgets on one page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { openPage } from './harness/index.mjs';
import { collectViolations, startStrictServer, strictCsp, useStrictPages } from './harness/strict-page.mjs';

/** The radio groups (criteria) of the first widget, in order. */
const groups = (page, host = 'mv-assessment') => page.locator(host).first().getByRole('group');

/** Answers every criterion of a widget with the level at `level` (or the last one there is). */
async function answerAll(page, level, host = 'mv-assessment') {
  const count = await groups(page, host).count();
  for (let index = 0; index < count; index += 1) {
    const radios = groups(page, host).nth(index).getByRole('radio');
    const last = (await radios.count()) - 1;
    await radios.nth(Math.min(level, last)).check();
  }
  return count;
}

/** Whether the radar's canvas is laid out and has something drawn on it. */
function radarDrawn(page, host = 'mv-assessment') {
  return page.locator(host).first().evaluate((element) => {
    const canvas = element.shadowRoot?.querySelector('mv-radar')?.shadowRoot?.querySelector('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
}

describe('strict host pages', () => {
  /** @type {string[]} */
  const submitted = [];

  const suite = useStrictPages({
    routes: {
      '/submit': (request, response, body) => {
        submitted.push(body);
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ id: `R-${submitted.length}` }));
      },
    },
  });

  it('notices a violation when there is one: Lit\'s policy refused by trusted-types \'none\'', async () => {
    // Without this, "zero violations" below could mean the listener hears nothing.
    const refusing = await startStrictServer({ csp: strictCsp.replace(/trusted-types [^;]+/, "trusted-types 'none'") });
    const { context, page } = await openPage(suite.browser);
    try {
      const violations = await collectViolations(page);
      await page.goto(refusing.url('/strict.html'));
      await page.waitForFunction(() => (globalThis.__cspViolations ?? []).length > 0);
      assert.ok((await violations.list()).some((line) => line.includes('lit-html')), 'the lit-html policy is named');
    } finally {
      await context.close();
      await refusing.close();
    }
  });

  it('works through a whole session under the strict policy without a single violation', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    try {
      const violations = await collectViolations(page);
      const response = await page.goto(suite.server.url('/submit.html'));
      assert.equal(response?.headers()['content-security-policy'], strictCsp);
      const widget = page.locator('mv-assessment');

      // Fill: the offer and every criterion; the chart draws.
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Arbeidstrening under streng CSP');
      const answered = await answerAll(page, 2);
      assert.equal(answered, 5);
      await widget.getByText('5 av 5 besvart').first().waitFor();
      await page.waitForFunction(() => true);
      assert.equal(await radarDrawn(page), true, 'the radar is drawn on its canvas');
      // Chart.js sizes its canvas through the CSSOM (allowed), never a style attribute string.
      const canvasStyle = await widget.evaluate((element) => element.shadowRoot.querySelector('mv-radar').shadowRoot.querySelector('canvas').style.cssText);
      assert.match(canvasStyle, /width|height/, `canvas style: ${canvasStyle}`);

      // Export: JSON and CSV downloads.
      const [json] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Last ned JSON' }).click()]);
      const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
      assert.equal(exported.offer.title, 'Arbeidstrening under streng CSP');
      assert.equal(Object.keys(exported.answers).length, 5);
      const [csv] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Last ned CSV' }).click()]);
      assert.match(await readFile(await csv.path(), 'utf8'), /Nevner et mål i planen;2;Beskrevet med plan;50/);

      // Print: the printed report, with the radar copied in as an image (img-src data:).
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await widget.getByRole('heading', { name: 'Poeng per område' }).waitFor();
      const image = widget.getByRole('img', { name: /Radardiagram/ });
      await image.waitFor();
      assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), 'the radar image shows in print');
      await page.emulateMedia({ media: 'screen' });

      // Import: the exported file, changed, replaces the work in progress after a question.
      exported.offer.title = 'Importert under streng CSP';
      await widget.locator('input[type=file]').first().setInputFiles({
        name: 'vurdering.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
      await widget.getByRole('button', { name: 'Ja, erstatt' }).click();
      await page.waitForFunction(() => document.querySelector('mv-assessment')?.assessment?.offer.title === 'Importert under streng CSP');

      // Share: a link; opened in another tab, the shared assessment is shown.
      await widget.getByRole('button', { name: 'Del lenke' }).click();
      const link = await widget.getByRole('textbox', { name: 'Lenke til vurderingen' }).inputValue();
      assert.match(link, /#mv=[A-Za-z0-9_-]+$/);
      const other = await context.newPage();
      const otherViolations = await collectViolations(other);
      await other.goto(link);
      await other.locator('mv-assessment').getByRole('heading', { name: 'Delt vurdering' }).waitFor();
      await other.locator('mv-assessment').getByText('Tilbud: Importert under streng CSP').waitFor();
      assert.deepEqual(await otherViolations.list(), []);

      // Submit: exactly one POST with the assessment.
      const before = submitted.length;
      await widget.getByRole('button', { name: 'Send inn' }).click();
      await widget.getByText(/Vurderingen er sendt inn/).waitFor();
      assert.equal(submitted.length, before + 1);
      assert.equal(JSON.parse(submitted.at(-1)).offer.title, 'Importert under streng CSP');

      assert.deepEqual(await violations.list(), [], 'no CSP or Trusted Types violation in the whole session');
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('loads the editor, the workspace and the comparison on demand under the strict policy, without a violation', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    try {
      const violations = await collectViolations(page);
      await page.goto(suite.server.url('/lazy.html'));
      await page.locator('mv-compare').getByText('Ingen vurderinger å sammenligne ennå.').waitFor();
      const workspace = page.locator('mv-workspace');
      await workspace.getByText('Biblioteket er tomt. Lagre en vurdering eller importer filer.').waitFor();
      // The workspace's own form is a full assessment with its radar.
      await workspace.getByRole('radio').first().check();
      const editor = page.locator('mv-framework-editor');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        editor.getByRole('button', { name: 'Last ned rammeverket (JSON)' }).click(),
      ]);
      assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).format, 'merverdi-framework');
      await page.waitForTimeout(300);
      assert.deepEqual(await violations.list(), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('is not broken by hostile global CSS on the page', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser);
    try {
      const violations = await collectViolations(page);
      await page.goto(suite.server.url('/hostile.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('radio').first().waitFor();
      // Every radio, button and field is shown and can be used.
      assert.equal(await answerAll(page, 1), 5);
      await widget.getByText('5 av 5 besvart').first().waitFor();
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Tåler sidens CSS');
      // The page's body text styles stop at the widget: readable size, colour, spacing.
      const style = await widget.evaluate((element) => {
        const heading = element.shadowRoot.querySelector('h2');
        const computed = getComputedStyle(heading);
        // The criteria are drawn by the form part, in its own shadow root.
        const form = element.shadowRoot.querySelector('mv-assessment-form').shadowRoot;
        const legend = getComputedStyle(form.querySelector('legend'));
        return {
          headingSize: parseFloat(computed.fontSize),
          legendSize: parseFloat(legend.fontSize),
          lineHeight: legend.lineHeight,
          color: legend.color,
          letterSpacing: legend.letterSpacing,
          textTransform: legend.textTransform,
          whiteSpace: legend.whiteSpace,
          fontStyle: legend.fontStyle,
          textIndent: legend.textIndent,
          display: getComputedStyle(form.querySelector('fieldset')).display,
        };
      });
      assert.ok(style.legendSize >= 14, `legend font size ${style.legendSize}px`);
      assert.ok(style.headingSize > style.legendSize, 'headings stay larger than text');
      assert.notEqual(style.color, 'rgb(255, 0, 255)');
      assert.equal(style.letterSpacing, 'normal');
      assert.equal(style.textTransform, 'none');
      assert.equal(style.whiteSpace, 'normal');
      assert.equal(style.fontStyle, 'normal');
      assert.equal(style.textIndent, '0px');
      assert.notEqual(style.display, 'none');
      assert.ok(parseFloat(style.lineHeight) >= style.legendSize, `line height ${style.lineHeight}`);
      assert.equal(await radarDrawn(page), true, 'the radar is drawn');
      assert.deepEqual(await violations.list(), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('works when the file is loaded three times, as separate module instances', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser);
    try {
      const violations = await collectViolations(page);
      await page.goto(suite.server.url('/twice.html'));
      await page.locator('mv-assessment').getByRole('radio').first().waitFor();
      assert.deepEqual(
        suite.server.requests.filter((request) => request.path === '/cdn/merverdi.js').map((request) => request.url).slice(-3).sort(),
        ['/cdn/merverdi.js', '/cdn/merverdi.js?block=2', '/cdn/merverdi.js?block=3'],
      );
      assert.equal(await answerAll(page, 3), 5);
      await page.locator('mv-assessment').getByText('5 av 5 besvart').first().waitFor();
      assert.deepEqual(pageErrors, [], 'no "already defined" error reaches the page');
      assert.deepEqual(await violations.list(), []);
    } finally {
      await context.close();
    }
  });

  it('works with two copies of the file from two places, which need \'allow-duplicates\' under Trusted Types', async () => {
    for (const [csp, expected] of [
      [strictCsp, 'refused'],
      [`${strictCsp} 'allow-duplicates'`, 'clean'],
    ]) {
      const copies = await startStrictServer({ csp });
      const { context, page, pageErrors } = await openPage(suite.browser);
      try {
        const violations = await collectViolations(page);
        await page.goto(copies.url('/two-copies.html'));
        // Either way the first copy's elements work: the second copy's registrations are skipped.
        assert.equal(await answerAll(page, 1), 5);
        await page.locator('mv-assessment').getByText('5 av 5 besvart').first().waitFor();
        const seen = await violations.list();
        if (expected === 'clean') {
          assert.deepEqual(seen, []);
          assert.deepEqual(pageErrors, []);
        } else {
          // The second Lit instance's policy is refused; SECURITY.md says to add 'allow-duplicates'.
          assert.ok(seen.some((line) => line.includes('lit-html')), seen.join('\n'));
        }
      } finally {
        await context.close();
        await copies.close();
      }
    }
  });

  it('runs five widgets with different frameworks, languages and modes on one page', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser);
    try {
      const violations = await collectViolations(page);
      await page.goto(suite.server.url('/five.html'));
      const widget = (id) => page.locator(`#${id} mv-assessment`);
      await widget('one').getByRole('heading', { level: 2 }).first().waitFor();
      // Each widget in its own framework and language.
      await widget('one').getByRole('radio', { name: /^Ikke relevant/ }).first().waitFor();
      await widget('two').getByRole('heading', { name: 'Lita testramme' }).waitFor();
      await widget('two').getByRole('radio', { name: /^Ikkje relevant/ }).first().waitFor();
      await widget('three').getByRole('heading', { name: 'The second framework' }).waitFor();
      await widget('three').getByRole('radio', { name: /^Not applicable/ }).first().waitFor();
      await widget('four').getByRole('heading', { name: 'Innebygd ramme' }).waitFor();
      await widget('four').getByRole('textbox', { name: /Begrunnelse/ }).first().waitFor();
      await widget('five').getByRole('radio', { name: /^Ikkje relevant/ }).first().waitFor();
      assert.equal(await widget('one').getByRole('group').count(), 28, 'the default framework');

      // Answering in one leaves the others alone.
      await answerAll(page, 4, '#three mv-assessment');
      await widget('three').getByText('3 of 3 answered').first().waitFor();
      await widget('two').getByRole('radio').first().check();
      const completeness = await page.evaluate(() =>
        [...document.querySelectorAll('mv-assessment')].map((element) => element.assessment?.completeness ?? null),
      );
      assert.deepEqual(completeness.map((value) => Math.round((value ?? -1) * 100)), [0, 20, 100, 0, 0]);
      assert.equal(await radarDrawn(page, '#three mv-assessment'), true);
      assert.deepEqual(await violations.list(), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
