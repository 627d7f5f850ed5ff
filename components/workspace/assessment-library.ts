import type { Assessment, AssessmentSource, Mode } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { checkLibraryFileSize, createBundle, readImportFile, type LibraryBundle } from '../../src/library/library-bundle.js';
import type { ImportMark } from '../../src/compare/offer-identity.js';
import type { Problem } from '../../src/problems/problem.js';
import { partitionStored, type DamagedRecord } from '../../src/library/stored-record.js';
import { IndexedDbBackend, MemoryBackend, type LibraryBackend, type LibraryRecord } from './library-backend.js';
import { libraryError, storageError, type LibraryError, type LibraryResult } from './library-errors.js';

/**
 * Where this lives: `components/`, not the DOM-free core in `src/`, because IndexedDB is a
 * browser API that Node lacks and the core must run on a kommune's server too. It uses no
 * document or window UI; the pure parts (the export bundle and reading imported files) are
 * in `src/library/`.
 */

/** How to open a library. */
export interface LibraryOptions {
  /** IndexedDB database name; default `merverdi`. Give each widget its own to keep them apart. */
  databaseName?: string;
  /** Object store within the database; default `assessments`. */
  storeName?: string;
  /** How long a deletion can be undone, in milliseconds; default 30 000 (30 s). */
  undoWindowMs?: number;
}

/** What the library list shows of each entry. */
export interface LibrarySummary {
  id: string;
  /** The offer's title; `''` when the assessment has none. */
  title: string;
  organisation: string;
  mode: Mode;
  /** When the assessment was made (begun), ISO 8601: the day it was assessed on. */
  createdAt: string;
  /** When the assessment was last changed, ISO 8601. */
  updatedAt: string;
  /** When it was last saved to the library, ISO 8601. */
  savedAt: string;
  /** Which file and when, for an entry that came in as a file (its mode and dates are the file's claims). */
  imported?: ImportMark;
  /** For an agreed assessment, the assessments it rests on. */
  basedOn?: AssessmentSource[];
  /** The overall score, 0..100, or `null` when not assessed. */
  overall: number | null;
  completeness: number;
  frameworkId: string;
}

/** The outcome of importing one assessment document (a file, or one item of a bundle). */
export interface ImportResult {
  fileName: string;
  /** Position (1-based) of the item in a file holding several. */
  item?: number;
  status: 'imported' | 'rejected';
  /** The new entry's id, when imported. */
  id?: string;
  /** The offer's title, when it could be read. */
  title?: string;
  /** What was found: the errors say why a document was rejected; warnings go with imports. */
  problems: Problem[];
}

/** A file to import: its name and its text. */
export interface ImportFile {
  name: string;
  content: string;
  /** The file's size in bytes, where known before reading; files over the limit are refused. */
  size?: number;
}

/** The defaults, exported so a host can tell which database the library uses. */
export const DEFAULT_DATABASE_NAME = 'merverdi';
export const DEFAULT_STORE_NAME = 'assessments';
export const DEFAULT_UNDO_WINDOW_MS = 30_000;

/**
 * An official's library of assessments, kept in the browser's IndexedDB so that it survives
 * reloads. Every operation returns a {@link LibraryResult} and never throws: a full or
 * unavailable store comes back as an error value with a message in nb, nn and en, and a
 * failed write never touches what was saved before (each write is one transaction).
 *
 * Deletion is undoable: a deleted entry is hidden but kept until its undo window passes or
 * the next deletion, and {@link undoRemove} brings it back exactly as it was.
 */
export class AssessmentLibrary {
  private readonly undoTimers = new Map<string, ReturnType<typeof setTimeout>>();

  private constructor(
    private readonly backend: LibraryBackend,
    private readonly undoWindowMs: number,
  ) {}

  /**
   * Opens the library in IndexedDB. When IndexedDB cannot be used, the result is the
   * `unavailable` error; {@link inMemory} then gives a library for this session only.
   */
  static async open(options: LibraryOptions = {}): Promise<LibraryResult<AssessmentLibrary>> {
    try {
      const backend = await IndexedDbBackend.open(
        options.databaseName ?? DEFAULT_DATABASE_NAME,
        options.storeName ?? DEFAULT_STORE_NAME,
      );
      const library = new AssessmentLibrary(backend, options.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS);
      // Deletions whose undo window passed while the page was closed are finished now.
      await library.purge((record) => library.expired(record));
      return { ok: true, value: library };
    } catch {
      return { ok: false, error: libraryError('unavailable') };
    }
  }

  /** A library kept in memory for this page only: the fallback when IndexedDB is unavailable. */
  static inMemory(options: Pick<LibraryOptions, 'undoWindowMs'> = {}): AssessmentLibrary {
    return new AssessmentLibrary(new MemoryBackend(), options.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS);
  }

  /** Whether the library survives a reload (false for the in-memory fallback). */
  get persistent(): boolean {
    return this.backend.persistent;
  }

  /** The entries, most recently saved first; deleted entries awaiting undo are left out. */
  async list(): Promise<LibraryResult<LibrarySummary[]>> {
    return this.attempt(async () => {
      const records = await this.visible();
      return records
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id))
        .map(summarise);
    });
  }

  /**
   * Records the store holds that are not entries this library can read (another script of
   * the site wrote them, say): {@link list} leaves them out, and this says which and why.
   */
  async damaged(): Promise<LibraryResult<DamagedRecord[]>> {
    return this.attempt(async () => (await this.stored()).damaged);
  }

  /** One entry's assessment. */
  async get(id: string): Promise<LibraryResult<Assessment>> {
    return this.attempt(async () => {
      const record = await this.backend.get(id);
      if (!record || record.deletedAt) throw libraryError('not-found');
      if (checked([record]).usable.length === 0) throw libraryError('damaged');
      return record.assessment;
    });
  }

  /**
   * Saves an assessment: as a new entry (a new id is returned), or over the entry `id` when
   * it exists. On failure nothing stored before changes.
   */
  async save(assessment: Assessment, id?: string): Promise<LibraryResult<string>> {
    return this.saveRecord(assessment, id);
  }

  private async saveRecord(assessment: Assessment, id?: string, imported?: ImportMark): Promise<LibraryResult<string>> {
    return this.attempt(async () => {
      const existing = id ? await this.backend.get(id) : undefined;
      const kept = existing && !existing.deletedAt ? existing : undefined;
      const mark = imported ?? kept?.imported;
      const record: LibraryRecord = {
        id: kept ? kept.id : newId(),
        assessment: structuredClone(assessment),
        savedAt: new Date().toISOString(),
        ...(mark ? { imported: { ...mark } } : {}),
      };
      await this.backend.put(record);
      return record.id;
    });
  }

  /**
   * Renames an entry: sets its offer title, the name shown in the list, in the comparison
   * and in exported files (so the name travels with the assessment).
   */
  async rename(id: string, title: string): Promise<LibraryResult<void>> {
    return this.attempt(async () => {
      const record = await this.backend.get(id);
      if (!record || record.deletedAt) throw libraryError('not-found');
      const trimmed = title.trim();
      const offer = { ...record.assessment.offer };
      if (trimmed === '') delete offer.title;
      else offer.title = trimmed;
      await this.backend.put({ ...record, assessment: { ...record.assessment, offer }, savedAt: new Date().toISOString() });
    });
  }

  /**
   * Deletes an entry, undoably: it disappears from the list at once and is removed for good
   * when the undo window passes or at the next deletion, whichever comes first.
   */
  async remove(id: string): Promise<LibraryResult<void>> {
    return this.attempt(async () => {
      await this.purge((record) => record.deletedAt !== undefined && record.id !== id);
      const record = await this.backend.get(id);
      if (!record || record.deletedAt) throw libraryError('not-found');
      await this.backend.put({ ...record, deletedAt: new Date().toISOString() });
      this.undoTimers.set(
        id,
        setTimeout(() => {
          this.undoTimers.delete(id);
          void this.purge((candidate) => candidate.id === id && candidate.deletedAt !== undefined).catch(() => undefined);
        }, this.undoWindowMs),
      );
    });
  }

  /** Undoes a deletion still within its window: the entry comes back exactly as it was. */
  async undoRemove(id: string): Promise<LibraryResult<void>> {
    return this.attempt(async () => {
      const record = await this.backend.get(id);
      if (!record || !record.deletedAt || this.expired(record)) throw libraryError('not-found');
      clearTimeout(this.undoTimers.get(id));
      this.undoTimers.delete(id);
      const { deletedAt: _deletedAt, ...restored } = record;
      await this.backend.put(restored);
    });
  }

  /** Every assessment in the library, as one bundle for a single download. */
  async exportAll(): Promise<LibraryResult<LibraryBundle>> {
    return this.attempt(async () => {
      const records = await this.visible();
      records.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
      return createBundle(records.map((record) => record.assessment));
    });
  }

  /**
   * Imports many files at once. Each assessment in each file is checked against the
   * framework; the good ones are saved as new entries, the others rejected with the
   * problems that explain why. A storage failure (a full store) rejects the documents it
   * hits with that reason and leaves everything saved before in place.
   */
  async importFiles(files: readonly ImportFile[], framework: Framework): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    for (const file of files) {
      const tooBig = checkLibraryFileSize(file.name, file.size ?? file.content.length);
      for (const document of tooBig ? [tooBig] : readImportFile(file.name, file.content, framework)) {
        const base = {
          fileName: document.fileName,
          ...(document.item !== undefined ? { item: document.item } : {}),
          ...(document.assessment?.offer.title ? { title: document.assessment.offer.title } : {}),
        };
        if (!document.assessment) {
          results.push({ ...base, status: 'rejected', problems: document.problems });
          continue;
        }
        const saved = await this.saveRecord(document.assessment, undefined, { fileName: file.name, importedAt: new Date().toISOString() });
        if (saved.ok) {
          results.push({ ...base, status: 'imported', id: saved.value, problems: document.problems });
        } else {
          const problem: Problem = { code: saved.error.code, severity: 'error', path: '', message: saved.error.message };
          results.push({ ...base, status: 'rejected', problems: [problem, ...document.problems] });
        }
      }
    }
    return results;
  }

  /** Releases the database connection and the undo timers (pending deletions stay pending). */
  close(): void {
    for (const timer of this.undoTimers.values()) clearTimeout(timer);
    this.undoTimers.clear();
    this.backend.close();
  }

  /** What the store holds, split into readable entries and damaged records. */
  private async stored(): Promise<{ usable: LibraryRecord[]; damaged: DamagedRecord[] }> {
    return checked(await this.backend.all());
  }

  private async visible(): Promise<LibraryRecord[]> {
    return (await this.stored()).usable.filter((record) => !record.deletedAt);
  }

  private expired(record: LibraryRecord): boolean {
    if (!record.deletedAt) return false;
    return Date.now() - Date.parse(record.deletedAt) >= this.undoWindowMs;
  }

  private async purge(which: (record: LibraryRecord) => boolean): Promise<void> {
    // Only the library's own entries are ever deleted: a damaged record is left as it is.
    const doomed = (await this.stored()).usable.filter(which).map((record) => record.id);
    for (const id of doomed) {
      clearTimeout(this.undoTimers.get(id));
      this.undoTimers.delete(id);
    }
    await this.backend.delete(doomed);
  }

  /** Runs an operation, turning anything it throws into an error value. */
  private async attempt<T>(operation: () => Promise<T>): Promise<LibraryResult<T>> {
    try {
      return { ok: true, value: await operation() };
    } catch (error) {
      return { ok: false, error: isLibraryError(error) ? error : storageError(error) };
    }
  }
}

/** The library's own entries among stored values: an id, a save time and a readable assessment. */
function checked(values: readonly unknown[]): { usable: LibraryRecord[]; damaged: DamagedRecord[] } {
  return partitionStored<LibraryRecord>(
    values,
    (value) =>
      typeof value['savedAt'] === 'string' &&
      (value['deletedAt'] === undefined || typeof value['deletedAt'] === 'string') &&
      (value['imported'] === undefined || isImportMark(value['imported'])),
  );
}

function isImportMark(value: unknown): value is ImportMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Record<string, unknown>;
  return typeof mark['fileName'] === 'string' && typeof mark['importedAt'] === 'string';
}

function isLibraryError(value: unknown): value is LibraryError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !(value instanceof Error);
}

function summarise(record: LibraryRecord): LibrarySummary {
  const { assessment } = record;
  return {
    id: record.id,
    title: assessment.offer.title ?? '',
    organisation: assessment.offer.organisation ?? '',
    mode: assessment.mode,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    savedAt: record.savedAt,
    ...(record.imported ? { imported: { ...record.imported } } : {}),
    ...(assessment.basedOn?.length ? { basedOn: assessment.basedOn.map((source) => ({ ...source })) } : {}),
    overall: assessment.scores.overall,
    completeness: assessment.completeness,
    frameworkId: assessment.framework.id,
  };
}

/** A random id; `crypto.getRandomValues` works on http pages too, unlike `randomUUID`. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
