// An entrepreneur fills an assessment on a framework with the kommune's own goals, in a real
// browser on the built CDN file: levels, a "not applicable" with its reason, an explanation
// and evidence links. The CSV they download and the report they print (a real PDF, read back
// as text) must carry what the score rests on, the reason and the links.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { openPage, runAxe, describeViolations } from './harness/index.mjs';
import { printedText, usePrintSuite } from './harness/print-suite.mjs';

const REASON = 'Vi samarbeider med NAV gjennom en annen avtale';
const EXPLANATION = 'Fire av ti deltakere fikk jobb i 2025, se rapporten.';
const LINK = 'https://kafe.example/rapport-2025.pdf';

describe('basis, reasons and evidence travel to the CSV and the printed report', () => {
  const suite = usePrintSuite('merverdi-basis-');

  it('fills an assessment with goals and finds basis, reason and evidence in the CSV and the PDF', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, { acceptDownloads: true });
    try {
      await page.goto(suite.server.url('/goals.html'));
      const widget = page.locator('mv-assessment');
      await widget.getByRole('textbox', { name: 'Navn på tilbudet' }).fill('Arbeidskafé');

      const jobs = widget.getByRole('group', { name: 'Deltakere går videre til arbeid' });
      // A required criterion: no "not applicable" to choose.
      assert.equal(await jobs.getByRole('radio', { name: 'Ikke relevant' }).count(), 0);
      await jobs.getByRole('radio', { name: 'Nivå 4' }).check();
      await jobs.getByRole('textbox', { name: 'Slik gjør vi det, og slik kan vi vise det' }).fill(EXPLANATION);
      await jobs.getByRole('textbox', { name: 'Lenke til dokumentasjon 1' }).fill(LINK);
      await jobs.getByRole('textbox', { name: 'Lenke til dokumentasjon 1' }).press('Tab');

      const nav = widget.getByRole('group', { name: 'Samarbeid med NAV' });
      await nav.getByRole('radio', { name: 'Ikke relevant' }).check();
      const reason = nav.getByRole('textbox', { name: 'Hvorfor er kriteriet ikke relevant?' });
      assert.equal(await reason.getAttribute('aria-invalid'), 'true');
      await widget.getByText('1 av 5 besvart').first().waitFor();
      await reason.fill(REASON);
      await widget.getByText('2 av 5 besvart').first().waitFor();

      await widget.getByRole('group', { name: 'Med i utformingen' }).getByRole('radio', { name: 'Nivå 1' }).check();
      await widget.getByText('3 av 5 besvart').first().waitFor();
      // Little answered yet: the summary says so, and names the owner of the best-served goal.
      await widget.getByText('For lite grunnlag: 2 av 5 kriterier besvart.').first().waitFor();
      await widget.getByText('Tilbudet ser ut til å støtte målet «Flere i arbeid» best (100 av 100).').waitFor();
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], describeViolations(violations));

      // The CSV.
      const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Last ned CSV' }).click()]);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.split('\r\n');
      assert.ok(lines.some((line) => line.includes('Samarbeid med NAV') && line.includes(REASON)), `the reason is in the CSV:\n${csv}`);
      assert.ok(lines.some((line) => line.includes('Deltakere går videre til arbeid') && line.includes(LINK)), 'the link is in the CSV');
      assert.ok(lines.some((line) => line.includes(EXPLANATION)), 'the explanation is in the CSV');
      assert.ok(csv.includes('Grunnlag (0–1)'), 'the CSV has a basis column');
      assert.ok(lines.some((line) => line.includes('For lite grunnlag')), 'the CSV says the basis is too little');

      // The printed report, as a real PDF read back as text.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await widget.getByRole('heading', { name: 'Poeng per område' }).waitFor();
      const text = await printedText(page, suite.folder, 'rapport.pdf');
      for (const expected of [
        'Grunnlag',
        'For lite grunnlag: 2 av 5 kriterier besvart.',
        'Hvorfor ikke relevant',
        REASON,
        'Slik gjør vi det, og slik kan vi vise det',
        EXPLANATION,
        LINK,
        'Kommunens mål',
        'Kari Nordmann',
      ]) {
        assert.ok(text.includes(expected), `the printed report says "${expected}":\n${text}`);
      }
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
