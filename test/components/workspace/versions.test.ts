import { expect, waitUntil } from '@open-wc/testing';
import type { MvCompare } from '../../../components/compare/mv-compare.js';
import type { MvWorkspace } from '../../../components/workspace/mv-workspace.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { deepQueryAll } from '../../helpers/accessible.js';
import { emulateMediaOrSkip, sendKeys } from '../../helpers/commands.js';
import { downloadedBlobs, freshDatabasePerTest, openWorkspace, rowsOf, seed, stored, tableByCaption, textOf } from './workspace-harness.js';

const TITLE = 'Arbeidstrening i kafé';
const onScreen = (iso: string) => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function versions() {
  return [
    assess(TITLE, { 'goal-named': 4, 'users-design': 4 }, { mode: 'self', createdAt: '2026-02-02T09:00:00.000Z' }),
    assess(TITLE, { 'goal-named': 1, 'users-design': 2 }, { createdAt: '2026-02-10T09:00:00.000Z' }),
    assess(TITLE, { 'goal-named': 3, 'users-design': 3 }, { createdAt: '2026-10-05T09:00:00.000Z' }),
  ];
}

function compare(el: MvWorkspace): MvCompare | null {
  return el.shadowRoot!.querySelector<MvCompare>('mv-compare');
}

async function tickAll(el: MvWorkspace): Promise<MvCompare> {
  for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  await waitUntil(() => compare(el)?.shadowRoot?.querySelector('[part="over-time"]'), 'compared', { timeout: 15_000 });
  await compare(el)!.updateComplete;
  return compare(el)!;
}

describe('<mv-workspace>: versions of one offer, and the comparison beside the library', () => {
  const database = freshDatabasePerTest();

  it('puts the comparison right after the library, and says what to tick', async () => {
    await seed(database.name, versions());
    const el = await openWorkspace(database.name, compareFramework, 'nb', 3);
    const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((part) => part.getAttribute('part')).filter((part) => part !== 'drop-zone');
    expect(parts.indexOf('compare')).to.equal(parts.indexOf('library') + 1);
    expect(parts.indexOf('compare')).to.be.below(parts.indexOf('editor'));
    const help = textOf(el.shadowRoot!.querySelector('[part="compare"]'));
    expect(help).to.contain('Egenvurdering mot din vurdering: kryss av gründerens egenvurdering og din vurdering av samme tilbud.');
    expect(help).to.contain('Før og etter: kryss av to eller flere av dine vurderinger av samme tilbud; de ordnes etter dagen de ble vurdert.');
    await expect(el).to.be.accessible();
  });

  it('names versions by who assessed them and the day, never "(1)" and "(2)"', async () => {
    await seed(database.name, versions());
    const el = await openWorkspace(database.name, compareFramework, 'nb', 3);
    const compared = await tickAll(el);
    const names = rowsOf(tableByCaption(compared.shadowRoot!, 'Rangering')).map((row) => row[1]).sort();
    expect(names).to.deep.equal(
      [
        `${TITLE} – Egenvurdering`,
        `${TITLE} – Saksbehandlers vurdering, vurdert ${onScreen('2026-02-10T09:00:00.000Z')}`,
        `${TITLE} – Saksbehandlers vurdering, vurdert ${onScreen('2026-10-05T09:00:00.000Z')}`,
      ].sort(),
    );
    expect(textOf(compared.shadowRoot!)).to.not.match(/\(\d\)/);
    await expect(el).to.be.accessible();
  });

  it('keeps the day an old version was assessed on when it is edited and saved, so before/after keeps its order', async () => {
    await seed(database.name, versions());
    const el = await openWorkspace(database.name, compareFramework, 'nb', 3);
    const library = tableByCaption(el.shadowRoot!, 'Lagrede vurderinger');
    const old = [...library.tBodies[0]!.rows].findIndex((row) => textOf(row.cells[3]) === onScreen('2026-02-10T09:00:00.000Z'));
    library.tBodies[0]!.rows[old]!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('.status')).includes('er åpnet'), 'opened');
    const organisation = deepQueryAll<HTMLInputElement>(el.shadowRoot!.querySelector('mv-assessment')!, '#offer-organisation')[0]!;
    organisation.focus();
    await sendKeys({ type: 'Kaffe og Kompetanse AS' });
    [...el.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Lagre i biblioteket')!.click();
    await waitUntil(async () => (await stored(database.name)).some((assessment) => assessment.offer.organisation === 'Kaffe og Kompetanse AS'), 'saved', { timeout: 15_000 });

    const edited = (await stored(database.name)).find((assessment) => assessment.offer.organisation === 'Kaffe og Kompetanse AS')!;
    expect(edited.createdAt).to.equal('2026-02-10T09:00:00.000Z');
    expect(Date.parse(edited.updatedAt)).to.be.above(Date.parse('2026-11-01T00:00:00.000Z'));
    await waitUntil(() => rowsOf(tableByCaption(el.shadowRoot!, 'Lagrede vurderinger')).some((row) => row[2] === 'Kaffe og Kompetanse AS'), 'listed');
    const row = rowsOf(tableByCaption(el.shadowRoot!, 'Lagrede vurderinger')).find((cells) => cells[2] === 'Kaffe og Kompetanse AS')!;
    expect(row[3]).to.equal(onScreen('2026-02-10T09:00:00.000Z'));
    expect(row[4]).to.equal(onScreen(edited.updatedAt));

    // Before and after still runs from the start to the pilot, whichever was saved last.
    const compared = await tickAll(el);
    const header = [...compared.shadowRoot!.querySelectorAll('[part="over-time"] thead th')].map((cell) => textOf(cell));
    expect(header.slice(1, 3)).to.deep.equal([onScreen('2026-02-10T09:00:00.000Z'), onScreen('2026-10-05T09:00:00.000Z')]);
  });

  it('exports the ticked assessments on their own', async () => {
    await seed(database.name, versions());
    const el = await openWorkspace(database.name, compareFramework, 'nb', 3);
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[0]!.click();
    boxes[1]!.click();
    await waitUntil(() => compare(el), 'compared');
    const blobs = await downloadedBlobs(() => [...el.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Eksporter de valgte vurderingene')!.click());
    const bundle = JSON.parse(await blobs[0]!.text());
    expect(bundle.format).to.equal('merverdi-library');
    expect(bundle.assessments).to.have.length(2);
    expect(textOf(el.shadowRoot!.querySelector('.status'))).to.match(/^2 vurderinger er lagt i filen merverdi-sammenligning-\d{4}-\d{2}-\d{2}\.json\.$/);
  });

  it('prints the comparison on its own', async function () {
    await seed(database.name, versions());
    const el = await openWorkspace(database.name, compareFramework, 'nn', 3);
    await tickAll(el);
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Skriv ut samanlikninga')!.click();
      await waitUntil(() => printed === 1, 'the print dialog is asked for');
      await emulateMediaOrSkip(this, { media: 'print' });
      const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('[part="compare"]')).to.equal(true);
      expect(shown('mv-compare')).to.equal(true);
      expect(shown('.compare-help')).to.equal(false);
      for (const part of ['library', 'agreement', 'overview', 'editor']) expect(shown(`[part="${part}"]`), part).to.equal(false);
    } finally {
      window.print = print;
      await emulateMediaOrSkip(this, { media: 'screen' });
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="editor"]')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
