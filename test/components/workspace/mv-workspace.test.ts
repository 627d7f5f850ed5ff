import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/workspace/define.js';
import type { MvCompare } from '../../../components/compare/mv-compare.js';
import { AssessmentLibrary } from '../../../components/workspace/assessment-library.js';
import type { MvWorkspace } from '../../../components/workspace/mv-workspace.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';
import { deepQueryAll } from '../../helpers/accessible.js';
import { sendKeys } from '../../helpers/commands.js';
import { downloadedBlobs } from './workspace-harness.js';

let databaseName = '';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

async function workspace(lang = 'nb'): Promise<MvWorkspace> {
  const el = await fixture<MvWorkspace>(html`
    <mv-workspace lang=${lang} database-name=${databaseName} .framework=${compareFramework}></mv-workspace>
  `);
  await waitUntil(() => !text(el).includes('Åpner biblioteket'), 'the library opens');
  await waitUntil(() => offerTitle(el), 'the form is ready');
  await settledWorkspace(el);
  return el;
}

/**
 * Waits until the workspace has finished what opening the library starts (the list, the
 * overview and the form render in turns after it opens): until what it shows stays the same
 * across 150 ms. Typing before then has lost a first letter or two under load.
 */
async function settledWorkspace(el: MvWorkspace): Promise<void> {
  let before = '';
  let after = text(el);
  while (before !== after) {
    before = after;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 150));
    after = text(el);
  }
}

function root(el: MvWorkspace): ShadowRoot {
  return el.shadowRoot!;
}

function text(el: MvWorkspace): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ');
}

function form(el: MvWorkspace): HTMLElement | null {
  return root(el).querySelector('mv-assessment');
}

/** The offer's title field, wherever the assessment's form part draws it. */
function offerTitle(el: MvWorkspace): HTMLInputElement | undefined {
  const assessment = form(el);
  return assessment ? deepQueryAll<HTMLInputElement>(assessment, '#offer-title')[0] : undefined;
}

/** The accessible name of a button: its aria-label, else its text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function button(el: MvWorkspace, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((candidate) => nameOf(candidate) === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/** The library list as rows of cell texts (title, organisation, assessed on, last edited, type, score). */
function listed(el: MvWorkspace): string[][] {
  const table = [...root(el).querySelectorAll('table')].find((candidate) => candidate.caption?.textContent === 'Lagrede vurderinger');
  if (!table) return [];
  return [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].slice(1, 7).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

function status(el: MvWorkspace): string {
  return (root(el).querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
}

/** Chooses files in the file picker, as a user would. */
async function chooseFiles(el: MvWorkspace, files: File[]): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function typeTitle(el: MvWorkspace, title: string): Promise<void> {
  const input = offerTitle(el)!;
  input.focus();
  await sendKeys({ type: title });
}

const pilot = assess('Arbeidstrening for unge', { 'goal-named': 4, 'goal-lasting': 2 });
pilot.offer.organisation = 'Grønn Vekst SA';
const meeting = assess('Møteplass for eldre', { 'users-design': 4, 'users-delivery': 3 }, { mode: 'self' });

describe('<mv-workspace> (real IndexedDB)', () => {
  beforeEach(() => {
    databaseName = `merverdi-workspace-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
  });

  afterEach(async () => {
    // Removing the fixtures closes their connections before the database is deleted.
    document.querySelectorAll('mv-workspace').forEach((element) => element.remove());
    await deleteDatabase(databaseName);
  });

  it('is accessible when empty and says the library is empty', async () => {
    const el = await workspace();
    expect(text(el)).to.contain('Biblioteket er tomt.');
    await expect(el).to.be.accessible();
  });

  it('saves the assessment on screen, and after a reload it is listed', async () => {
    const el = await workspace();
    await typeTitle(el, 'Lunsjtreff');
    button(el, 'Lagre i biblioteket').click();
    await waitUntil(() => listed(el).length === 1, 'listed after saving');
    expect(status(el)).to.contain('«Lunsjtreff» er lagret i biblioteket.');
    el.remove();

    const reloaded = await workspace();
    await waitUntil(() => listed(reloaded).length === 1, 'listed after reload');
    const [row] = listed(reloaded);
    expect(row![0]).to.equal('Lunsjtreff');
    expect(row![4]).to.equal('Saksbehandlers vurdering');
    expect(row![5]).to.equal('–ikke vurdert');
    expect(row![2]).to.match(/\d{4}/);
    expect(row![3]).to.match(/\d{4}/);
    await expect(reloaded).to.be.accessible();
  });

  it('keeps what was typed when the officer opens another assessment without saving', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('pilot.json', pilot)]);
    await waitUntil(() => listed(el).length === 1, 'imported');
    await typeTitle(el, 'Lunsjtreff');
    button(el, 'Åpne «Arbeidstrening for unge»').click();
    await waitUntil(() => status(el).includes('«Arbeidstrening for unge» er åpnet.'), 'the other one opens', { timeout: 10_000 });
    // Saved before the other one opened: every letter typed, once.
    expect(listed(el).map((row) => row[0]).sort()).to.deep.equal(['Arbeidstrening for unge', 'Lunsjtreff']);
    const title = offerTitle(el)!;
    expect(title.value).to.equal('Arbeidstrening for unge');
    await expect(el).to.be.accessible();
  });

  it('imports several files at once, saying file by file what happened', async () => {
    const el = await workspace();
    await chooseFiles(el, [
      jsonFile('pilot.json', pilot),
      jsonFile('ødelagt.json', '{"format": "merverdi-'),
      jsonFile('nabo.json', assess('Fra nabokommunen', {}, { frameworkRef: { id: 'nabokommune' } })),
    ]);
    await waitUntil(() => listed(el).length === 1, 'one imported');
    const results = [...root(el).querySelectorAll('.import-results li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(results[0]).to.equal('pilot.json: importert «Arbeidstrening for unge».');
    expect(results[1]).to.contain('ødelagt.json: ikke importert. Filen er ikke gyldig JSON');
    expect(results[2]).to.contain('nabo.json: ikke importert.').and.contain('nabokommune');
    expect(text(el)).to.contain('1 importert, 2 avvist.');
    expect(listed(el)[0]!.slice(0, 2)).to.deep.equal(['Arbeidstrening for unge', 'Grønn Vekst SA']);
    expect(listed(el)[0]![5]).to.equal('75');
    await expect(el).to.be.accessible();
  });

  it('imports several files dropped together', async () => {
    const el = await workspace();
    const transfer = new DataTransfer();
    transfer.items.add(jsonFile('a.json', pilot));
    transfer.items.add(jsonFile('b.json', meeting));
    const zone = root(el).querySelector('.drop-zone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => listed(el).length === 2, 'both imported');
    expect(listed(el).map((row) => row[0])).to.have.members(['Arbeidstrening for unge', 'Møteplass for eldre']);
  });

  it('deletes with undo: the entry goes, and comes back when undone', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('a.json', pilot), jsonFile('b.json', meeting)]);
    await waitUntil(() => listed(el).length === 2, 'both imported');
    button(el, 'Slett «Møteplass for eldre»').click();
    await waitUntil(() => listed(el).length === 1, 'deleted');
    expect(status(el)).to.contain('«Møteplass for eldre» er slettet.');
    const undo = button(el, 'Angre slettingen');
    await waitUntil(() => root(el).activeElement === undo, 'focus moves to the undo button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed(el).length === 2, 'restored');
    expect(status(el)).to.contain('«Møteplass for eldre» er tilbake.');
  });

  it('renames an entry', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('a.json', pilot)]);
    await waitUntil(() => listed(el).length === 1, 'imported');
    button(el, 'Gi nytt navn til «Arbeidstrening for unge»').click();
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('.rename input')!;
    await waitUntil(() => root(el).activeElement === input, 'focus in the name field');
    input.select();
    await sendKeys({ type: 'Arbeidstrening 2026' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed(el)[0]?.[0] === 'Arbeidstrening 2026', 'renamed');
    await expect(el).to.be.accessible();
  });

  it('exports every assessment in one file', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('a.json', pilot), jsonFile('b.json', meeting)]);
    await waitUntil(() => listed(el).length === 2, 'both imported');
    const blobs = await downloadedBlobs(() => button(el, 'Eksporter alle').click());
    const bundle = JSON.parse(await blobs[0]!.text());
    expect(bundle.format).to.equal('merverdi-library');
    expect(bundle.version).to.equal(1);
    expect(bundle.assessments.map((assessment: { offer: { title: string } }) => assessment.offer.title)).to.have.members([
      'Arbeidstrening for unge',
      'Møteplass for eldre',
    ]);
    expect(status(el)).to.match(/^2 vurderinger er lagt i filen merverdi-bibliotek-\d{4}-\d{2}-\d{2}\.json\.$/);
  });

  it('compares the ticked assessments', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('a.json', pilot), jsonFile('b.json', meeting)]);
    await waitUntil(() => listed(el).length === 2, 'both imported');
    for (const box of root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await waitUntil(() => root(el).querySelector('mv-compare'), 'the comparison appears');
    const compare = root(el).querySelector<MvCompare>('mv-compare')!;
    await waitUntil(() => compare.shadowRoot?.querySelectorAll('tbody tr').length, 'ranked');
    const ranking = [...compare.shadowRoot!.querySelectorAll('table')].find((table) => table.caption?.textContent?.startsWith('Rangering'))!;
    expect(ranking.tBodies[0]!.rows).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('reports an unavailable IndexedDB in Norwegian and keeps working for the session', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    let el: MvWorkspace;
    try {
      el = await workspace();
    } finally {
      IDBFactory.prototype.open = original;
    }
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Biblioteket kan ikke lagre i denne nettleseren');
    expect(text(el)).to.contain('Bare for denne økten');
    await chooseFiles(el, [jsonFile('a.json', pilot)]);
    await waitUntil(() => listed(el).length === 1, 'imported for the session');
    await expect(el).to.be.accessible();
  });

  it('reports a full store and keeps what was saved before', async () => {
    const el = await workspace();
    await chooseFiles(el, [jsonFile('a.json', pilot)]);
    await waitUntil(() => listed(el).length === 1, 'imported');
    await typeTitle(el, 'For mye');
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      button(el, 'Lagre i biblioteket').click();
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'reported');
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Lagringsplassen for dette nettstedet i nettleseren er full');
    await waitUntil(() => listed(el).length === 1, 'the other file is listed', { timeout: 15_000 });
    expect(listed(el).map((row) => row[0])).to.deep.equal(['Arbeidstrening for unge']);
    el.remove();
    const reloaded = await workspace();
    // What could not be saved then is saved when the workspace goes, once there is room again.
    await waitUntil(() => listed(reloaded).length === 2, 'both there after reload');
    expect(listed(reloaded).map((row) => row[0]).sort()).to.deep.equal(['Arbeidstrening for unge', 'For mye']);
  });
  it('refuses a 55 MB library file before reading it, says why, and keeps the library as it was', async () => {
    const el = await workspace();
    // Spaces after a valid document: JSON.parse would accept it, so only the size can refuse it.
    const padding = new Uint8Array(55 * 1024 * 1024).fill(0x20);
    const huge = new File([JSON.stringify(pilot), padding], 'enorm.json', { type: 'application/json' });
    await chooseFiles(el, [huge, jsonFile('pilot.json', pilot)]);
    await waitUntil(() => root(el).querySelectorAll('.import-results li').length === 2, 'both files reported', { timeout: 15_000 });
    const results = [...root(el).querySelectorAll('.import-results li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(results).to.deep.include('pilot.json: importert «Arbeidstrening for unge».');
    expect(results.find((line) => line.startsWith('enorm.json'))).to.contain('Filen er for stor (55 MB)').and.contain('opptil 20 MB');
    await waitUntil(() => listed(el).length === 1, 'the other file is listed', { timeout: 15_000 });
    expect(listed(el).map((row) => row[0])).to.deep.equal(['Arbeidstrening for unge']);
    await expect(el).to.be.accessible();
  });

  it('skips a foreign record in IndexedDB, says so, and lists and opens the rest', async () => {
    const opened = await AssessmentLibrary.open({ databaseName });
    if (!opened.ok) throw new Error('library did not open');
    const saved = await opened.value.save(pilot);
    opened.value.close();
    // Another script of the site writes into the same store: records the library never wrote.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(databaseName);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('assessments', 'readwrite');
        tx.objectStore('assessments').put({ id: 'fremmed', assessment: { hei: 'på deg' }, savedAt: '2026-01-01' });
        tx.objectStore('assessments').put({ id: 'uten-dato', assessment: pilot });
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const el = await workspace();
    await waitUntil(() => listed(el).length === 1, 'the readable entry is listed', { timeout: 15_000 });
    expect(listed(el)[0]![0]).to.equal('Arbeidstrening for unge');
    expect(text(el)).to.contain('som ikke kunne leses som vurderinger, er hoppet over: 2');
    expect(saved.ok).to.equal(true);
    button(el, 'Åpne «Arbeidstrening for unge»').click();
    await waitUntil(() => status(el).includes('«Arbeidstrening for unge»'), 'opened', { timeout: 15_000 });
    await expect(el).to.be.accessible();
  });

  it('never lets an imported file that claims to be the official\'s, dated 2099, take the official\'s own place', async () => {
    const title = 'Arbeidstrening for unge';
    const opened = await AssessmentLibrary.open({ databaseName });
    if (!opened.ok) throw new Error('library did not open');
    // The official's own assessment, made in this library.
    await opened.value.save(assess(title, { 'goal-named': 1 }, { createdAt: '2026-10-01T10:00:00.000Z' }));
    opened.value.close();
    const el = await workspace();
    await waitUntil(() => listed(el).length === 1, 'the own assessment is listed', { timeout: 15_000 });
    await chooseFiles(el, [
      jsonFile('egenvurdering.json', assess(title, { 'goal-named': 4 }, { mode: 'self', createdAt: '2026-10-02T10:00:00.000Z' })),
      jsonFile('forfalsket.json', assess(title, { 'goal-named': 4 }, { mode: 'official', createdAt: '2099-01-01T00:00:00.000Z' })),
    ]);
    await waitUntil(() => listed(el).length === 3, 'both files imported', { timeout: 15_000 });
    // The list says which entries came in as files, and that their type is the file's claim.
    const types = listed(el).map((row) => row[4]!);
    expect(types.filter((type) => type.includes('Importert') && type.includes('«forfalsket.json»'))).to.have.length(1);
    expect(types.filter((type) => type.includes('typen og datoene er det filen som sier'))).to.have.length(2);
    expect(types.filter((type) => type === 'Saksbehandlers vurdering')).to.have.length(1);

    for (const box of root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await waitUntil(() => root(el).querySelector<MvCompare>('mv-compare')?.shadowRoot?.querySelector('[part="self-official"] tbody tr'), 'compared', { timeout: 15_000 });
    const compare = root(el).querySelector<MvCompare>('mv-compare')!;
    await compare.updateComplete;
    const section = compare.shadowRoot!.querySelector('[part="self-official"]')!;
    const cells = [...section.querySelectorAll('tbody tr')[0]!.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    // Self 4 of 4 = 100 against the official's own 1 of 4 = 25; the file's 100 is not used.
    expect(cells.slice(2)).to.deep.equal(['100', '25', '−75']);
    expect(section.textContent).to.not.contain('kommer fra filen «forfalsket.json»');
    expect(section.textContent).to.contain('Egenvurderingen kommer fra filen «egenvurdering.json»');
    // The ranking names the imported ones as imported.
    expect(compare.shadowRoot!.textContent).to.contain('(importert)');
    await expect(el).to.be.accessible();
  });
});
