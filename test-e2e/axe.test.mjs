// WCAG 2.0, 2.1 and 2.2 A/AA rules that can be checked by machine (axe-core), in every state
// of every element, in each mode and each language, on the built demo pages.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { demoPages, describeViolations, importExamples, runAxe, useDemo } from './harness/index.mjs';

const languages = /** @type {const} */ (['nb', 'nn', 'en']);

/** Asserts that axe finds nothing on the page as it is now. */
async function assertNoViolations(page, state) {
  const violations = await runAxe(page);
  assert.deepEqual(
    violations.map((violation) => violation.id),
    [],
    `axe, ${state}:\n${describeViolations(violations)}`,
  );
}

/** Picks a level in the criterion groups `from`..`to` (exclusive) by clicking, as a user would. */
async function answerGroups(page, from, to, level = 2) {
  const groups = page.locator('mv-assessment').locator('fieldset.criterion');
  for (let index = from; index < to; index += 1) {
    await groups.nth(index).getByRole('radio').nth(level).check();
  }
}

for (const lang of languages) {
  describe(`axe finds nothing, in ${lang}`, () => {
    const site = useDemo();

    it('in the entrepreneur\'s assessment: empty, partly filled with a field error, complete', async () => {
      const { context, page } = await site.open({ lang });
      try {
        await assertNoViolations(page, 'empty');
        await answerGroups(page, 0, 3);
        const orgNumber = page.locator('mv-assessment').locator('input[type=text]').nth(2);
        await orgNumber.fill('123');
        await orgNumber.blur();
        await page.locator('mv-assessment').locator('[aria-invalid="true"]').first().waitFor();
        await assertNoViolations(page, 'partly filled, organisation number invalid');
        const total = await page.locator('mv-assessment').locator('fieldset.criterion').count();
        await answerGroups(page, 3, total);
        await page.getByRole('radio', { checked: true }).nth(total - 1).waitFor();
        await assertNoViolations(page, 'complete');
      } finally {
        await context.close();
      }
    });

    it('in the entrepreneur\'s assessment one area at a time (narrow)', async () => {
      const { context, page } = await site.open({ lang, context: { viewport: { width: 390, height: 800 } } });
      try {
        await page.locator('mv-assessment').locator('.pager').waitFor();
        await answerGroups(page, 0, 2);
        await assertNoViolations(page, 'narrow, one area');
      } finally {
        await context.close();
      }
    });

    it('in the official\'s assessment beside the entrepreneur\'s: empty, with justification and a refused link, complete', async () => {
      const { context, page } = await site.open({ lang, page: demoPages.official });
      try {
        await page.locator('mv-assessment').locator('mv-radar').getByRole('columnheader').nth(2).waitFor();
        await assertNoViolations(page, 'official, with reference, empty');
        await answerGroups(page, 0, 2, 3);
        await page.locator('mv-assessment').locator('textarea').nth(1).fill('Godt dokumentert i søknaden.');
        const evidence = page.locator('mv-assessment').locator('input[id^="evidence-"]').first();
        await evidence.fill('javascript:alert(1)');
        await evidence.blur();
        await page.locator('mv-assessment').locator('input[id^="evidence-"][aria-invalid="true"]').waitFor();
        await assertNoViolations(page, 'official, justification, refused link');
        const total = await page.locator('mv-assessment').locator('fieldset.criterion').count();
        await answerGroups(page, 2, total, 1);
        await assertNoViolations(page, 'official, complete');
      } finally {
        await context.close();
      }
    });

    it('in the messages for a framework that cannot be used or cannot be loaded', async () => {
      const { context, page } = await site.open({ lang });
      try {
        await page.evaluate(() => {
          document.querySelector('mv-assessment').framework = { format: 'merverdi-framework', version: 1, id: 'Not An Id', dimensions: [] };
        });
        await page.locator('mv-assessment').getByRole('alert').waitFor();
        await assertNoViolations(page, 'invalid framework');
        await page.evaluate(() => {
          const element = document.querySelector('mv-assessment');
          element.framework = undefined;
          element.setAttribute('framework-src', '/no-such-framework.json');
        });
        await page.locator('mv-assessment').getByRole('button').first().waitFor();
        assert.equal(await page.locator('mv-assessment').getByRole('alert').count(), 1);
        await assertNoViolations(page, 'framework not found');
      } finally {
        await context.close();
      }
    });

    it('in the framework editor: the default framework, a blank one with its problems', async () => {
      const { context, page } = await site.open({
        lang,
        page: demoPages.editor,
        ready: (opened) => opened.locator('mv-framework-editor').getByRole('button').first().waitFor(),
      });
      try {
        await assertNoViolations(page, 'editor, default framework');
        const blank = { nb: 'Tomt rammeverk', nn: 'Tomt rammeverk', en: 'Blank framework' }[lang];
        const loaded = { nb: /Et tomt rammeverk er klart/, nn: /Eit tomt rammeverk er klart/, en: /A blank framework is ready/ }[lang];
        await page.locator('mv-framework-editor').getByRole('button', { name: blank, exact: true }).click();
        await page.locator('mv-framework-editor').getByText(loaded).first().waitFor({ state: 'attached' });
        await assertNoViolations(page, 'editor, blank framework');
      } finally {
        await context.close();
      }
    });

    it('in the workspace: library after import, and three offers compared', async () => {
      const { context, page } = await site.open({
        lang,
        page: demoPages.workspace,
        ready: (opened) => opened.locator('mv-workspace').getByRole('button').first().waitFor(),
      });
      try {
        await assertNoViolations(page, 'workspace, empty library');
        const boxes = await importExamples(page);
        await assertNoViolations(page, 'workspace, library filled');
        for (let index = 0; index < 3; index += 1) await boxes.nth(index).check();
        await page.locator('mv-compare').getByRole('table').first().waitFor();
        await assertNoViolations(page, 'workspace, three offers compared');
      } finally {
        await context.close();
      }
    });
  });
}

describe('axe finds nothing on every built demo page as it loads', () => {
  const builtPages = readdirSync(resolve(import.meta.dirname, '..', 'dist-demo', 'demo')).filter((file) => file.endsWith('.html'));
  const site = useDemo();

  it('has demo pages to check', () => {
    assert.ok(builtPages.length >= 4, `built pages: ${builtPages.join(', ')}`);
  });

  for (const file of builtPages) {
    it(`demo/${file}`, async () => {
      const { context, page, pageErrors } = await site.open({
        page: `/demo/${file}`,
        // Ready when every merverdi element on the page has drawn something and every
        // top-level one has controls, also inside the parts it draws or holds (the
        // assessment's form, progress and summary are elements of their own, in its shadow
        // root or, when the page lays them out, in its light DOM).
        ready: (opened) =>
          opened.waitForFunction(() => {
            const isPart = (element) => element.localName.startsWith('mv-');
            const hasControls = (host) => {
              const root = host.shadowRoot;
              if (!root) return false;
              if (root.querySelector('button, input, table, progress, [role=alert]')) return true;
              const nested = [...root.querySelectorAll('*'), ...host.querySelectorAll('*')].filter(isPart);
              return nested.some(hasControls);
            };
            const hosts = [...document.querySelectorAll('*')].filter(isPart);
            const outermost = hosts.filter((host) => !host.parentElement?.closest('mv-assessment, mv-workspace'));
            const drawn = (host) => host.shadowRoot !== null && host.shadowRoot.querySelector('*') !== null;
            return hosts.length > 0 && hosts.every(drawn) && outermost.every(hasControls);
          }),
      });
      try {
        await assertNoViolations(page, `demo/${file}`);
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

