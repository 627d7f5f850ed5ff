import type { Assessment, Mode } from '../../src/assessment/types.js';

/**
 * What to do with an assessment file a user imports, decided apart from the actions bar that
 * asks, so the rule stays one small thing to read and test.
 *
 * The rule: a file never silently changes whose assessment it is. In official mode, an
 * entrepreneur's self-assessment becomes the kommune's own assessment only after the user has
 * read what the file is (its mode, its author, its date) and said yes; the question offers
 * the safe alternative, showing it beside the official's as the entrepreneur's.
 */

/** How an import proceeds. */
export type ImportIntent =
  /** Shown beside the user's own, as the entrepreneur's (the user ticked that). */
  | 'reference'
  /** Becomes the user's own only after a yes to a question that says what the file is. */
  | 'confirm'
  /** Becomes the user's own; asked first only when the user's own has content. */
  | 'replace';

/** Decides how an imported assessment proceeds in a widget of `widgetMode`. */
export function importIntent(widgetMode: Mode, file: Pick<Assessment, 'mode'>, asReference: boolean): ImportIntent {
  if (widgetMode === 'official' && asReference) return 'reference';
  // Another role's assessment would silently become this user's: ask, whatever is on screen.
  if (file.mode !== widgetMode) return 'confirm';
  return 'replace';
}

/** What a file says about itself: its mode, who made it and when. All claims of the file. */
export interface ImportedFileFacts {
  mode: Mode;
  /** The organisation (self-assessment) or the assessor (official's); `undefined` when it names none. */
  author?: string;
  /** When the file says it was last changed, ISO 8601. */
  updatedAt: string;
}

/** Reads what a checked assessment says about itself, for the confirmation to show. */
export function importedFileFacts(assessment: Assessment): ImportedFileFacts {
  const author =
    assessment.mode === 'official'
      ? assessment.decision?.assessor?.name?.trim() || assessment.offer.organisation?.trim()
      : assessment.offer.organisation?.trim() || assessment.offer.contact?.trim();
  return { mode: assessment.mode, updatedAt: assessment.updatedAt, ...(author ? { author } : {}) };
}
