// Two assessors, one agreed assessment, on the built workspace demo: a colleague's file is
// laid beside the officer's own assessment and merged by keyboard alone; axe finds nothing
// in each state, in nb, nn and en.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { chooseFilesWithSpace, demoExamples, demoPages, describeViolations, runAxe, tabTo, useDemo } from './harness/index.mjs';

const own = join(demoExamples, 'arbeidstrening-saksbehandler-start.json');
const colleague = join(demoExamples, 'arbeidstrening-kollega.json');

/** Asserts that axe finds nothing on the page as it is now. */
async function assertNoViolations(page, state) {
  const violations = await runAxe(page);
  assert.deepEqual(violations.map((violation) => violation.id), [], `axe, ${state}:\n${describeViolations(violations)}`);
}

/** The criterion whose agreement fieldset holds the focus, if any. */
const focusedCriterion = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.closest('fieldset.difference')?.getAttribute('data-criterion') ?? null;
  });

const texts = {
  nb: { file: 'Eller hent kollegaens', mine: 'Din vurdering', save: 'Lagre den omforente vurderingen', saved: 'Den omforente vurderingen av «Arbeidstrening i kafé» er lagret i biblioteket.', mark: 'Omforent, bygger på' },
  nn: { file: 'Eller hent vurderinga til kollegaen', mine: 'Vurderinga di', save: 'Lagre den felles vurderinga', saved: 'Den felles vurderinga av «Arbeidstrening i kafé» er lagra i biblioteket.', mark: 'Felles vurdering, byggjer på' },
  en: { file: 'Or take your colleague', mine: 'Your assessment', save: 'Save the agreed assessment', saved: 'The agreed assessment of “Arbeidstrening i kafé” was saved to the library.', mark: 'Agreed, rests on' },
};

describe('two assessors, one agreed assessment', () => {
  const site = useDemo();

  for (const lang of /** @type {const} */ (['nb', 'nn', 'en'])) {
    it(`a colleague's file is merged into an agreed assessment by keyboard alone (${lang})`, async () => {
      const { context, page, pageErrors } = await site.open({
        page: demoPages.workspace,
        lang,
        ready: (opened) => opened.locator('mv-workspace').getByRole('button').first().waitFor(),
      });
      try {
        const t = texts[lang];
        // The officer's own assessment is in the library already, as from an earlier import.
        await page.locator('mv-workspace [part="library"] input[type="file"]').setInputFiles(own);
        const agreement = page.locator('mv-workspace [part="agreement"]');
        await agreement.locator('select').first().locator('option').nth(1).waitFor({ state: 'attached' });
        await assertNoViolations(page, 'before choosing');

        // Own assessment: Tab to its select, ArrowDown to the first entry.
        await tabTo(page, (report) => report.tag === 'select' && report.name.startsWith(t.mine));
        await page.keyboard.press('ArrowDown');
        // The colleague's file: Tab to the agreement's file input, Space opens the picker.
        await tabTo(page, (report) => report.path.endsWith('input[type=file]') && report.name.startsWith(t.file));
        await chooseFilesWithSpace(page, colleague);
        const differences = agreement.locator('fieldset.difference');
        await differences.first().waitFor();
        assert.deepEqual(await differences.evaluateAll((items) => items.map((item) => item.getAttribute('data-criterion'))), [
          'mal-i-kommuneplanen',
          'varig-effekt',
        ]);
        await assertNoViolations(page, 'the differences listed');

        for (const [criterion, steps, note] of [
          ['mal-i-kommuneplanen', 3, 'Planen er navngitt med sidetall.'],
          ['varig-effekt', 1, 'Ingen plan etter praksisperioden ennå.'],
        ]) {
          for (let press = 0; press < 200 && (await focusedCriterion(page)) !== criterion; press += 1) await page.keyboard.press('Tab');
          assert.equal(await focusedCriterion(page), criterion);
          for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowRight');
          await page.keyboard.press('Tab');
          await page.keyboard.type(note);
        }
        assert.equal(await agreement.locator('mv-radar').evaluate((radar) => radar.labels.length), 3, 'the radar shows both and the agreed one');
        await assertNoViolations(page, 'every difference settled');

        await tabTo(page, (report) => report.tag === 'button' && report.name === t.save);
        await page.keyboard.press('Enter');
        await page.locator('mv-workspace .status').getByText(t.saved).waitFor();
        await page.locator('mv-workspace [part="library"]').getByText(t.mark).waitFor();
        await assertNoViolations(page, 'saved');
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});
