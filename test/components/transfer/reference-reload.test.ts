import { expect } from '@open-wc/testing';
import { serializeAssessment } from '../../../src/assessment/serialize-assessment.js';
import { smallAssessment } from '../../fixtures/small-framework.js';
import { deepText, getByRole } from '../../helpers/accessible.js';
import { choose, current, importFile, mount, statusText } from './helpers.js';

/** The entrepreneur's self-assessment as the file an official receives. */
const entrepreneurs = serializeAssessment(
  smallAssessment(
    { 'goals-named': { value: 3 } },
    { offer: { title: 'Arbeidstrening i parken', organisation: 'Lag AS', orgNumber: '974760673', contact: 'post@lag.example' } },
  ),
);

async function importAsEntrepreneurs(element: Awaited<ReturnType<typeof mount>>): Promise<void> {
  getByRole<HTMLInputElement>(element, 'checkbox', /Importer som gründerens egenvurdering/).click();
  await element.updateComplete;
  await importFile(element, entrepreneurs, 'grunder.json');
  expect(statusText(element)).to.contain('vises nå ved siden av din');
}

describe('mv-assessment: the entrepreneur\'s assessment beside the official\'s, after a reload', () => {
  const key = `mv-test-reference-${Math.random().toString(36).slice(2)}`;
  afterEach(() => {
    for (const stored of Object.keys(localStorage)) if (stored.startsWith(key)) localStorage.removeItem(stored);
  });

  it('takes the offer\'s details from the imported assessment while the official\'s are blank', async () => {
    const element = await mount({ mode: 'official', storageKey: key });
    await importAsEntrepreneurs(element);
    expect(current(element).offer).to.deep.equal({
      title: 'Arbeidstrening i parken',
      organisation: 'Lag AS',
      orgNumber: '974760673',
      contact: 'post@lag.example',
    });
    expect(getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet').value).to.equal('Arbeidstrening i parken');
    await expect(element).to.be.accessible();
  });

  it('keeps the official\'s own offer details when they are filled in', async () => {
    const element = await mount({ mode: 'official', storageKey: key });
    const title = getByRole<HTMLInputElement>(element, 'textbox', 'Navn på tilbudet');
    title.value = 'Kafé i parken';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    await importAsEntrepreneurs(element);
    expect(current(element).offer.title).to.equal('Kafé i parken');
    expect(current(element).offer.organisation).to.equal(undefined);
  });

  it('brings back the draft and the entrepreneur\'s assessment beside it after a reload', async () => {
    const first = await mount({ mode: 'official', storageKey: key });
    await importAsEntrepreneurs(first);
    await choose(first, 'Nevner et mål', 'Påstått');
    first.remove();

    const again = await mount({ mode: 'official', storageKey: key });
    expect(again.reference).to.have.length(1);
    expect(again.reference[0]!.offer.organisation).to.equal('Lag AS');
    expect(current(again).answers).to.deep.equal({ 'goals-named': { value: 1 } });
    await again.updateComplete;
    // The entrepreneur's level is shown beside the official's question again.
    expect(deepText(again)).to.contain('Lag AS');
    await expect(again).to.be.accessible();
  });
});
