import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import { parseAssessment } from '../../../src/assessment/parse-assessment.js';
import { allByRole, getByRole } from '../../helpers/accessible.js';
import { actionsOf, downloadVia, importFile, press, statusText } from '../transfer/helpers.js';
import { click, fill, goalsFramework, mountOfficial, officialDocument, printedText, recordOf, settle } from './helpers.js';

let keys = 0;
const freshKey = () => `mv-test-decision-${Date.now()}-${keys++}`;

/** Records a whole decision through the form, as an official would. */
async function recordDecision(element: MvAssessment): Promise<void> {
  await fill(element, 'Saksnummer', '2026/1234');
  await fill(element, 'Saksbehandler', 'Siri Saksbehandler');
  await fill(element, 'Rolle eller enhet', 'Rådgiver, NAV Testkommune');
  await click(element, 'radio', 'Avslås');
  await fill(element, 'Begrunnelse for konklusjonen', 'Tilbudet overlapper med et tilbud kommunen allerede kjøper.');
}

describe('<mv-decision-record> in <mv-assessment mode="official">', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('mv-test-decision-')) localStorage.removeItem(key);
  });

  it('is shown only in official mode, after the summary', async () => {
    const official = await mountOfficial();
    const parts = Array.from(official.shadowRoot!.querySelectorAll('mv-assessment-summary, mv-decision-record, mv-reply-letter, mv-assessment-actions')).map(
      (part) => part.localName,
    );
    expect(parts).to.deep.equal(['mv-assessment-summary', 'mv-decision-record', 'mv-reply-letter', 'mv-assessment-actions']);
    expect(getByRole(official, 'group', 'Konklusjon')).not.to.equal(null);

    const self = await fixture<MvAssessment>(html`<mv-assessment storage="none" lang="nb" .framework=${goalsFramework}></mv-assessment>`);
    await self.updateComplete;
    expect(self.shadowRoot!.querySelector('mv-decision-record, mv-reply-letter')).to.equal(null);
    expect(allByRole(self, 'group', 'Konklusjon')).to.have.length(0);
  });

  it('records case number, assessor, impartiality, conclusion and reasons in the assessment, and they come back after a reload', async () => {
    const key = freshKey();
    const element = await mountOfficial({ storageKey: key });
    await recordDecision(element);
    await click(element, 'checkbox', 'Jeg bekrefter at jeg er habil i denne saken');

    const decision = element.assessment!.decision!;
    expect(decision).to.deep.include({
      caseNumber: '2026/1234',
      assessor: { name: 'Siri Saksbehandler', role: 'Rådgiver, NAV Testkommune' },
      impartial: true,
      conclusion: 'decline',
      reasons: 'Tilbudet overlapper med et tilbud kommunen allerede kjøper.',
    });
    expect(Date.parse(decision.decidedAt!)).to.be.closeTo(Date.now(), 60_000);

    // A reload: the same page again, with the same draft key.
    element.remove();
    const again = await mountOfficial({ storageKey: key });
    expect(getByRole<HTMLInputElement>(again, 'textbox', 'Saksnummer').value).to.equal('2026/1234');
    expect(getByRole<HTMLInputElement>(again, 'textbox', 'Saksbehandler').value).to.equal('Siri Saksbehandler');
    expect(getByRole<HTMLInputElement>(again, 'textbox', 'Rolle eller enhet').value).to.equal('Rådgiver, NAV Testkommune');
    expect(getByRole<HTMLInputElement>(again, 'checkbox', 'Jeg bekrefter at jeg er habil i denne saken').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(again, 'radio', 'Avslås').checked).to.equal(true);
    expect(getByRole<HTMLTextAreaElement>(again, 'textbox', 'Begrunnelse for konklusjonen').value).to.equal(
      'Tilbudet overlapper med et tilbud kommunen allerede kjøper.',
    );
  });

  it('travels in the JSON file and the CSV file, and comes back when the JSON file is imported', async function () {
    this.timeout(30_000);
    const element = await mountOfficial();
    await recordDecision(element);

    const json = await downloadVia(element, 'Last ned JSON');
    const { assessment } = parseAssessment(JSON.parse(json.text), goalsFramework);
    expect(assessment?.decision).to.deep.include({ caseNumber: '2026/1234', conclusion: 'decline' });
    expect(assessment?.decision?.assessor?.name).to.equal('Siri Saksbehandler');

    const csv = await downloadVia(element, 'Last ned CSV');
    expect(csv.text).to.contain('2026/1234');
    expect(csv.text).to.contain('Avslås');

    const other = await mountOfficial();
    await importFile(other, json.text, 'sak-2026-1234.json');
    expect(statusText(other)).to.contain('sak-2026-1234.json');
    await settle(other);
    expect(other.assessment?.decision).to.deep.equal(element.assessment?.decision);
    expect(getByRole<HTMLInputElement>(other, 'textbox', 'Saksnummer').value).to.equal('2026/1234');
    expect(getByRole<HTMLInputElement>(other, 'radio', 'Avslås').checked).to.equal(true);
  });

  it('prints an archive document of its own: case facts, conclusion, reasons and answers, without words to the entrepreneur', async function () {
    this.timeout(30_000);
    const element = await mountOfficial({
      assessment: officialDocument({
        'inclusion-jobs': { value: 3, comment: 'Fire av ti fikk jobb i 2025.', evidence: ['https://kommune.example/rapport.pdf'] },
      }),
    });
    await recordDecision(element);

    await press(element, 'Skriv ut / lagre som PDF');
    const root = actionsOf(element).shadowRoot!;
    await waitUntil(() => printedText(root) !== '', 'the print job builds a report document', { timeout: 10_000 });
    const frame = root.querySelector<HTMLIFrameElement>('iframe.print-frame')!;
    expect(frame.contentDocument!.documentElement.lang).to.equal('nb');
    expect(frame.contentDocument!.title).to.equal('2026/1234 Saksvurdering: Arbeidskafé');
    const text = printedText(root);
    for (const expected of [
      'Saksvurdering: Arbeidskafé',
      'Saksnummer 2026/1234',
      'Saksbehandler Siri Saksbehandler, Rådgiver, NAV Testkommune',
      'Konklusjon Avslås',
      'Begrunnelse Tilbudet overlapper med et tilbud kommunen allerede kjøper.',
      'Kafé Sammen SA',
      'Deltakere går videre til arbeid',
      'Nivå 3',
      'Fire av ti fikk jobb i 2025.',
      'https://kommune.example/rapport.pdf',
      // Four of five criteria unanswered: counted, not listed.
      '4 kriterier er ikke besvart og er ikke tatt med under.',
      'Samlet 75 – for lite grunnlag',
      'For lite grunnlag: grunnlaget er bare 17 %, med 1 av 5 kriterier besvart med et nivå. Samlet poengsum 75 bygger på for lite til å stå alene.',
      // Impartiality was never confirmed, and the archive copy says so.
      'Ikke bekreftet: saksbehandleren har ikke bekreftet at hen er habil i saken.',
    ]) {
      expect(text).to.contain(expected);
    }
    expect(text).not.to.contain('Samarbeid med NAV');
    expect(text).not.to.contain('Hvem i kommunen du kan kontakte');
    expect(text).not.to.match(/\bDere\b/);
    expect(frame.contentDocument!.querySelector('img, table')).not.to.equal(null);
    // The widget's own controls are not in the printed document.
    expect(frame.contentDocument!.querySelector('button, input, textarea')).to.equal(null);
  });

  it('says in the report when impartiality is confirmed', async function () {
    this.timeout(30_000);
    const element = await mountOfficial();
    await click(element, 'checkbox', 'Jeg bekrefter at jeg er habil i denne saken');
    await press(element, 'Skriv ut / lagre som PDF');
    const root = actionsOf(element).shadowRoot!;
    await waitUntil(() => printedText(root) !== '', 'the print job builds a report document', { timeout: 10_000 });
    expect(printedText(root)).to.contain('Saksbehandleren har bekreftet at hen er habil i saken.');
    expect(printedText(root)).not.to.contain('Ikke bekreftet');
    expect(printedText(root)).to.contain('Saksnummer Ikke oppgitt');
  });

  it('refers to the owner of one of the kommune\'s goals, or to a unit typed by name', async () => {
    const element = await mountOfficial();
    await click(element, 'radio', 'Henvises til en enhet eller eieren av et mål');
    const select = getByRole<HTMLSelectElement>(element, 'combobox', 'Henvis til');
    select.value = 'work';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(element.assessment!.decision).to.deep.include({ conclusion: 'refer', referTo: 'work' });

    select.value = '__other';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    await fill(element, 'Navn på enheten', 'Frivilligsentralen');
    expect(element.assessment!.decision!.referTo).to.equal('Frivilligsentralen');

    // Another conclusion drops the referral.
    await click(element, 'radio', 'Følges opp: kommunen går videre med tilbudet');
    expect(element.assessment!.decision!.referTo).to.equal(undefined);
    expect(allByRole(element, 'combobox', 'Henvis til')).to.have.length(0);
  });

  for (const [lang, names] of [
    ['nb', { group: 'Konklusjon', refer: 'Henvises til en enhet eller eieren av et mål', warning: 'Habilitet er ikke bekreftet. Det står i rapporten.' }],
    ['nn', { group: 'Konklusjon', refer: 'Blir vist vidare til ei eining eller eigaren av eit mål', warning: 'Habilitet er ikkje stadfesta. Det står i rapporten.' }],
    ['en', { group: 'Conclusion', refer: 'Refer to a unit or the owner of a goal', warning: 'Impartiality is not confirmed. The report says so.' }],
  ] as const) {
    it(`is accessible in ${lang}, empty and with a referral`, async function () {
      this.timeout(30_000);
      const element = await mountOfficial({ lang });
      const record = recordOf(element)!;
      expect(record.shadowRoot!.textContent).to.contain(names.warning);
      await expect(record).to.be.accessible();
      await click(element, 'radio', names.refer);
      expect(allByRole(element, 'combobox', /^(Henvis til|Vis vidare til|Refer to)$/)).to.have.length(1);
      await expect(record).to.be.accessible();
      expect(getByRole(element, 'group', names.group)).not.to.equal(null);
    });
  }
});
