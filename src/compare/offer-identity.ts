import type { Assessment, Offer } from '../assessment/types.js';

/**
 * A key naming the offer an assessment is about, so that the entrepreneur's and the
 * official's assessments of one offer, or its assessments over time, can be found
 * together. The organisation number wins (it is unique); otherwise the offer's title,
 * compared without case and surplus spaces. `undefined` when the offer has neither.
 */
export function offerKey(offer: Offer | undefined): string | undefined {
  const digits = (offer?.orgNumber ?? '').replace(/\D/g, '');
  if (digits.length === 9) return `org:${digits}`;
  const title = (offer?.title ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  return title === '' ? undefined : `title:${title}`;
}

/** Two offers are the same when the same organisation number or, lacking one, the same title names them. */
export function sameOffer(a: Offer | undefined, b: Offer | undefined): boolean {
  const digitsA = (a?.orgNumber ?? '').replace(/\D/g, '');
  const digitsB = (b?.orgNumber ?? '').replace(/\D/g, '');
  // Two different organisation numbers are two offers, even under one title.
  if (digitsA.length === 9 && digitsB.length === 9) return digitsA === digitsB;
  const titleA = offerKey({ title: a?.title });
  return titleA !== undefined && titleA === offerKey({ title: b?.title });
}

/** A self-assessment and an official assessment of the same offer. */
export interface SelfOfficialPair {
  self: Assessment;
  official: Assessment;
}

/**
 * Where an assessment came from, when it came in as a file: its `mode` and dates are then
 * the file's claims, not facts the library witnessed.
 */
export interface ImportMark {
  /** The file it was read from. */
  fileName: string;
  /** When it was imported, ISO 8601: a fact of this browser, unlike the file's own dates. */
  importedAt: string;
}

/** How {@link findSelfOfficialPairs} tells imported assessments and the present time. */
export interface PairingOptions {
  /** The import mark of an assessment; `undefined` for the official's own work. */
  imported?: (assessment: Assessment) => ImportMark | undefined;
  /** The present, against which future dates are claims to cap; default now. */
  now?: Date;
}

/**
 * When an assessment was last changed, as far as can be trusted: a date in the future is
 * capped at the present, and an imported file's date at the time it was imported (a file
 * cannot have been changed after it arrived, whatever it says).
 */
export function trustedUpdatedAt(assessment: Assessment, mark: ImportMark | undefined, now: Date): number {
  const claimed = Date.parse(assessment.updatedAt);
  const limit = mark ? Math.min(Date.parse(mark.importedAt) || now.getTime(), now.getTime()) : now.getTime();
  return Number.isFinite(claimed) ? Math.min(claimed, limit) : Number.NEGATIVE_INFINITY;
}

/**
 * Finds the offers that have both a self-assessment and an official assessment. Where an
 * offer has several of either, the most recently updated of each is used, by
 * {@link trustedUpdatedAt}. An imported file's `"mode": "official"` is a claim: the
 * official's own assessments (not imported) always come first, so a file can never take
 * their place, whatever role or date it claims.
 */
export function findSelfOfficialPairs(assessments: readonly Assessment[], options: PairingOptions = {}): SelfOfficialPair[] {
  const now = options.now ?? new Date();
  const markOf = (assessment: Assessment): ImportMark | undefined => options.imported?.(assessment);
  const newest = (list: Assessment[]): Assessment | undefined =>
    [...list].sort((a, b) => trustedUpdatedAt(b, markOf(b), now) - trustedUpdatedAt(a, markOf(a), now))[0];
  const pairs: SelfOfficialPair[] = [];
  for (const group of groupByOffer(assessments)) {
    const self = newest(group.filter((assessment) => assessment.mode === 'self'));
    const officials = group.filter((assessment) => assessment.mode === 'official');
    const own = officials.filter((assessment) => markOf(assessment) === undefined);
    const official = newest(own.length > 0 ? own : officials);
    if (self && official) pairs.push({ self, official });
  }
  return pairs;
}

/**
 * Groups assessments by offer, in order of first appearance. Assessments without a title
 * or organisation number cannot be matched and each stays alone.
 */
export function groupByOffer(assessments: readonly Assessment[]): Assessment[][] {
  const groups: Assessment[][] = [];
  for (const assessment of assessments) {
    const group = groups.find((candidate) => candidate[0] && sameOffer(candidate[0].offer, assessment.offer));
    if (group) group.push(assessment);
    else groups.push([assessment]);
  }
  return groups;
}

/**
 * Finds the offers assessed more than once in the same role (e.g. an official's assessment
 * at the start and another after a pilot): each group holds two or more assessments of one
 * offer, all `self` or all `official`.
 */
export function findRepeatedAssessments(assessments: readonly Assessment[]): Assessment[][] {
  return groupByOffer(assessments).flatMap((group) =>
    (['self', 'official'] as const)
      .map((mode) => group.filter((assessment) => assessment.mode === mode))
      .filter((sameMode) => sameMode.length > 1),
  );
}
