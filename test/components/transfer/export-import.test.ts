import { expect, waitUntil } from '@open-wc/testing';
import { serializeAssessment } from '../../../src/assessment/serialize-assessment.js';
import { smallAssessment } from '../../fixtures/small-framework.js';
import { allByRole, deepText, getByRole, radiosOf } from '../../helpers/accessible.js';
import {
  actionsOf,
  alertText,
  choose,
  current,
  downloadVia,
  dropFile,
  hostile,
  importFile,
  mount,
  press,
  settled,
  statusText,
} from './helpers.js';
import { sendKeys } from '../../helpers/commands.js';

describe('mv-assessment: export and import', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('offers the actions, accessibly, with no submit button without submit-url', async () => {
    const element = await mount();
    for (const name of ['Last ned JSON', 'Last ned CSV', 'Skriv ut / lagre som PDF', 'Importer fil', 'Del lenke']) {
      expect(getByRole(element, 'button', name), name).to.be.instanceOf(HTMLElement);
    }
    expect(() => getByRole(element, 'button', 'Send inn')).to.throw();
    await expect(element).to.be.accessible();
  });

  it('downloads a CSV for Norwegian Excel: BOM, ;, CRLF, quoting and defused formulas', async () => {
    const element = await mount({ mode: 'official' });
    const title = getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet');
    title.focus();
    await sendKeys({ type: 'Lunsjtreff for alle' });
    await choose(element, 'Nevner et mål', 'Dokumentert med egne data');
    const comment = allByRole<HTMLTextAreaElement>(element, 'textbox', 'Begrunnelse')[0]!;
    comment.focus();
    await sendKeys({ type: '=1+1; "sitat"' });
    await element.updateComplete;

    const file = await downloadVia(element, 'Last ned CSV');
    expect(file.fileName).to.match(/^merverdi-lunsjtreff-for-alle-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(Array.from(file.bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Område;Kriterium;Verdi;Nivå;Poeng (0–100);Ikke relevant;Hvorfor ikke relevant;Begrunnelse;Dokumentasjon');
    expect(lines[1]).to.equal('Langsiktige mål i kommuneplanen;Nevner et mål;3;Dokumentert med egne data;75;;;"\'=1+1; ""sitat""";');
    // Criteria, an empty row, then score and basis per area, overall and completeness.
    expect(lines[6]).to.equal('');
    expect(lines[7]).to.equal('Område;Poeng (0–100);Grunnlag (0–1);Kriterier besvart med nivå;Kriterier i alt;Merknad');
    expect(lines[11]).to.equal('Samlet;75;' + String(0.25 / 3).replace('.', ',') + ';1;5;For lite grunnlag: 1 av 5 kriterier besvart');
    expect(lines).to.have.length(1 + 5 + 1 + 1 + 3 + 1 + 1 + 1);
    expect(lines.at(-1)).to.equal('');
  });

  it('export → import gives the same answers and scores', async () => {
    const element = await mount();
    await choose(element, 'Nevner et mål', 'Påstått');
    await choose(element, 'Varig effekt', 'Dokumentert effekt');
    await choose(element, 'Med i utformingen', 'Ikke relevant');
    const exported = current(element);
    const file = await downloadVia(element, 'Last ned JSON');
    expect(file.fileName).to.match(/^merverdi-vurdering-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).to.deep.equal(JSON.parse(serializeAssessment(exported)));

    const other = await mount();
    await importFile(other, file.text, file.fileName);
    expect(statusText(other)).to.contain('er importert');
    expect(current(other).answers).to.deep.equal(exported.answers);
    expect(current(other).scores).to.deep.equal(exported.scores);
    expect(current(other).completeness).to.equal(exported.completeness);
    // What the user sees follows: the radio is checked.
    const checked = getByRole<HTMLInputElement>(other, 'group', 'Varig effekt').querySelector<HTMLInputElement>('input:checked');
    expect(checked?.labels?.[0]?.textContent).to.contain('Dokumentert effekt');
  });

  it('imports a dropped file', async () => {
    const element = await mount();
    await dropFile(element, serializeAssessment(smallAssessment({ 'feas-owner': { value: 4 } })));
    expect(current(element).answers).to.deep.equal({ 'feas-owner': { value: 4 } });
  });

  it('asks before replacing an assessment in progress, and keeps it on "no"', async () => {
    const element = await mount();
    await choose(element, 'Nevner et mål', 'Påstått');
    await importFile(element, serializeAssessment(smallAssessment({ 'feas-owner': { value: 4 } })), 'annen.json');
    expect(deepText(actionsOf(element))).to.contain('Vil du erstatte den med «annen.json»?');
    await expect(element).to.be.accessible();
    await press(element, 'Nei, behold min');
    expect(current(element).answers).to.deep.equal({ 'goals-named': { value: 1 } });

    await importFile(element, serializeAssessment(smallAssessment({ 'feas-owner': { value: 4 } })), 'annen.json');
    await press(element, 'Ja, erstatt');
    expect(current(element).answers).to.deep.equal({ 'feas-owner': { value: 4 } });
    expect(statusText(element)).to.contain('«annen.json» er importert');
  });

  it('tells a file that is not JSON, not an assessment, of another framework, or too big, each in its own words', async () => {
    const element = await mount();
    await importFile(element, 'Kjære kommune, …', 'brev.json');
    expect(alertText(element)).to.contain('«brev.json» kunne ikke importeres');
    expect(alertText(element)).to.contain('ikke gyldig JSON');
    await expect(element).to.be.accessible();

    await importFile(element, '{"format":"noe-annet"}', 'annet.json');
    expect(alertText(element)).to.contain('ikke en vurdering fra merverdi');

    const foreign = { ...JSON.parse(serializeAssessment(smallAssessment({}))), framework: { id: 'bergen-2030' } };
    await importFile(element, JSON.stringify(foreign), 'bergen.json');
    expect(alertText(element)).to.contain('hører til rammeverket «bergen-2030»');

    await importFile(element, new Blob([' '.repeat(2 * 1024 * 1024 + 1)]), 'stor.json');
    expect(alertText(element)).to.contain('Filen er for stor');
    expect(current(element).answers).to.deep.equal({});
  });

  it('speaks nynorsk and English too', async () => {
    const nn = await mount({ lang: 'nn' });
    await importFile(nn, 'ikkje json', 'x.json');
    expect(alertText(nn)).to.contain('«x.json» kunne ikkje importerast');
    expect(getByRole(nn, 'button', 'Del lenkje')).to.be.instanceOf(HTMLElement);
    const en = await mount({ lang: 'en' });
    await importFile(en, 'not json', 'x.json');
    expect(alertText(en)).to.contain('"x.json" could not be imported');
    expect(getByRole(en, 'button', 'Print / save as PDF')).to.be.instanceOf(HTMLElement);
  });

  it('shows hostile text in a file literally, and runs nothing', async () => {
    const element = await mount({ mode: 'official' });
    const document = smallAssessment({ 'goals-named': { value: 2, comment: hostile } }, { offer: { title: hostile }, mode: 'official' });
    await importFile(element, serializeAssessment(document), `${hostile}.json`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(current(element).offer.title).to.equal(hostile);
    expect(deepText(element)).to.contain(hostile);
    expect(window.__pwned).to.equal(undefined);
    const injected = [element.shadowRoot!, actionsOf(element).shadowRoot!].flatMap((root) => Array.from(root.querySelectorAll('img[src="x"], script')));
    expect(injected).to.have.length(0);
  });

  it('in official mode imports the entrepreneur\'s file as a reference beside the own assessment', async () => {
    const element = await mount({ mode: 'official' });
    await choose(element, 'Nevner et mål', 'Påstått');
    getByRole<HTMLInputElement>(element, 'checkbox', /Importer som gründerens egenvurdering/).click();
    await element.updateComplete;
    const own = smallAssessment({ 'goals-named': { value: 4 } }, { offer: { organisation: 'Lag AS' } });
    await importFile(element, serializeAssessment(own), 'grunder.json');
    expect(statusText(element)).to.contain('vises nå ved siden av din');
    expect(element.reference).to.have.length(1);
    expect(current(element).answers).to.deep.equal({ 'goals-named': { value: 1 } });
    await element.updateComplete;
    expect(deepText(element)).to.contain('Lag AS');
    await expect(element).to.be.accessible();
  });
  it('in official mode never turns the entrepreneur\'s self-assessment into the kommune\'s own without a yes to what the file is', async () => {
    const element = await mount({ mode: 'official' });
    const before = current(element);
    const file = serializeAssessment(smallAssessment({ 'goals-named': { value: 4 } }, { offer: { organisation: 'Lag AS' } }));
    // The box "as the entrepreneur's" is not ticked, and the official's own form is still empty.
    await importFile(element, file, 'grunder.json');
    const question = deepText(actionsOf(element));
    expect(question).to.contain('«grunder.json» er en egenvurdering fra Lag AS, datert 5. jan. 2026');
    expect(question).to.contain('Skal gründerens egenvurdering bli kommunens egen vurdering');
    expect(current(element)).to.equal(before);
    await expect(element).to.be.accessible();
    await press(element, 'Nei, vis den ved siden av som gründerens');
    expect(element.reference).to.have.length(1);
    expect(element.reference![0]!.mode).to.equal('self');
    expect(current(element).answers).to.deep.equal({});

    // Only an explicit yes makes it the official's, and then it says so by its mode.
    await importFile(element, file, 'grunder.json');
    await press(element, 'Ja, erstatt');
    expect(current(element).answers).to.deep.equal({ 'goals-named': { value: 4 } });
    expect(current(element).mode).to.equal('official');
  });

  it('prints the same rounded scores as the screen shows, with the radar as an image', async () => {
    const element = await mount();
    // 100 on one criterion and 50 on the other, weighted 1 : 3, give 62.5 on the area.
    radiosOf(element, 'Nevner et mål')[4]!.click();
    radiosOf(element, 'Varig effekt')[2]!.click();
    await settled(element);
    expect(current(element).scores.dimensions.goals).to.equal(62.5);
    const radar = element.shadowRoot!.querySelector('mv-radar')!;
    await radar.updateComplete;
    // The cell says the score, then its basis ("62,5 (grunnlag 2 av 2)"): the score is the first word.
    const onScreen = getByRole<HTMLTableElement>(radar, 'table').tBodies[0]!.rows[0]!.cells[1]!.textContent!.trim().split(/\s+/)[0];
    expect(onScreen).to.equal('62,5');

    const actions = actionsOf(element);
    try {
      // The report's code is fetched once the page is idle; a print before that has no report
      // and fetches it for the next one, so the test prints until the report is there.
      await waitUntil(
        () => {
          if (!actions.shadowRoot!.querySelector('.report')) window.dispatchEvent(new Event('beforeprint'));
          return actions.shadowRoot!.querySelector('.report');
        },
        'no report',
        { timeout: 10000, interval: 250 },
      );
      const report = actions.shadowRoot!.querySelector('.report')!;
      const table = getByRole<HTMLTableElement>(report, 'table');
      const printed = Array.from(table.tBodies[0]!.rows).find((row) => row.cells[0]!.textContent!.includes('Langsiktige mål'))!;
      expect(printed.cells[1]!.textContent!.trim().split(/\s+/)[0]).to.equal(onScreen);
      expect(deepText(report)).to.contain('Poeng per område');
      expect(deepText(report)).not.to.match(/\bakse\b/i);
      const image = report.querySelector('img');
      expect(image?.getAttribute('src')).to.match(/^data:image\/png;base64,/);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await settled(element);
    expect(actions.shadowRoot!.querySelector('.report')).to.equal(null);
  });
});
