/**
 * Reading and writing drafts in the browser's `localStorage`, without ever throwing: storage
 * may be switched off (privacy settings, some embedded browsers throw on mere access), full
 * (`QuotaExceededError`), or shared with another tab. Every operation reports how it went.
 * The assessment's drafts and the framework editor's drafts both go through it, so both
 * move an unreadable draft aside the same way, under the same kind of key.
 */

/** Where an unreadable draft is kept, so it is moved aside and never silently deleted. */
export function corruptDraftKey(key: string, now: number): string {
  return `${key}:corrupt:${new Date(now).toISOString()}`;
}

/** What {@link DraftStore.read} found. */
export type DraftRead = { kind: 'none' } | { kind: 'found'; raw: string } | { kind: 'unavailable' };

/** A thin, never-throwing layer over one `Storage`. */
export class DraftStore {
  constructor(private readonly storage: () => Storage | undefined = defaultStorage) {}

  /**
   * Whether drafts can be saved at all: writes and removes a probe entry, because some
   * browsers allow reading but refuse every write.
   */
  probe(): boolean {
    const probeKey = 'merverdi:probe';
    return this.attempt((storage) => {
      storage.setItem(probeKey, '1');
      storage.removeItem(probeKey);
    });
  }

  read(key: string): DraftRead {
    let raw: string | null = null;
    const ok = this.attempt((storage) => {
      raw = storage.getItem(key);
    });
    if (!ok) return { kind: 'unavailable' };
    return raw === null ? { kind: 'none' } : { kind: 'found', raw };
  }

  /** Saves `value` under `key`; false when the browser refused (disabled or full). */
  write(key: string, value: string): boolean {
    return this.attempt((storage) => storage.setItem(key, value));
  }

  remove(key: string): boolean {
    return this.attempt((storage) => storage.removeItem(key));
  }

  /** Every stored key for which `accept` says yes; none when storage cannot be read. */
  keys(accept: (key: string) => boolean): string[] {
    const found: string[] = [];
    this.attempt((storage) => {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key !== null && accept(key)) found.push(key);
      }
    });
    return found;
  }

  /**
   * Moves an unreadable draft to a `…:corrupt:<time>` key and frees `key` for a new draft.
   * Returns the new key, or `undefined` when the copy could not be written; the draft is
   * then left where it was, untouched.
   */
  moveAside(key: string, raw: string, now: number = Date.now()): string | undefined {
    const aside = corruptDraftKey(key, now);
    if (!this.write(aside, raw)) return undefined;
    this.remove(key);
    return aside;
  }

  /** The storage object whose `storage` events concern us, if there is one. */
  get target(): Storage | undefined {
    try {
      return this.storage();
    } catch {
      return undefined;
    }
  }

  private attempt(action: (storage: Storage) => void): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      action(storage);
      return true;
    } catch {
      return false;
    }
  }
}

/** `window.localStorage`, which itself throws in some browsers when storage is disabled. */
function defaultStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}
