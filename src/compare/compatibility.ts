import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { quote } from '../problems/common-messages.js';
import type { Translated } from '../text/text.js';

/**
 * How an assessment relates to the framework it is compared under:
 * - `same`: made with this framework and revision; every axis can be compared;
 * - `other-revision`: same framework, another edition; only the axes both editions have
 *   (the dimension ids present in both) can be compared;
 * - `other-framework`: another kommune's or another tool's framework; nothing can be
 *   compared honestly.
 */
export type CompatibilityStatus = 'same' | 'other-revision' | 'other-framework';

/** Whether, and on which axes, an assessment can be compared under a framework. */
export interface Compatibility {
  status: CompatibilityStatus;
  /** The framework's dimension ids that can be compared, in framework order. */
  sharedDimensions: string[];
  /** The framework's dimension ids this assessment cannot be compared on. */
  missingDimensions: string[];
  /** What to tell the user; empty strings when the status is `same`. */
  message: Translated;
}

const NO_MESSAGE: Translated = { nb: '', nn: '', en: '' };

/**
 * Checks whether an assessment was made with the framework it is being compared under.
 *
 * For another revision, an axis counts as shared when the assessment answers at least one
 * of that axis's criteria (with a value or "not applicable"). The answers are the only part
 * of a document that is not derived (its scores are recomputed on import against the
 * current framework, so they cannot tell which axes the other edition had), and an axis
 * none of whose criteria were answered cannot be told apart from an axis that edition
 * lacked. Scores on the shared axes are recomputed from the answers, never trusted.
 */
export function compatibility(framework: Framework, assessment: Assessment): Compatibility {
  const allIds = framework.dimensions.map((dimension) => dimension.id);
  if (assessment.framework.id !== framework.id) {
    const theirs = quote(assessment.framework.id);
    return {
      status: 'other-framework',
      sharedDimensions: [],
      missingDimensions: allIds,
      message: {
        nb: `Denne vurderingen er laget med et annet rammeverk («${theirs}») og kan ikke sammenlignes med de andre.`,
        nn: `Denne vurderinga er laga med eit anna rammeverk («${theirs}») og kan ikkje samanliknast med dei andre.`,
        en: `This assessment was made with another framework ("${theirs}") and cannot be compared with the others.`,
      },
    };
  }
  if ((assessment.framework.revision ?? '') === (framework.revision ?? '')) {
    return { status: 'same', sharedDimensions: allIds, missingDimensions: [], message: NO_MESSAGE };
  }
  const answered = (id: string): boolean =>
    framework.dimensions
      .find((dimension) => dimension.id === id)!
      .criteria.some((criterion) => Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id));
  const shared = allIds.filter(answered);
  const missing = allIds.filter((id) => !answered(id));
  const theirs = quote(assessment.framework.revision ?? '–');
  const ours = quote(framework.revision ?? '–');
  const tail: Translated =
    missing.length === 0
      ? {
          nb: 'Alle områdene finnes i begge utgavene og blir sammenlignet.',
          nn: 'Alle områda finst i begge utgåvene og blir samanlikna.',
          en: 'Every area exists in both editions and is compared.',
        }
      : {
          nb: `Bare områdene som finnes i begge utgavene, blir sammenlignet (${shared.length} av ${allIds.length}).`,
          nn: `Berre områda som finst i begge utgåvene, blir samanlikna (${shared.length} av ${allIds.length}).`,
          en: `Only the areas found in both editions are compared (${shared.length} of ${allIds.length}).`,
        };
  return {
    status: 'other-revision',
    sharedDimensions: shared,
    missingDimensions: missing,
    message: {
      nb: `Denne vurderingen er laget med en annen utgave av rammeverket («${theirs}», gjeldende er «${ours}»). ${tail.nb}`,
      nn: `Denne vurderinga er laga med ei anna utgåve av rammeverket («${theirs}», gjeldande er «${ours}»). ${tail.nn}`,
      en: `This assessment was made with another edition of the framework ("${theirs}"; the current one is "${ours}"). ${tail.en}`,
    },
  };
}

/**
 * The axes a whole set of assessments can be compared on: those every comparable
 * assessment shares with the framework. Assessments of another framework are left out of
 * the comparison altogether and so do not narrow it.
 */
export function sharedAxes(framework: Framework, assessments: readonly Assessment[]): string[] {
  let shared = framework.dimensions.map((dimension) => dimension.id);
  for (const assessment of assessments) {
    const result = compatibility(framework, assessment);
    if (result.status === 'other-framework') continue;
    const theirs = new Set(result.sharedDimensions);
    shared = shared.filter((id) => theirs.has(id));
  }
  return shared;
}
