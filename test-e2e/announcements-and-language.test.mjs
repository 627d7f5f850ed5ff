// WCAG 4.1.3 Status messages (score changes announced politely, once the user pauses, never
// per keystroke) and 3.1.1 / 3.1.2 Language of page and of parts (nb and nn texts carry the
// right `lang`, also when the host page is in another language).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareExamples, demoPages, liveRegionText, useDemo } from './harness/index.mjs';

/** Starts recording every text the widget's polite live region takes. */
async function recordAnnouncements(page) {
  await page.evaluate(() => {
    const region = document.querySelector('mv-assessment').shadowRoot.querySelector('[aria-live]');
    globalThis.__mvAnnounced = [];
    new MutationObserver(() => {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      const seen = globalThis.__mvAnnounced;
      if (text !== '' && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => globalThis.__mvAnnounced);
}

/**
 * The `lang` in force for every piece of text inside `host`'s shadow trees, found by walking
 * up from its element through shadow roots to the document: `{ lang: count }`, with a sample.
 */
function languagesOfText(page, host) {
  return page.evaluate((selector) => {
    const langOf = (element) => {
      for (let node = element; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
        if (node.hasAttribute?.('lang')) return node.getAttribute('lang');
      }
      return null;
    };
    const counts = {};
    const samples = {};
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('style, script')) continue;
        const lang = String(langOf(parent));
        counts[lang] = (counts[lang] ?? 0) + 1;
        samples[lang] ??= text.slice(0, 60);
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document.querySelector(selector).shadowRoot);
    return { counts, samples };
  }, host);
}

describe('announcements and language', () => {
  const site = useDemo();

  it('a score change is announced politely, once, after the user pauses', async () => {
    const { context, page } = await site.open();
    try {
      // The element's own region for scores (parts inside it, such as the export actions,
      // have their own for their own messages).
      const regions = await page.evaluate(() =>
        [...document.querySelector('mv-assessment').shadowRoot.querySelectorAll('[aria-live], [role=alert], [role=status]')].map((element) => ({
          live: element.getAttribute('aria-live'),
          role: element.getAttribute('role'),
        })),
      );
      assert.deepEqual(regions, [{ live: 'polite', role: 'status' }], 'one polite region for scores');
      const announced = await recordAnnouncements(page);

      // Choose a level, then arrow through three more within a moment, as a user hesitating does.
      await page.locator('mv-assessment').getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(2000);
      const texts = await announced();
      assert.equal(texts.length, 1, `one announcement for the burst, got ${JSON.stringify(texts)}`);
      assert.match(texts[0], /^Samlet poengsum 75 av 100\. 1 av 28 besvart\.$/);
      assert.equal(await liveRegionText(page), texts[0]);
    } finally {
      await context.close();
    }
  });

  it('typing in a text field announces nothing', async () => {
    const { context, page } = await site.open();
    try {
      const announced = await recordAnnouncements(page);
      await page.locator('mv-assessment').getByRole('textbox', { name: 'Navn på tilbudet' }).focus();
      await page.keyboard.type('Arbeidstrening i kafé', { delay: 40 });
      await page.getByRole('textbox', { name: 'Kort beskrivelse av tilbudet' }).focus();
      await page.keyboard.type('Vi tilbyr arbeidstrening.', { delay: 40 });
      await page.waitForTimeout(1500);
      assert.deepEqual(await announced(), []);
      assert.equal(await page.evaluate(() => document.querySelector('mv-assessment').assessment.offer.title), 'Arbeidstrening i kafé');
    } finally {
      await context.close();
    }
  });

  for (const lang of /** @type {const} */ (['nn', 'en', 'nb'])) {
    it(`every text of the assessment, the chart and its table carries lang="${lang}" on a bokmål page`, async () => {
      const { context, page } = await site.open({
        lang,
        page: demoPages.official,
        ready: (opened) => opened.locator('mv-radar').getByRole('columnheader').nth(2).waitFor(),
      });
      try {
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb', 'the host page is in bokmål');
        await page.locator('mv-assessment').locator('fieldset.criterion').first().getByRole('radio').nth(1).check();
        const { counts, samples } = await languagesOfText(page, 'mv-assessment');
        assert.deepEqual(Object.keys(counts), [lang], `text in other languages: ${JSON.stringify(samples)}`);
        const notApplicable = { nb: 'Ikke relevant', nn: 'Ikkje relevant', en: 'Not applicable' }[lang];
        assert.ok((await page.getByRole('radio', { name: notApplicable }).count()) > 0);
      } finally {
        await context.close();
      }
    });
  }

  it('the editor and the workspace carry their language too (nn)', async () => {
    for (const [path, host, ready] of [
      [demoPages.editor, 'mv-framework-editor', (page) => page.locator('mv-framework-editor').getByRole('button').first().waitFor()],
      [
        demoPages.workspace,
        'mv-workspace',
        (page) => compareExamples(page, 2),
      ],
    ]) {
      const { context, page } = await site.open({ lang: 'nn', page: path, ready });
      try {
        const { counts, samples } = await languagesOfText(page, host);
        assert.deepEqual(Object.keys(counts), ['nn'], `${host}: text in other languages: ${JSON.stringify(samples)}`);
      } finally {
        await context.close();
      }
    }
  });
});
