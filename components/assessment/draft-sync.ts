import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { assessmentReaderNow, loadAssessmentReader } from './assessment-reader.js';
import type { Assessment, Mode } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import { DraftStore } from '../shared/draft-store.js';
import { claimDraft, isClaimed, releaseDraft } from './draft-claims.js';

/**
 * The default family of draft keys: one per framework and mode. The first draft is kept
 * under the family key itself, every further one (another offer, a fresh start, a second
 * widget on the page) under `<family>:utkast-<id>`.
 */
export function defaultDraftKey(frameworkId: string, mode: string): string {
  return `merverdi:draft:${frameworkId}:${mode}`;
}

/** A further draft's key in a family: unique, and never mistaken for a moved-aside copy. */
function newDraftKey(family: string): string {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${family}:utkast-${id}`;
}

/** Whether `key` is a draft of `family`: the family key itself or one of its `:utkast-` keys. */
function inFamily(family: string, key: string): boolean {
  return key === family || (key.startsWith(`${family}:utkast-`) && /^[a-z0-9]+$/.test(key.slice(family.length + 8)));
}

/** Another draft of the same framework and mode, which the user may switch to. */
export interface DraftChoice {
  key: string;
  assessment: Assessment;
}

/** Something about drafts the user should be told. */
export type DraftNotice =
  /** A draft was found and restored; `savedAt` is its `updatedAt`. */
  | { kind: 'restored'; savedAt: string }
  /** A draft could not be read (corrupt, or for another framework) and was moved to `key`. */
  | { kind: 'moved-aside'; key: string }
  /** A draft could not be read and could not be moved; it is left alone and saving is off. */
  | { kind: 'move-failed' }
  /** Another tab saved a newer version of the same draft; the user chooses which to keep. */
  | { kind: 'conflict'; other: Assessment }
  /** The user started over; the draft they left is kept under `key` and can be taken back. */
  | { kind: 'started-over'; key: string; previous: Assessment };

/** What the controller reads from, and hands back to, its host. */
export interface DraftSyncHost {
  /** The assessment on screen now. */
  current(): Assessment | undefined;
  /** Shows another version (the other tab's, or another draft) as if the user had made the change. */
  replace(assessment: Assessment): void;
}

/**
 * Keeps the assessment on screen and its draft in `localStorage` in step: restores a draft
 * when a framework is ready, saves on every change, and watches other tabs.
 *
 * Drafts are kept per offer: each assessment has a key of its own within its framework and
 * mode's family, the most recent one comes back after a reload, and the others are offered
 * to pick from. Two widgets on one page each claim their own draft, so they never write over
 * each other (a `storage` event only reaches other tabs, so they could not even notice).
 *
 * Nothing is ever silently lost: starting over keeps the draft it leaves and can be undone;
 * a draft that cannot be read is moved aside, not deleted; storage that refuses writes is
 * reported, not ignored; and a newer draft from another tab is offered to the user rather
 * than overwritten. While that question is open, saving pauses.
 */
export class DraftSync implements ReactiveController {
  /** Whether drafts are being written (false: storage disabled, full, or blocked). */
  saving = false;
  /** Notes for the user, newest last; the host renders them. */
  notices: DraftNotice[] = [];
  /** The other drafts of this framework and mode that no widget on the page has open, newest first. */
  others: DraftChoice[] = [];

  private family?: string;
  private key?: string;
  private framework?: Framework;
  private mode?: Mode;
  /** Saving stays off after a draft could neither be read nor moved, to leave it intact. */
  private blocked = false;

  private readonly onStorage = (event: StorageEvent): void => this.otherTabWrote(event);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: DraftSyncHost,
    private readonly store: DraftStore = new DraftStore(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    if (this.key !== undefined) claimDraft(this.host.ownerDocument, this.key, this);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    if (this.key !== undefined) releaseDraft(this.host.ownerDocument, this.key, this);
  }

  /** The key drafts are saved under, or `undefined` while drafts are off. */
  get activeKey(): string | undefined {
    return this.key;
  }

  /**
   * Starts syncing in the family `family` for `framework` and returns the draft to show, if a
   * usable one was found: the most recent one no other widget on the page has open. `family`
   * undefined switches drafts off (`storage="none"`). With `restore: false` (the page gave a
   * document of its own) no draft is read, and the document gets a key of its own.
   */
  start(
    family: string | undefined,
    framework: Framework,
    mode: Mode,
    options: { restore?: boolean } = {},
  ): Assessment | undefined {
    this.use(undefined);
    this.family = family;
    this.framework = framework;
    this.mode = mode;
    this.notices = [];
    this.others = [];
    this.blocked = false;
    this.saving = false;
    this.host.requestUpdate();
    if (family === undefined) return undefined;

    // Some browsers refuse reading but not writing: either way, drafts cannot work.
    this.saving = this.store.probe() && this.store.read(family).kind !== 'unavailable';
    if (!this.saving) {
      // Reading may still work; the family key is claimed so that nothing is written over.
      this.use(family);
      return undefined;
    }
    const drafts = options.restore === false ? [] : this.readFamily(family);
    if (this.blocked) return undefined;
    const restored = drafts.find((draft) => !isClaimed(this.host.ownerDocument, draft.key, this));
    if (restored) {
      this.use(restored.key);
      this.notices = [...this.notices, { kind: 'restored', savedAt: restored.assessment.updatedAt }];
    } else {
      this.use(this.freeKey(family));
    }
    this.refreshOthers();
    return restored?.assessment;
  }

  /**
   * Whether the family has anything stored (a draft to read means loading the reader first;
   * see assessment-reader.ts). False while drafts are off or storage cannot be read.
   */
  hasStored(family: string | undefined): boolean {
    return family !== undefined && this.store.keys((each) => inFamily(family, each)).length > 0;
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

  /**
   * The user starts over: the draft on screen stays stored where it is (it is one of the
   * drafts to pick from, and the note offers to take it back at once), and the fresh
   * assessment gets a key of its own, written at its first change.
   */
  startNew(): void {
    const family = this.family;
    const key = this.key;
    const previous = this.source.current();
    if (family === undefined || key === undefined || this.blocked) {
      this.notices = [];
      this.host.requestUpdate();
      return;
    }
    const kept = previous !== undefined && this.store.read(key).kind === 'found';
    this.use(newDraftKey(family));
    this.notices = kept ? [{ kind: 'started-over', key, previous }] : [];
    this.refreshOthers();
    this.host.requestUpdate();
    // The button just pressed is gone; the way back takes its place, and the focus.
    this.focusAfterUpdate('[data-draft-undo]');
  }

  /** Takes back the draft the user left by starting over. */
  undoStartOver(): void {
    const notice = this.notices.find((each) => each.kind === 'started-over');
    if (notice?.kind !== 'started-over') return;
    this.dismiss('started-over');
    this.switchTo(notice.key, notice.previous);
  }

  /** Opens another stored draft; the one on screen stays saved and becomes one to pick from. */
  pick(key: string): void {
    const choice = this.others.find((each) => each.key === key);
    if (!choice) return;
    this.notices = this.notices.filter((notice) => notice.kind === 'moved-aside');
    this.switchTo(choice.key, choice.assessment);
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

  /** Makes `key` this widget's draft, reading it afresh (another tab may have saved since). */
  private switchTo(key: string, fallback: Assessment): void {
    const found = this.store.read(key);
    const shown = (found.kind === 'found' ? this.parse(found.raw) : undefined) ?? fallback;
    this.use(key);
    this.refreshOthers();
    this.notices = [...this.notices.filter((notice) => notice.kind !== 'restored'), { kind: 'restored', savedAt: shown.updatedAt }];
    this.source.replace(shown);
    this.host.requestUpdate();
    this.focusAfterUpdate('.drafts button');
  }

  /** Moves focus once the host has rendered, to a control the last action put in place. */
  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Claims `key` on the page (and lets go of the one held before); undefined lets go only. */
  private use(key: string | undefined): void {
    const document = this.host.ownerDocument;
    if (this.key !== undefined) releaseDraft(document, this.key, this);
    this.key = key;
    if (key !== undefined) claimDraft(document, key, this);
  }

  /** The family key when it is free (nothing stored, no widget holding it), else a new key. */
  private freeKey(family: string): string {
    const free = !isClaimed(this.host.ownerDocument, family, this) && this.store.read(family).kind === 'none';
    return free ? family : newDraftKey(family);
  }

  /**
   * Every usable draft of the family, newest first. Unreadable ones are moved aside (and the
   * user told); one that can be neither read nor moved blocks saving, so it stays intact.
   */
  private readFamily(family: string): DraftChoice[] {
    const drafts: DraftChoice[] = [];
    for (const key of this.store.keys((each) => inFamily(family, each))) {
      const found = this.store.read(key);
      if (found.kind !== 'found') continue;
      const assessment = this.parse(found.raw);
      if (assessment) {
        drafts.push({ key, assessment });
        continue;
      }
      const aside = this.store.moveAside(key, found.raw);
      if (aside === undefined) {
        this.blocked = true;
        this.saving = false;
        this.notices = [{ kind: 'move-failed' }];
        return [];
      }
      this.notices = [...this.notices, { kind: 'moved-aside', key: aside }];
    }
    return drafts.sort((a, b) => Date.parse(b.assessment.updatedAt) - Date.parse(a.assessment.updatedAt));
  }

  private refreshOthers(): void {
    const family = this.family;
    if (family === undefined || this.blocked) {
      this.others = [];
      return;
    }
    const document = this.host.ownerDocument;
    const others: DraftChoice[] = [];
    for (const key of this.store.keys((each) => inFamily(family, each))) {
      if (key === this.key || isClaimed(document, key, this)) continue;
      const found = this.store.read(key);
      const assessment = found.kind === 'found' ? this.parse(found.raw) : undefined;
      if (assessment) others.push({ key, assessment });
    }
    this.others = others.sort((a, b) => Date.parse(b.assessment.updatedAt) - Date.parse(a.assessment.updatedAt));
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
    // Only reached with the reader loaded (the host loads it before starting on stored drafts);
    // without it nothing is judged unreadable, so nothing is moved aside.
    const reader = assessmentReaderNow();
    if (!reader) return undefined;
    const { assessment } = reader(value, this.framework);
    if (!assessment) return undefined;
    // A draft for another framework or mode (a shared `storage-key`) is foreign here.
    if (assessment.framework.id !== this.framework.id || assessment.mode !== this.mode) return undefined;
    return assessment;
  }

  private otherTabWrote(event: StorageEvent): void {
    if (this.key === undefined || event.key !== this.key || event.newValue === null) return;
    const written = event.newValue;
    if (assessmentReaderNow()) this.judgeOtherTab(written);
    else void loadAssessmentReader().then(() => this.judgeOtherTab(written), () => undefined);
  }

  /** Offers another tab's newer version of this draft, once it can be read. */
  private judgeOtherTab(written: string): void {
    const other = this.parse(written);
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
  return JSON.stringify([a.answers, a.offer, a.decision]) === JSON.stringify([b.answers, b.offer, b.decision]);
}
