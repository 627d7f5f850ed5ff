import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/compare/define.js';
import type { MvCompare } from '../../../components/compare/mv-compare.js';
import type { MvRadar } from '../../../components/radar/mv-radar.js';
import type { Assessment } from '../../../src/assessment/types.js';
import type { Framework } from '../../../src/framework/types.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { sendKeys } from '../../helpers/commands.js';
import { scrolledToChart } from '../../helpers/radar-drawn.js';

// goals, participation, innovation (each 0..4 → 0..100 in steps of 25):
const a = assess('Arbeidstrening', { 'goal-named': 4, 'goal-lasting': 4, 'users-design': 2, 'users-delivery': 2 }); // 100, 50, – → 75
const b = assess('Møteplass', { 'goal-named': 2, 'goal-lasting': 2, 'users-design': 4, 'users-delivery': 4 }); // 50, 100, – → 75
const c = assess('Mentorordning', { 'goal-named': 0, 'goal-lasting': 0, 'new-here': 4, 'unmet-need': 4 }); // 0, –, 100 → 50
const empty = assess('Uvurdert', {});

async function compare(assessments: Assessment[], options: { lang?: string; framework?: Framework } = {}): Promise<MvCompare> {
  const el = await fixture<MvCompare>(html`
    <mv-compare lang=${options.lang ?? 'nb'} .framework=${options.framework ?? compareFramework} .assessments=${assessments}></mv-compare>
  `);
  await el.updateComplete;
  return el;
}

function root(el: MvCompare): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text of an element, with the screen-reader-only parts left out. */
function seen(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text a screen reader gets: everything but the aria-hidden parts. */
function spoken(node: Element): string {
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function rankingTable(el: MvCompare): HTMLTableElement {
  const table = [...root(el).querySelectorAll('table')].find((candidate) => candidate.caption?.textContent?.startsWith('Rangering'));
  if (!table) throw new Error('no ranking table');
  return table;
}

/**
 * Each ranking row as [place, offer, overall, goals, participation, innovation], as read
 * aloud; the basis column that ends each row is checked in `basis.test.ts`.
 */
function rankingRows(el: MvCompare): string[][] {
  return [...rankingTable(el).tBodies[0]!.rows].map((row) => [...row.cells].slice(0, -1).map((cell) => spoken(cell)));
}

function sortButton(el: MvCompare, name: string): HTMLButtonElement {
  const button = [...rankingTable(el).querySelectorAll('thead button')].find((candidate) => spoken(candidate) === name);
  if (!button) throw new Error(`no sort button named ${name}`);
  return button as HTMLButtonElement;
}

function radar(el: MvCompare): MvRadar {
  return root(el).querySelector('mv-radar')!;
}

function headings(el: MvCompare): string[] {
  return [...root(el).querySelectorAll('h2, h3, h4')].map((heading) => seen(heading));
}

describe('<mv-compare>', () => {
  it('is accessible and draws the offers with the target ring, ranked with shared places and an unscored offer last', async () => {
    const el = await compare([c, empty, a, b]);
    await expect(el).to.be.accessible();
    expect(rankingRows(el)).to.deep.equal([
      ['Delt 1.', 'Arbeidstrening – Saksbehandlers vurdering', '75', '100', '50', 'ikke vurdert'],
      ['Delt 1.', 'Møteplass – Saksbehandlers vurdering', '75', '50', '100', 'ikke vurdert'],
      ['3.', 'Mentorordning – Saksbehandlers vurdering', '50', '0', 'ikke vurdert', '100'],
      ['ikke vurdert', 'Uvurdert – Saksbehandlers vurdering', 'ikke vurdert', 'ikke vurdert', 'ikke vurdert', 'ikke vurdert'],
    ]);
    // On screen, a missing score is a dash, never 0.
    const shown = [...rankingTable(el).tBodies[0]!.rows[3]!.cells].slice(0, -1).map((cell) => seen(cell));
    expect(shown).to.deep.equal(['–', 'Uvurdert – Saksbehandlers vurdering', '–', '–', '–', '–']);
    const overall = rankingTable(el).querySelector('th[aria-sort]')!;
    expect(spoken(overall)).to.equal('Samlet');
    expect(overall.getAttribute('aria-sort')).to.equal('descending');

    await waitUntil(() => radar(el).drawnData.datasets.length > 0, 'the radar draws');
    const drawn = radar(el).drawnData.datasets.map((dataset) => dataset.label);
    expect(drawn).to.include.members([
      'Mentorordning – Saksbehandlers vurdering',
      'Uvurdert – Saksbehandlers vurdering',
      'Arbeidstrening – Saksbehandlers vurdering',
      'Møteplass – Saksbehandlers vurdering',
    ]);
    // The kommune's target ring is drawn too (its column in the radar's table).
    expect(spoken(radar(el).shadowRoot!.querySelector('thead')!)).to.contain('Kommunens målnivå');
  });

  it('sorts by an area when its header button is clicked, again the other way, keeping unscored offers last', async () => {
    const el = await compare([a, b, c]);
    sortButton(el, 'Brukermedvirkning').click();
    await el.updateComplete;
    const header = sortButton(el, 'Brukermedvirkning').closest('th')!;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(rankingTable(el).querySelectorAll('th[aria-sort]')).to.have.length(1);
    expect(rankingRows(el).map((row) => [row[0], row[1]!.split(' – ')[0], row[4]])).to.deep.equal([
      ['1.', 'Møteplass', '100'],
      ['2.', 'Arbeidstrening', '50'],
      ['ikke vurdert', 'Mentorordning', 'ikke vurdert'],
    ]);
    expect(spoken(root(el).querySelector('[role="status"]')!)).to.equal('Sortert etter Brukermedvirkning, høyest først.');

    sortButton(el, 'Brukermedvirkning').click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(rankingRows(el).map((row) => row[1]!.split(' – ')[0])).to.deep.equal(['Arbeidstrening', 'Møteplass', 'Mentorordning']);
    expect(spoken(root(el).querySelector('[role="status"]')!)).to.equal('Sortert etter Brukermedvirkning, lavest først.');
    await expect(el).to.be.accessible();
  });

  it('sorts with the keyboard: Tab to a header button, Enter and Space', async () => {
    const el = await compare([a, b, c]);
    const innovation = sortButton(el, 'Innovasjon');
    sortButton(el, 'Samlet').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(innovation);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(innovation.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(rankingRows(el)[0]![1]).to.contain('Mentorordning');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(innovation.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    // Only one offer has an innovation score; the others have no place and stay last.
    expect(rankingRows(el).map((row) => row[0])).to.deep.equal(['1.', 'ikke vurdert', 'ikke vurdert']);
  });

  it('says in words where each offer stands out', async () => {
    const el = await compare([a, b, c]);
    const summary = root(el).querySelector('[part="stand-out"]')!;
    const items = [...summary.querySelectorAll(':scope > ul > li')].map((item) => seen(item));
    expect(items[0]).to.equal('Arbeidstrening – Saksbehandlers vurdering skiller seg ut på: Langsiktige mål: høyest (100 mot snitt 25 hos de andre)');
    expect(items[1]).to.contain('Møteplass').and.contain('Brukermedvirkning: høyest (100 mot snitt 50 hos de andre)');
    // Mentorordning alone has an innovation score: with no one to compare with, that is no standing out.
    expect(items[2]).to.equal('Mentorordning – Saksbehandlers vurdering skiller seg ikke tydelig ut på noe område.');
  });

  it('flags an assessment of another framework, lists it as not comparable and leaves it off the radar', async () => {
    const foreign = assess('Fra nabokommunen', { 'goal-named': 4 }, { frameworkRef: { id: 'nabokommune' } });
    const el = await compare([a, foreign, b]);
    const notes = root(el).querySelector('[part="notes"]')!;
    expect(seen(notes)).to.contain('Fra nabokommunen – Saksbehandlers vurdering: Denne vurderingen er laget med et annet rammeverk («nabokommune»)');
    const last = rankingRows(el)[2]!;
    expect(last.slice(0, 3)).to.deep.equal(['ikke sammenlignbar', 'Fra nabokommunen – Saksbehandlers vurdering', 'ikke vurdert']);
    await scrolledToChart(radar(el));
    expect(radar(el).drawnData.datasets.map((dataset) => dataset.label)).not.to.include('Fra nabokommunen – Saksbehandlers vurdering');
    await expect(el).to.be.accessible();
  });

  it('compares only the shared areas with another revision, and says so', async () => {
    const previous: Framework = { ...compareFramework, revision: '2025-01', dimensions: compareFramework.dimensions.slice(0, 2) };
    const old = assess('Gammel vurdering', { 'goal-named': 2, 'users-design': 2 }, { framework: previous });
    const el = await compare([a, old, c], { lang: 'nn' });
    const notes = seen(root(el).querySelector('[part="notes"]')!);
    expect(notes).to.contain('ei anna utgåve av rammeverket («2025-01», gjeldande er «2026-01»)');
    expect(notes).to.contain('Berre områda alle vurderingane har felles, blir samanlikna: Langsiktige mål, Brukarmedverknad.');
    const buttons = [...rankingTable(el).querySelectorAll('thead button')].map((button) => spoken(button));
    expect(buttons).to.deep.equal(['Samla', 'Langsiktige mål', 'Brukarmedverknad']);
    // Mentorordning's overall is now its goals score alone (0), not 50 with innovation.
    expect(rankingRows(el).find((row) => row[1]!.startsWith('Mentorordning'))![2]).to.equal('0');
    await expect(el).to.be.accessible();
  });

  it('draws only the first eight of more offers and says so, while the table lists all', async () => {
    const many = Array.from({ length: 10 }, (_, index) => assess(`Tilbud ${index + 1}`, { 'goal-named': index % 5 }));
    const el = await compare(many);
    expect(seen(root(el).querySelector('[part="notes"]')!)).to.contain('Diagrammet viser bare de første 8 av 10 tilbud; tabellen under viser alle.');
    expect(rankingTable(el).tBodies[0]!.rows).to.have.length(10);
    await scrolledToChart(radar(el));
    const labels = radar(el).drawnData.datasets.map((dataset) => dataset.label).filter((label) => label.startsWith('Tilbud'));
    expect(labels).to.have.length(8);
    expect(labels).not.to.include('Tilbud 9 – Saksbehandlers vurdering');
  });

  it('shows where self-assessment and official assessment differ, largest difference first', async () => {
    const self = assess('Møteplass', { 'goal-named': 4, 'goal-lasting': 3, 'users-design': 4, 'new-here': 'na' }, { mode: 'self', orgNumber: '974760673' });
    const official = assess('Møteplass for eldre', { 'goal-named': 1, 'goal-lasting': 3, 'users-design': 2, 'new-here': 2 }, { orgNumber: '974760673' });
    const el = await compare([self, official]);
    await expect(el).to.be.accessible();
    const section = root(el).querySelector('[part="self-official"]')!;
    expect(seen(section.querySelector('h3')!)).to.equal('Egenvurdering mot saksbehandlers vurdering: Møteplass for eldre');
    const rows = [...section.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map((cell) => spoken(cell)));
    expect(rows).to.deep.equal([
      ['Navngitt mål', 'Langsiktige mål', '100', '25', '−75'],
      ['Brukere i utforming', 'Brukermedvirkning', '100', '50', '−50'],
      ['Varig effekt', 'Langsiktige mål', '75', '75', '0'],
    ]);
    expect(seen(section)).to.contain('Vurdert av bare én av dem').and.contain('Nytt i kommunen: egenvurdering ikke relevant, saksbehandler 50');
  });

  it('uses an explicit self and official pair when set', async () => {
    const el = await compare([]);
    el.self = assess('Tilbud', { 'new-here': 1 }, { mode: 'self' });
    el.official = assess('Annet navn', { 'new-here': 3 });
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll<HTMLTableRowElement>('[part="self-official"] tbody tr')].map((row) => spoken(row.cells[4]!));
    expect(rows).to.deep.equal(['+50']);
  });

  it('shows one offer assessed twice as before and after', async () => {
    const before = assess('Pilot', { 'goal-named': 1, 'goal-lasting': 1, 'users-design': 2 }, { createdAt: '2026-01-15T10:00:00Z' });
    const after = assess('Pilot', { 'goal-named': 4, 'goal-lasting': 4 }, { createdAt: '2026-09-15T10:00:00Z' });
    const el = await compare([after, before]);
    await expect(el).to.be.accessible();
    const section = root(el).querySelector('[part="over-time"]')!;
    expect(seen(section.querySelector('h3')!)).to.equal('Utvikling over tid: Pilot');
    const header = [...section.querySelectorAll('thead th')].map((cell) => seen(cell));
    expect(header[1]).to.contain('2026').and.contain('jan');
    expect(header[2]).to.contain('sep');
    const rows = [...section.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => [...row.cells].map((cell) => spoken(cell)));
    expect(rows).to.deep.equal([
      ['Samlet', '37,5', '100', '+62,5'],
      ['Langsiktige mål', '25', '100', '+75'],
      ['Brukermedvirkning', '50', 'ikke vurdert', 'ikke vurdert'],
      ['Innovasjon', 'ikke vurdert', 'ikke vurdert', 'ikke vurdert'],
    ]);
  });

  it('says there is nothing to compare yet, in English too', async () => {
    const el = await compare([], { lang: 'en' });
    expect(headings(el)).to.deep.equal(['Comparison of offers']);
    expect(seen(root(el).querySelector('p')!)).to.equal('No assessments to compare yet.');
    await expect(el).to.be.accessible();
  });
});
