import { expect, waitUntil } from '@open-wc/testing';
import { actionsOf, press } from '../transfer/helpers.js';
import { mountOfficial, officialDocument, printedText, settle } from './helpers.js';

/** The entrepreneur's self-assessment of the same offer, on the same framework. */
const entrepreneurs = officialDocument(
  { 'inclusion-jobs': { value: 4 }, 'inclusion-nav': { value: 1 }, 'part-design': { value: 2 } },
  { mode: 'self', offer: { title: 'Arbeidskafé', organisation: 'Kafé Sammen SA' } },
);

describe('the official\'s printed report beside the entrepreneur\'s own assessment', () => {
  it('prints the entrepreneur\'s level under each criterion, with how far it lies from the official\'s', async function () {
    this.timeout(30_000);
    const element = await mountOfficial({
      assessment: officialDocument({ 'inclusion-jobs': { value: 3 }, 'inclusion-nav': { value: 2 }, 'part-design': { value: 2 } }),
    });
    element.reference = [entrepreneurs];
    await settle(element);

    await press(element, 'Skriv ut / lagre som PDF');
    const root = actionsOf(element).shadowRoot!;
    await waitUntil(() => printedText(root) !== '', 'the print job builds a report document', { timeout: 10_000 });
    const text = printedText(root);
    for (const expected of [
      'Nivå Nivå 3 (3/4; 75) Gründerens egenvurdering (Kafé Sammen SA) Nivå 4 (1 nivå over saksbehandlerens)',
      'Nivå Nivå 2 (2/4; 50) Gründerens egenvurdering (Kafé Sammen SA) Nivå 1 (1 nivå under saksbehandlerens)',
      'Gründerens egenvurdering (Kafé Sammen SA) Nivå 2 (samme nivå som saksbehandlerens)',
    ]) {
      expect(text).to.contain(expected);
    }
  });

  it('prints no comparison when no other assessment is laid beside the official\'s', async function () {
    this.timeout(30_000);
    const element = await mountOfficial({ assessment: officialDocument({ 'inclusion-jobs': { value: 3 } }) });
    await press(element, 'Skriv ut / lagre som PDF');
    const root = actionsOf(element).shadowRoot!;
    await waitUntil(() => printedText(root) !== '', 'the print job builds a report document', { timeout: 10_000 });
    expect(printedText(root)).not.to.contain('saksbehandlerens)');
    await expect(element).to.be.accessible();
  });
});
