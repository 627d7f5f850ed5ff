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
 * Finds the offers that have both a self-assessment and an official assessment. Where an
 * offer has several of either, the most recently updated of each is used.
 */
export function findSelfOfficialPairs(assessments: readonly Assessment[]): SelfOfficialPair[] {
  const pairs: SelfOfficialPair[] = [];
  const newest = (list: Assessment[]): Assessment | undefined =>
    [...list].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || 0)[0];
  for (const group of groupByOffer(assessments)) {
    const self = newest(group.filter((assessment) => assessment.mode === 'self'));
    const official = newest(group.filter((assessment) => assessment.mode === 'official'));
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
