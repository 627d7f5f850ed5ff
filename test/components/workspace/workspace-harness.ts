import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/workspace/define.js';
import type { Assessment } from '../../../src/assessment/types.js';
import type { Framework } from '../../../src/framework/types.js';
import { AssessmentLibrary } from '../../../components/workspace/assessment-library.js';
import type { MvWorkspace } from '../../../components/workspace/mv-workspace.js';
import { deepQueryAll } from '../../helpers/accessible.js';
import { sendKeys } from '../../helpers/commands.js';

/**
 * What the workspace's test files share: a fresh IndexedDB database per test, a library
 * filled before the workspace opens (as an earlier visit would have left it), and ways to
 * read and drive the workspace as a user does.
 */

/**
 * A fresh database for each test of the suite, deleted after it: call it in the `describe`
 * and read `.name` inside the tests.
 */
export function freshDatabasePerTest(): { readonly name: string } {
  const database = { name: '' };
  beforeEach(() => {
    database.name = freshDatabaseName();
  });
  afterEach(() => cleanUp(database.name));
  return database;
}

/** The files `start` hands to the browser for download, caught as the workspace makes them. */
export async function downloadedBlobs(start: () => void): Promise<Blob[]> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blobs.push(object as Blob);
    return original.call(URL, object);
  };
  try {
    start();
    await waitUntil(() => blobs.length === 1, 'a file is made');
  } finally {
    URL.createObjectURL = original;
  }
  return blobs;
}

/** A database name no other test uses. */
export function freshDatabaseName(): string {
  return `merverdi-workspace-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
}

/** Removes every workspace (closing its connection), then the database. */
export async function cleanUp(databaseName: string): Promise<void> {
  document.querySelectorAll('mv-workspace').forEach((element) => element.remove());
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Saves assessments in the library, as earlier work would have; returns their ids in order. */
export async function seed(databaseName: string, assessments: Assessment[]): Promise<string[]> {
  const opened = await AssessmentLibrary.open({ databaseName });
  if (!opened.ok) throw new Error('library did not open');
  const ids: string[] = [];
  for (const assessment of assessments) {
    const saved = await opened.value.save(assessment);
    if (!saved.ok) throw new Error('could not save');
    ids.push(saved.value);
  }
  opened.value.close();
  return ids;
}

/** Every assessment in the library, read straight from IndexedDB. */
export async function stored(databaseName: string): Promise<Assessment[]> {
  const opened = await AssessmentLibrary.open({ databaseName });
  if (!opened.ok) throw new Error('library did not open');
  const all = await opened.value.exportAll();
  opened.value.close();
  if (!all.ok) throw new Error('could not read');
  return all.value.assessments;
}

/** A workspace on `databaseName`, once its library is open and listed. */
export async function openWorkspace(databaseName: string, framework: Framework, lang = 'nb', entries = 0): Promise<MvWorkspace> {
  const el = await fixture<MvWorkspace>(html`
    <mv-workspace lang=${lang} database-name=${databaseName} .framework=${framework}></mv-workspace>
  `);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length >= entries && el.shadowRoot!.querySelector('mv-assessment'), 'the library opens', {
    timeout: 15_000,
  });
  return el;
}

/** The workspace's own text, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, through shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `wanted` holds for the focused element (at most `max` presses). */
export async function tabUntil(wanted: (element: Element) => boolean, max = 60): Promise<Element> {
  for (let press = 0; press < max; press += 1) {
    await sendKeys({ press: 'Tab' });
    const active = focused();
    if (active && wanted(active)) return active;
  }
  throw new Error('never reached by Tab');
}

/** The table in `root` whose caption starts with `caption`. */
export function tableByCaption(root: ParentNode, caption: string): HTMLTableElement {
  const found = [...root.querySelectorAll('table')].find((table) => textOf(table.caption).startsWith(caption));
  if (!found) throw new Error(`no table captioned ${caption}`);
  return found;
}

/** A table's body as rows of cell texts. */
export function rowsOf(table: HTMLTableElement): string[][] {
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => textOf(cell)));
}

export { deepQueryAll };
