import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import type { Assessment, Mode } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { DraftStore } from './draft-store.js';

/** Something about drafts the user should be told. */
export type DraftNotice =
  /** A draft was found and restored; `savedAt` is its `updatedAt`. */
  | { kind: 'restored'; savedAt: string }
  /** A draft could not be read (corrupt, or for another framework) and was moved to `key`. */
  | { kind: 'moved-aside'; key: string }
  /** A draft could not be read and could not be moved; it is left alone and saving is off. */
  | { kind: 'move-failed' }
  /** Another tab saved a newer version of the same draft; the user chooses which to keep. */
  | { kind: 'conflict'; other: Assessment };

/** What the controller reads from, and hands back to, its host. */
export interface DraftSyncHost {
  /** The assessment on screen now. */
  current(): Assessment | undefined;
  /** Shows another version (the other tab's) as if the user had made the change. */
  replace(assessment: Assessment): void;
}

/**
 * Keeps the assessment on screen and its draft in `localStorage` in step: restores a draft
 * when a framework is ready, saves on every change, and watches other tabs.
 *
 * Nothing is ever silently lost: a draft that cannot be read is moved aside, not deleted;
 * storage that refuses writes is reported, not ignored; and a newer draft from another tab
 * is offered to the user rather than overwritten. While that question is open, saving pauses.
 */
export class DraftSync implements ReactiveController {
  /** Whether drafts are being written (false: storage disabled, full, or blocked). */
  saving = false;
  /** Notes for the user, newest last; the host renders them. */
  notices: DraftNotice[] = [];

  private key?: string;
  private framework?: Framework;
  private mode?: Mode;
  /** Saving stays off after a draft could neither be read nor moved, to leave it intact. */
  private blocked = false;

  private readonly onStorage = (event: StorageEvent): void => this.otherTabWrote(event);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: DraftSyncHost,
    private readonly store: DraftStore = new DraftStore(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** The key drafts are saved under, or `undefined` while drafts are off. */
  get activeKey(): string | undefined {
    return this.key;
  }

  /**
   * Starts syncing under `key` for `framework` and returns the draft to show, if a usable one
   * was found. `key` undefined switches drafts off (`storage="none"`). With `restore: false`
   * (the page gave a document of its own) the stored draft is left as it is, unread.
   */
  start(
    key: string | undefined,
    framework: Framework,
    mode: Mode,
    options: { restore?: boolean } = {},
  ): Assessment | undefined {
    this.key = key;
    this.framework = framework;
    this.mode = mode;
    this.notices = [];
    this.blocked = false;
    this.saving = false;
    this.host.requestUpdate();
    if (key === undefined) return undefined;

    this.saving = this.store.probe();
    if (!this.saving || options.restore === false) return undefined;
    const found = this.store.read(key);
    if (found.kind === 'unavailable') {
      this.saving = false;
      return undefined;
    }
    if (found.kind === 'none') return undefined;

    const draft = this.parse(found.raw);
    if (draft) {
      this.notices = [{ kind: 'restored', savedAt: draft.updatedAt }];
      return draft;
    }
    const aside = this.store.moveAside(key, found.raw);
    if (aside === undefined) {
      this.blocked = true;
      this.saving = false;
      this.notices = [{ kind: 'move-failed' }];
    } else {
      this.notices = [{ kind: 'moved-aside', key: aside }];
    }
    return undefined;
  }

  /** Saves the assessment as the draft (no-op while drafts are off or a conflict is open). */
  save(assessment: Assessment): void {
    if (this.key === undefined || this.blocked || this.hasConflict) return;
    const ok = this.store.write(this.key, JSON.stringify(assessment));
    if (ok !== this.saving) {
      // Storage can fill up and free again; say so either way.
      this.saving = ok;
      this.host.requestUpdate();
    }
  }

  /** Forgets the draft: the user chose to start over. */
  discard(): void {
    if (this.key !== undefined && !this.blocked) this.store.remove(this.key);
    this.notices = [];
    this.host.requestUpdate();
  }

  /** Whether another tab's newer version is waiting for the user's choice. */
  get hasConflict(): boolean {
    return this.notices.some((notice) => notice.kind === 'conflict');
  }

  /** The user chose the other tab's version. */
  takeOther(): void {
    const conflict = this.notices.find((notice) => notice.kind === 'conflict');
    this.dismiss('conflict');
    if (conflict?.kind === 'conflict') this.source.replace(conflict.other);
  }

  /** The user chose to keep this version: it is saved over the other tab's at once. */
  keepThis(): void {
    this.dismiss('conflict');
    const current = this.source.current();
    if (current) this.save(current);
  }

  /** Removes the notes of one kind, e.g. after the user acted on them. */
  dismiss(kind: DraftNotice['kind']): void {
    this.notices = this.notices.filter((notice) => notice.kind !== kind);
    this.host.requestUpdate();
  }

  /** A usable draft for this framework and mode, or `undefined`. */
  private parse(raw: string): Assessment | undefined {
    if (!this.framework) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    const { assessment } = parseAssessment(value, this.framework);
    if (!assessment) return undefined;
    // A draft for another framework or mode (a shared `storage-key`) is foreign here.
    if (assessment.framework.id !== this.framework.id || assessment.mode !== this.mode) return undefined;
    return assessment;
  }

  private otherTabWrote(event: StorageEvent): void {
    if (this.key === undefined || event.key !== this.key || event.newValue === null) return;
    const other = this.parse(event.newValue);
    const current = this.source.current();
    if (!other) return; // not ours to judge: the other tab will find out itself
    if (current && !isNewer(other, current)) return;
    if (current && sameContent(other, current)) return;
    this.notices = [...this.notices.filter((notice) => notice.kind !== 'conflict'), { kind: 'conflict', other }];
    this.host.requestUpdate();
  }
}

function isNewer(other: Assessment, current: Assessment): boolean {
  return Date.parse(other.updatedAt) > Date.parse(current.updatedAt);
}

/** Whether two versions say the same (timestamps aside). */
function sameContent(a: Assessment, b: Assessment): boolean {
  return JSON.stringify([a.answers, a.offer]) === JSON.stringify([b.answers, b.offer]);
}
