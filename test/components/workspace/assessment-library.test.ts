import { expect } from '@open-wc/testing';
import { AssessmentLibrary, type LibraryOptions } from '../../../components/workspace/assessment-library.js';
import type { LibraryResult } from '../../../components/workspace/library-errors.js';
import { assess, compareFramework } from '../../fixtures/compare-assessments.js';

/** Each test gets its own database, deleted afterwards, so tests never see each other's data. */
let databaseName = '';
const opened: AssessmentLibrary[] = [];

async function openLibrary(options: LibraryOptions = {}): Promise<AssessmentLibrary> {
  const result = await AssessmentLibrary.open({ databaseName, ...options });
  if (!result.ok) throw new Error(`library did not open: ${result.error.code}`);
  opened.push(result.value);
  return result.value;
}

function value<T>(result: LibraryResult<T>): T {
  if (!result.ok) throw new Error(`operation failed: ${result.error.code}`);
  return result.value;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

const pilot = assess('Arbeidstrening for unge', { 'goal-named': 4, 'goal-lasting': 2, 'users-design': 3 });
pilot.offer.organisation = 'Sosialt Entreprenør AS';

describe('AssessmentLibrary (real IndexedDB)', () => {
  beforeEach(() => {
    databaseName = `merverdi-test-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
  });

  afterEach(async () => {
    for (const library of opened.splice(0)) library.close();
    await deleteDatabase(databaseName);
  });

  it('keeps a saved assessment across a reload (a new library on the same database)', async () => {
    const first = await openLibrary();
    const id = value(await first.save(pilot));
    first.close();

    const second = await openLibrary();
    const list = value(await second.list());
    expect(list).to.have.length(1);
    expect(list[0]).to.include({
      id,
      title: 'Arbeidstrening for unge',
      organisation: 'Sosialt Entreprenør AS',
      mode: 'official',
      updatedAt: pilot.updatedAt,
      overall: pilot.scores.overall,
    });
    expect(value(await second.get(id))).to.deep.equal(pilot);
    expect(second.persistent).to.equal(true);
  });

  it('updates an entry saved under the same id instead of adding one', async () => {
    const library = await openLibrary();
    const id = value(await library.save(pilot));
    const changed = { ...pilot, offer: { ...pilot.offer, description: 'Ny beskrivelse' } };
    expect(value(await library.save(changed, id))).to.equal(id);
    const list = value(await library.list());
    expect(list).to.have.length(1);
    expect(value(await library.get(id)).offer.description).to.equal('Ny beskrivelse');
  });

  it('renames an entry by its offer title', async () => {
    const library = await openLibrary();
    const id = value(await library.save(pilot));
    value(await library.rename(id, '  Arbeidstrening 2026 '));
    expect(value(await library.list())[0]!.title).to.equal('Arbeidstrening 2026');
    expect(value(await library.get(id)).offer.title).to.equal('Arbeidstrening 2026');
    const missing = await library.rename('no-such-id', 'x');
    expect(missing.ok).to.equal(false);
  });

  it('undoes a deletion, bringing the entry back exactly, also after a reload', async () => {
    const library = await openLibrary();
    const keep = value(await library.save(assess('Beholdes', { 'new-here': 2 })));
    const id = value(await library.save(pilot));
    value(await library.remove(id));
    expect(value(await library.list()).map((entry) => entry.id)).to.deep.equal([keep]);
    expect((await library.get(id)).ok).to.equal(false);

    const reloaded = await openLibrary();
    expect(value(await reloaded.list()).map((entry) => entry.id)).to.deep.equal([keep]);
    value(await reloaded.undoRemove(id));
    expect(value(await library.list()).map((entry) => entry.id)).to.have.members([keep, id]);
    expect(value(await library.get(id))).to.deep.equal(pilot);
  });

  it('removes a deleted entry for good once the undo window passes', async () => {
    const library = await openLibrary({ undoWindowMs: 50 });
    const id = value(await library.save(pilot));
    value(await library.remove(id));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const undo = await library.undoRemove(id);
    expect(undo.ok).to.equal(false);
    if (!undo.ok) expect(undo.error.code).to.equal('not-found');
    const reloaded = await openLibrary({ undoWindowMs: 50 });
    expect(value(await reloaded.list())).to.deep.equal([]);
  });

  it('finishes the previous deletion at the next one', async () => {
    const library = await openLibrary();
    const a = value(await library.save(assess('A', {})));
    const b = value(await library.save(assess('B', {})));
    value(await library.remove(a));
    value(await library.remove(b));
    expect((await library.undoRemove(a)).ok).to.equal(false);
    value(await library.undoRemove(b));
    expect(value(await library.list()).map((entry) => entry.title)).to.deep.equal(['B']);
  });

  it('exports every assessment in one bundle', async () => {
    const library = await openLibrary();
    const other = assess('Møteplass for eldre', { 'users-design': 4 }, { mode: 'self' });
    value(await library.save(pilot));
    value(await library.save(other));
    const bundle = value(await library.exportAll());
    expect(bundle.format).to.equal('merverdi-library');
    expect(bundle.version).to.equal(1);
    expect(Number.isNaN(Date.parse(bundle.exportedAt))).to.equal(false);
    expect(bundle.assessments).to.have.deep.members([pilot, other]);
    // What was exported can be imported again, into another library.
    databaseName = `${databaseName}-copy`;
    const copy = await openLibrary();
    const results = await copy.importFiles([{ name: 'bibliotek.json', content: JSON.stringify(bundle) }], compareFramework);
    expect(results.map((result) => result.status)).to.deep.equal(['imported', 'imported']);
    expect(value(await copy.list()).map((entry) => entry.title)).to.have.members(['Arbeidstrening for unge', 'Møteplass for eldre']);
    await deleteDatabase(databaseName);
    databaseName = databaseName.slice(0, -'-copy'.length);
  });

  it('imports many files at once and says, file by file, what was imported and why others were not', async () => {
    const library = await openLibrary();
    const foreign = assess('Fra en annen kommune', {}, { frameworkRef: { id: 'annen-kommune' } });
    const results = await library.importFiles(
      [
        { name: 'en.json', content: JSON.stringify(pilot) },
        { name: 'ødelagt.json', content: '{ "format": "merverdi-assess' },
        { name: 'annen.json', content: JSON.stringify(foreign) },
        { name: 'to.json', content: JSON.stringify([assess('Første', {}), { format: 'noe annet' }]) },
      ],
      compareFramework,
    );
    expect(results.map((result) => [result.fileName, result.item, result.status])).to.deep.equal([
      ['en.json', undefined, 'imported'],
      ['ødelagt.json', undefined, 'rejected'],
      ['annen.json', undefined, 'rejected'],
      ['to.json', 1, 'imported'],
      ['to.json', 2, 'rejected'],
    ]);
    expect(results[1]!.problems[0]!.code).to.equal('not-json');
    expect(results[1]!.problems[0]!.message.nb).to.contain('ikke gyldig JSON');
    expect(results[2]!.problems.map((problem) => problem.code)).to.include('other-framework');
    expect(results[4]!.problems[0]!.path).to.match(/^\[1\]/);
    expect(value(await library.list()).map((entry) => entry.title)).to.have.members(['Arbeidstrening for unge', 'Første']);
  });

  it('reports an unavailable IndexedDB in Norwegian, and the in-memory fallback still works', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    let result: LibraryResult<AssessmentLibrary>;
    try {
      result = await AssessmentLibrary.open({ databaseName });
    } finally {
      IDBFactory.prototype.open = original;
    }
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('unavailable');
      expect(result.error.message.nb).to.contain('kan ikke lagre i denne nettleseren');
      expect(result.error.message.nn).to.contain('kan ikkje lagre i denne nettlesaren');
    }
    const fallback = AssessmentLibrary.inMemory();
    expect(fallback.persistent).to.equal(false);
    const id = value(await fallback.save(pilot));
    expect(value(await fallback.get(id))).to.deep.equal(pilot);
  });

  it('reports a full store and keeps everything saved before', async () => {
    const library = await openLibrary();
    const earlier = value(await library.save(pilot));
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(): IDBRequest<IDBValidKey> {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let failed: LibraryResult<string>;
    let imported;
    try {
      failed = await library.save(assess('For mye', {}));
      imported = await library.importFiles([{ name: 'ny.json', content: JSON.stringify(assess('Ny', {})) }], compareFramework);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(failed.ok).to.equal(false);
    if (!failed.ok) {
      expect(failed.error.code).to.equal('quota-exceeded');
      expect(failed.error.message.nb).to.contain('Lagringsplassen').and.contain('er i behold');
    }
    expect(imported[0]!.status).to.equal('rejected');
    expect(imported[0]!.problems[0]!.code).to.equal('quota-exceeded');
    const reloaded = await openLibrary();
    expect(value(await reloaded.list()).map((entry) => entry.id)).to.deep.equal([earlier]);
  });

  it('keeps two widgets apart: two stores in one database do not collide', async () => {
    const one = await openLibrary({ storeName: 'widget-one' });
    value(await one.save(assess('Én', {})));
    const two = await openLibrary({ storeName: 'widget-two' });
    value(await two.save(assess('To', {})));
    // The first widget's connection stepped aside for the upgrade and reopens on use.
    expect(value(await one.list()).map((entry) => entry.title)).to.deep.equal(['Én']);
    expect(value(await two.list()).map((entry) => entry.title)).to.deep.equal(['To']);
  });
});
