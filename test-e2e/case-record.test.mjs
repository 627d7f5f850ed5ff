// A case officer scores an offer on the kommune's own goals, in a real browser on the built
// CDN file, records the decision, prints the report (a real PDF, read back as text) and
// writes the reply letter. Axe is clean in each state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, runAxe, describeViolations } from './harness/index.mjs';
import { printedText, usePrintSuite } from './harness/print-suite.mjs';

const JUSTIFICATION = 'Fire av ti deltakere fikk jobb i 2025, ifølge NAVs tall.';
const REASONS = 'Tilbudet svarer godt på målet om flere i arbeid, men bør prøves ut i samarbeid med NAV først.';

describe('an official records a decision, prints the case report and writes the reply letter', () => {
  const suite = usePrintSuite('merverdi-case-');

  it('scores, decides, prints and writes the letter', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser);
    const axeClean = async (state) => {
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], `${state}: ${describeViolations(violations)}`);
    };
    try {
      await page.goto(suite.server.url('/case.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Arbeidskafé');
      await widget.getByRole('textbox', { name: 'Organisasjon', exact: true }).fill('Kafé Sammen SA');
      const jobs = widget.getByRole('group', { name: 'Deltakere går videre til arbeid' });
      await jobs.getByRole('radio', { name: 'Nivå 4' }).check();
      await jobs.getByRole('textbox', { name: 'Begrunnelse', exact: true }).fill(JUSTIFICATION);
      await widget.getByRole('group', { name: 'Samarbeid med NAV' }).getByRole('radio', { name: 'Nivå 2' }).check();

      // The decision record, after the summary.
      const record = widget.locator('mv-decision-record');
      await record.getByRole('heading', { name: 'Saksbehandlers konklusjon' }).waitFor();
      await record.getByText('Habilitet er ikke bekreftet. Det står i rapporten.').waitFor();
      await axeClean('an empty record');
      await record.getByRole('textbox', { name: 'Saksnummer', exact: true }).fill('2026/4711');
      await record.getByRole('textbox', { name: 'Saksbehandler', exact: true }).fill('Siri Saksbehandler');
      await record.getByRole('textbox', { name: 'Rolle eller enhet' }).fill('Rådgiver');
      await record.getByRole('checkbox', { name: 'Jeg bekrefter at jeg er habil i denne saken' }).check();
      await record.getByRole('radio', { name: 'Henvises til en enhet eller eieren av et mål' }).check();
      await record.getByRole('combobox', { name: 'Henvis til', exact: true }).selectOption('work');
      await record.getByRole('textbox', { name: 'Begrunnelse for konklusjonen' }).fill(REASONS);
      await axeClean('a recorded referral');

      // The report, as the browser prints the page, read back from a real PDF.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await widget.getByRole('heading', { name: 'Saksvurdering: Arbeidskafé' }).waitFor();
      const text = await printedText(page, suite.folder, 'sak.pdf');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      for (const expected of [
        'Saksvurdering: Arbeidskafé',
        '2026/4711',
        'Siri Saksbehandler, Rådgiver',
        'Saksbehandleren har bekreftet at hen er habil i saken.',
        'Henvises videre',
        'Kari Nordmann',
        REASONS,
        JUSTIFICATION,
        'Poeng per område',
        'For lite grunnlag',
        '3 kriterier er ikke besvart og er ikke tatt med under.',
      ]) {
        assert.ok(text.includes(expected), `the printed report says "${expected}":\n${text}`);
      }
      for (const absent of ['Hvem i kommunen du kan kontakte', 'Dere har', 'Svarbrev til gründeren', 'Kopier brevet']) {
        assert.ok(!text.includes(absent), `the printed report does not say "${absent}"`);
      }

      // The print button prints the report alone, without the host page around it.
      await widget.getByRole('button', { name: 'Skriv ut / lagre som PDF' }).click();
      const printed = page.frameLocator('mv-assessment-actions iframe.print-frame').locator('body');
      // The frame is out of sight (it only prints), so its content is attached, not visible.
      await printed.getByText('Saksvurdering: Arbeidskafé').waitFor({ state: 'attached' });
      const frameText = (await printed.textContent()) ?? '';
      assert.ok(frameText.includes('2026/4711'), 'the printed document carries the case number');
      assert.ok(!frameText.includes('Testkommune intranett'), 'the host page is not in the printed document');

      // The reply letter.
      const letter = widget.locator('mv-reply-letter');
      const draft = letter.getByRole('textbox', { name: 'Utkast til brev' });
      const body = await draft.inputValue();
      assert.match(body, /^Svar på tilbudet «Arbeidskafé»/);
      assert.ok(body.includes('Vi mener tilbudet hører hjemme hos NAV Testkommune, Kari Nordmann'), body);
      assert.ok(body.includes(REASONS), body);
      await draft.press('End');
      await draft.pressSequentially(' Vi ringer dere.');
      await letter.getByRole('combobox', { name: 'Språk i brevet' }).selectOption('nn');
      assert.ok((await draft.inputValue()).endsWith('Vi ringer dere.'), 'an edited letter is kept');
      await letter.getByRole('button', { name: 'Lag utkastet på nytt' }).click();
      assert.match(await draft.inputValue(), /^Svar på tilbodet «Arbeidskafé»/);
      await axeClean('a letter in nynorsk');
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
