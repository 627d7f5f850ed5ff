import type { Framework } from '../framework/types.js';
import { withoutUndefined } from '../problems/json-reader.js';
import { scoreAssessment } from '../scoring/score.js';
import type { Answer, Assessment, Offer } from './types.js';

/**
 * Pure updates of an assessment. Each returns a new document with `scores` and
 * `completeness` recomputed and `updatedAt` set, and leaves its input untouched, so that a
 * state container can compare old and new by identity.
 */

/** The same assessment with `scores` (basis included) and `completeness` derived afresh from its answers. */
export function withScores(framework: Framework, assessment: Assessment): Assessment {
  const { overall, dimensions, completeness, basis } = scoreAssessment(framework, assessment);
  return { ...assessment, scores: { overall, dimensions, basis }, completeness };
}

/**
 * Sets (or, with `undefined`, removes) the answer to one criterion. An answer keeps its place
 * among the others; a new one goes last.
 */
export function withAnswer(
  framework: Framework,
  assessment: Assessment,
  criterionId: string,
  answer: Answer | undefined,
  now: Date = new Date(),
): Assessment {
  const answers: Record<string, Answer> = {};
  let placed = false;
  const put = (id: string, value: Answer) =>
    // defineProperty keeps any id plain data, even `__proto__`.
    Object.defineProperty(answers, id, { value, enumerable: true, writable: true, configurable: true });
  for (const [id, existing] of Object.entries(assessment.answers)) {
    if (id !== criterionId) put(id, existing);
    else if (answer !== undefined) {
      put(id, { ...answer });
      placed = true;
    }
  }
  if (!placed && answer !== undefined) put(criterionId, { ...answer });
  return withScores(framework, { ...assessment, answers, updatedAt: now.toISOString() });
}

/**
 * Changes the offer's fields: each field in `changes` replaces the old one, and a field set to
 * `undefined` or `''` is removed.
 */
export function withOffer(
  framework: Framework,
  assessment: Assessment,
  changes: Partial<Offer>,
  now: Date = new Date(),
): Assessment {
  const merged = { ...assessment.offer, ...changes };
  const offer = withoutUndefined<Offer>({
    title: merged.title || undefined,
    organisation: merged.organisation || undefined,
    orgNumber: merged.orgNumber || undefined,
    contact: merged.contact || undefined,
    description: merged.description || undefined,
  });
  return withScores(framework, { ...assessment, offer, updatedAt: now.toISOString() });
}
