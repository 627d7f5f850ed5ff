import type { ReactiveControllerHost } from 'lit';
import { MAX_EVIDENCE_LINKS } from '../../src/assessment/limits.js';
import type { Answer } from '../../src/assessment/types.js';
import { safeUrl } from '../../src/text/safe-url.js';

/**
 * An evidence field whose text is not what is saved: being typed into (the saved link is
 * normalised, and writing it back mid-word would move the caret), or left with something that
 * is not a web address (`refused`: shown with a message, never saved).
 */
export interface EvidenceDraft {
  index: number;
  text: string;
  refused: boolean;
}

/** How an edited answer reaches the element: `quiet` when no score can have moved. */
export type ApplyAnswer = (criterionId: string, answer: Answer, options: { quiet: boolean }) => void;

/** A web address as stored: normalised by `safeUrl`, or `undefined` when it is refused. */
export function evidenceUrl(typed: string): string | undefined {
  return safeUrl(typed.trim(), ['https:', 'http:']);
}

/**
 * Turns edits of an answer's notes (the reason for "not applicable", the explanation and the
 * evidence links) into new answers, and keeps what the evidence fields show while they are
 * typed into or refused. One per form; each criterion has at most one such field at a time.
 */
export class AnswerNotesEdits {
  private drafts = new Map<string, EvidenceDraft>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: (criterionId: string) => Answer | undefined,
    private readonly apply: ApplyAnswer,
  ) {}

  /** The evidence field of `criterionId` whose text differs from the saved one, if any. */
  draftFor(criterionId: string): EvidenceDraft | undefined {
    return this.drafts.get(criterionId);
  }

  /** Forgets every field's text: after starting over or loading another document. */
  clear(): void {
    if (this.drafts.size === 0) return;
    this.drafts = new Map();
    this.host.requestUpdate();
  }

  comment(criterionId: string, text: string): void {
    this.setText(criterionId, 'comment', text, true);
  }

  /** The reason decides whether the criterion is dealt with, so progress and scores may move. */
  reason(criterionId: string, text: string): void {
    this.setText(criterionId, 'reason', text, false);
  }

  /**
   * The evidence field `index` as typed (`done` false) or when it is left (`done` true). A full
   * web address is saved at once, so a reload right after pasting a link loses nothing; anything
   * else waits until the field is left, and is then refused with a message rather than saved.
   * A field left empty removes its link.
   */
  evidence(criterionId: string, index: number, typed: string, done: boolean): void {
    const existing = this.current(criterionId);
    if (!existing) return;
    const url = evidenceUrl(typed);
    if (typed.trim() === '') {
      this.setDraft(criterionId, done ? undefined : { index, text: typed, refused: false });
      if (done) this.removeEvidence(criterionId, index);
      return;
    }
    if (url === undefined) {
      this.setDraft(criterionId, { index, text: typed, refused: done });
      return;
    }
    this.setDraft(criterionId, done ? undefined : { index, text: typed, refused: false });
    const links = [...(existing.evidence ?? [])];
    if (index < links.length) links[index] = url;
    else if (links.length < MAX_EVIDENCE_LINKS) links.push(url);
    else return;
    this.applyNote(criterionId, existing, 'evidence', links, true);
  }

  /** Removes link `index`; `then` runs after the host has rendered the change. */
  removeEvidence(criterionId: string, index: number, then?: () => void): void {
    const existing = this.current(criterionId);
    if (!existing) return;
    const links = (existing.evidence ?? []).filter((_link, position) => position !== index);
    const draft = this.drafts.get(criterionId);
    if (draft && draft.index >= index) this.setDraft(criterionId, undefined);
    this.applyNote(criterionId, existing, 'evidence', links, true);
    if (then) void this.host.updateComplete.then(then);
  }

  private setText(criterionId: string, note: 'comment' | 'reason', text: string, quiet: boolean): void {
    const existing = this.current(criterionId);
    if (!existing) return;
    if (note === 'reason' && existing.notApplicable !== true) return;
    this.applyNote(criterionId, existing, note, text, quiet);
  }

  private applyNote(
    criterionId: string,
    existing: Answer,
    note: 'comment' | 'reason' | 'evidence',
    value: string | string[],
    quiet: boolean,
  ): void {
    const next: Record<string, unknown> = { ...existing };
    const empty = Array.isArray(value) ? value.length === 0 : value.trim() === '';
    if (empty) delete next[note];
    else next[note] = value;
    this.apply(criterionId, next as unknown as Answer, { quiet });
  }

  private setDraft(criterionId: string, draft: EvidenceDraft | undefined): void {
    const current = this.drafts.get(criterionId);
    if (current === draft || (current && draft && sameDraft(current, draft))) return;
    const drafts = new Map(this.drafts);
    if (draft) drafts.set(criterionId, draft);
    else drafts.delete(criterionId);
    this.drafts = drafts;
    this.host.requestUpdate();
  }
}

function sameDraft(a: EvidenceDraft, b: EvidenceDraft): boolean {
  return a.index === b.index && a.text === b.text && a.refused === b.refused;
}
