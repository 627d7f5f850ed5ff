import type { TextEntry } from '../../../src/framework/translation-status.js';
import type { Framework } from '../../../src/framework/types.js';
import type { Problem } from '../../../src/problems/problem.js';
import type { Lang } from '../../../src/text/lang.js';
import type { Text } from '../../../src/text/text.js';
import type { EditorMessageKey } from '../framework-editor.messages.js';

/**
 * What the editor's views need: the framework being edited, its problems by path, the
 * element's messages, and the edits a view may ask for. Views are plain render functions
 * that take this as their first argument, so they stay free of the element class and all
 * state lives in one place.
 */
export interface EditorContext {
  lang: Lang;
  draft: Framework;
  /** One of the editor's own messages, placeholders filled in as plain text. */
  t(key: EditorMessageKey, values?: Record<string, string | number>): string;
  /** A framework text in the editor's language. */
  text(value: Text | undefined): string;
  /** Problems reported at exactly this path. */
  problemsAt(path: string): readonly Problem[];
  /** Whether an error sits at a path or anywhere below it. */
  hasErrorBelow(path: string): boolean;
  /** Missing translations (per text and language) below a path. */
  missingBelow(path: string): number;
  /** Every translatable text of the draft and the languages it lacks, in document order. */
  texts: readonly TextEntry[];
  /** Sets the value at a path; `undefined` clears it. Typing in one field undoes as one step. */
  set(path: string, value: unknown): void;
  /** Applies an edit that is not a plain field change (add, remove, move…), then announces. */
  apply(edit: (framework: Framework) => Framework, announcement?: string): void;
  /**
   * Which item of the list at a path shows its fields, for lists whose items open one at a
   * time (a scale's levels); -1 when none does.
   */
  openItem(listPath: string): number;
  /** Shows the fields of one item of the list at a path (-1 closes them all). */
  setOpenItem(listPath: string, index: number): void;
  /**
   * Whether the disclosure of the part at a path is open. A closed part's fields are not
   * made: they cost the page's start and nobody sees them.
   */
  isOpen(path: string): boolean;
  setOpen(path: string, open: boolean): void;
}

/** The id of the control editing a path, unique within the editor's shadow root. */
export function fieldId(path: string, prefix = 'f'): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
