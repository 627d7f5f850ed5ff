import type { Assessment } from '../../src/assessment/types.js';
import type { DraftStore } from '../shared/draft-store.js';

/**
 * The assessments an official laid beside their own (the entrepreneur's self-assessment,
 * imported from a file) are kept beside the draft they belong to, so that a reload brings
 * back both: the draft under its key, the references under `<key>:referanser`. That key is
 * never taken for a draft of its own (see `inFamily` in draft-sync.ts). References the page
 * gives through the `reference` property are the page's to give again and are not stored.
 */
export function referencesKey(draftKey: string): string {
  return `${draftKey}:referanser`;
}

/**
 * The references stored beside a draft, as they were saved: each is checked against the
 * framework again where it is shown, like any reference, so a damaged entry is reported
 * there, not lost here. A stored value that is not a list is left alone and reads as none.
 */
export function readReferences(store: DraftStore, draftKey: string | undefined): unknown[] {
  if (draftKey === undefined) return [];
  const read = store.read(referencesKey(draftKey));
  if (read.kind !== 'found') return [];
  try {
    const value: unknown = JSON.parse(read.raw);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Stores the references laid beside a draft (none: the entry goes); false when refused. */
export function writeReferences(store: DraftStore, draftKey: string | undefined, references: readonly Assessment[]): boolean {
  if (draftKey === undefined) return false;
  const key = referencesKey(draftKey);
  return references.length === 0 ? store.remove(key) : store.write(key, JSON.stringify(references));
}
