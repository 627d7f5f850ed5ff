import { editableFramework } from '../../src/framework/editable-framework.js';
import type { Framework } from '../../src/framework/types.js';

/** The default key under which the editor keeps its work in progress. */
export const DEFAULT_DRAFT_KEY = 'merverdi:framework-editor:draft';

/** What a saved draft looks like in storage. */
interface SavedDraft {
  format: 'merverdi-framework-editor-draft';
  version: 1;
  savedAt: string;
  framework: Framework;
}

/** What was found in storage when the editor started. */
export type DraftLoad =
  | { status: 'none' }
  | { status: 'restored'; framework: Framework; savedAt: string }
  | { status: 'corrupt'; movedTo: string }
  | { status: 'unavailable' };

/**
 * Keeps the editor's work in progress in the browser's storage (localStorage: an afternoon's
 * work should survive a closed tab), under a key of its own. A draft that cannot be read is
 * moved aside under `<key>:corrupt:<time>`, never deleted, so nothing a kommune typed is lost
 * by us. Storage that is disabled or full is reported, never thrown.
 */
export class DraftStore {
  constructor(
    readonly key: string,
    private readonly storage: () => Storage,
  ) {}

  /** Reads the saved draft, moving a damaged one aside. */
  load(): DraftLoad {
    let raw: string | null;
    try {
      raw = this.storage().getItem(this.key);
    } catch {
      return { status: 'unavailable' };
    }
    if (raw === null) return { status: 'none' };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const saved = value as Partial<SavedDraft> | undefined;
    const framework =
      saved && saved.format === 'merverdi-framework-editor-draft' ? editableFramework(saved.framework) : undefined;
    if (framework) return { status: 'restored', framework, savedAt: String(saved?.savedAt ?? '') };
    const movedTo = `${this.key}:corrupt:${new Date().toISOString()}`;
    try {
      this.storage().setItem(movedTo, raw);
      this.storage().removeItem(this.key);
    } catch {
      return { status: 'unavailable' };
    }
    return { status: 'corrupt', movedTo };
  }

  /** Saves the framework as it stands; false when the browser would not store it. */
  save(framework: Framework): boolean {
    const draft: SavedDraft = {
      format: 'merverdi-framework-editor-draft',
      version: 1,
      savedAt: new Date().toISOString(),
      framework,
    };
    try {
      this.storage().setItem(this.key, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the draft (after the user chose to discard it). */
  clear(): void {
    try {
      this.storage().removeItem(this.key);
    } catch {
      // Nothing stored that could be removed; nothing to do.
    }
  }
}
