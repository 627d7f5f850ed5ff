import { editableFramework } from '../../src/framework/editable-framework.js';
import type { Framework } from '../../src/framework/types.js';
import { DraftStore } from '../shared/draft-store.js';

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
 * work should survive a closed tab), under a key of its own, through the same store as the
 * assessment's drafts. A draft that cannot be read is moved aside under
 * `<key>:corrupt:<time>`, never deleted, so nothing a kommune typed is lost by us. Storage
 * that is disabled or full is reported, never thrown.
 */
export class EditorDrafts {
  constructor(
    readonly key: string,
    private readonly store: DraftStore = new DraftStore(),
  ) {}

  /** Reads the saved draft, moving a damaged one aside. */
  load(): DraftLoad {
    const found = this.store.read(this.key);
    if (found.kind === 'unavailable') return { status: 'unavailable' };
    if (found.kind === 'none') return { status: 'none' };
    const saved = parseJson(found.raw) as Partial<SavedDraft> | undefined;
    const framework =
      saved && saved.format === 'merverdi-framework-editor-draft' ? editableFramework(saved.framework) : undefined;
    if (framework) return { status: 'restored', framework, savedAt: String(saved?.savedAt ?? '') };
    const movedTo = this.store.moveAside(this.key, found.raw);
    return movedTo === undefined ? { status: 'unavailable' } : { status: 'corrupt', movedTo };
  }

  /** Saves the framework as it stands; false when the browser would not store it. */
  save(framework: Framework): boolean {
    const draft: SavedDraft = {
      format: 'merverdi-framework-editor-draft',
      version: 1,
      savedAt: new Date().toISOString(),
      framework,
    };
    return this.store.write(this.key, JSON.stringify(draft));
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
