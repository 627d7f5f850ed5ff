import { openDB, type IDBPDatabase } from 'idb';
import type { Assessment } from '../../src/assessment/types.js';
import type { ImportMark } from '../../src/compare/offer-identity.js';

/** One stored entry of the library. */
export interface LibraryRecord {
  /** Stable id, made when the assessment is first saved. */
  id: string;
  assessment: Assessment;
  /** When the entry was last saved, ISO 8601. */
  savedAt: string;
  /**
   * Set when the entry came in as a file: which file and when. The assessment's own `mode`
   * and dates are then the file's claims; the comparison never lets them outrank the
   * official's own work. Kept when the entry is saved over.
   */
  imported?: ImportMark;
  /**
   * Set while a deletion can still be undone: the entry is hidden but kept, until the undo
   * window passes or the next deletion. Then it is removed for good.
   */
  deletedAt?: string;
}

/** Where the library keeps its records: IndexedDB, or memory when IndexedDB is unavailable. */
export interface LibraryBackend {
  /** Whether the records survive a reload. */
  readonly persistent: boolean;
  all(): Promise<LibraryRecord[]>;
  get(id: string): Promise<LibraryRecord | undefined>;
  put(record: LibraryRecord): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  close(): void;
}

/**
 * Records in one object store of one IndexedDB database. Each widget may name its own
 * database and store; a store missing from an existing database is added by a version
 * upgrade, and every connection steps aside (closes, and reopens on its next use) when
 * another asks to upgrade, so two widgets sharing a database never block each other.
 */
export class IndexedDbBackend implements LibraryBackend {
  readonly persistent = true;
  private connection?: Promise<IDBPDatabase>;

  private constructor(
    private readonly databaseName: string,
    private readonly storeName: string,
  ) {}

  /** Opens (creating when needed) the store. Rejects when IndexedDB cannot be used. */
  static async open(databaseName: string, storeName: string): Promise<IndexedDbBackend> {
    const backend = new IndexedDbBackend(databaseName, storeName);
    await backend.db();
    return backend;
  }

  async all(): Promise<LibraryRecord[]> {
    return (await this.db()).getAll(this.storeName) as Promise<LibraryRecord[]>;
  }

  async get(id: string): Promise<LibraryRecord | undefined> {
    return (await this.db()).get(this.storeName, id) as Promise<LibraryRecord | undefined>;
  }

  async put(record: LibraryRecord): Promise<void> {
    // idb's shortcut waits for the transaction to commit, so a quota failure that only shows
    // at commit time still rejects here.
    await (await this.db()).put(this.storeName, record);
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const tx = (await this.db()).transaction(this.storeName, 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  }

  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    void connection?.then((db) => db.close()).catch(() => undefined);
  }

  private db(): Promise<IDBPDatabase> {
    if (!this.connection) {
      this.connection = this.connect();
      // A failed open must not stick: the next operation tries again.
      this.connection.catch(() => {
        this.connection = undefined;
      });
    }
    return this.connection;
  }

  private async connect(): Promise<IDBPDatabase> {
    const { databaseName, storeName } = this;
    const createStore = (db: IDBPDatabase): void => {
      if (!db.objectStoreNames.contains(storeName)) db.createObjectStore(storeName, { keyPath: 'id' });
    };
    const stepAside = (event: Event): void => {
      (event.target as IDBDatabase).close();
      this.connection = undefined;
    };
    const callbacks = {
      upgrade: createStore,
      blocking: (_current: number, _blocked: number | null, event: IDBVersionChangeEvent) => stepAside(event),
      terminated: () => {
        this.connection = undefined;
      },
    };
    const db = await openDB(databaseName, undefined, callbacks);
    if (db.objectStoreNames.contains(storeName)) return db;
    const version = db.version;
    db.close();
    return openDB(databaseName, version + 1, callbacks);
  }
}

/**
 * Records in memory only: what the library falls back to when IndexedDB is unavailable, so
 * that the workspace stays usable for the session (import, compare, export) while telling
 * the user nothing will be kept.
 */
export class MemoryBackend implements LibraryBackend {
  readonly persistent = false;
  private readonly records = new Map<string, LibraryRecord>();

  async all(): Promise<LibraryRecord[]> {
    return [...this.records.values()].map((record) => structuredClone(record));
  }

  async get(id: string): Promise<LibraryRecord | undefined> {
    const record = this.records.get(id);
    return record ? structuredClone(record) : undefined;
  }

  async put(record: LibraryRecord): Promise<void> {
    this.records.set(record.id, structuredClone(record));
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.records.delete(id);
  }

  close(): void {
    // Nothing to release.
  }
}
