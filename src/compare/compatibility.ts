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
 * An assessment of another revision counts on the axes whose ids appear both in the
 * framework and in the assessment's own derived scores (its record of which axes its
 * edition had); its scores on those axes are recomputed from the answers, never trusted.
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
  const theirAxes = new Set(Object.keys(assessment.scores?.dimensions ?? {}));
  const shared = allIds.filter((id) => theirAxes.has(id));
  const missing = allIds.filter((id) => !theirAxes.has(id));
  const theirs = quote(assessment.framework.revision ?? '–');
  const ours = quote(framework.revision ?? '–');
  const tail: Translated =
    missing.length === 0
      ? {
          nb: 'Alle aksene finnes i begge utgavene og blir sammenlignet.',
          nn: 'Alle aksane finst i begge utgåvene og blir samanlikna.',
          en: 'Every axis exists in both editions and is compared.',
        }
      : {
          nb: `Bare aksene som finnes i begge utgavene blir sammenlignet (${shared.length} av ${allIds.length}).`,
          nn: `Berre aksane som finst i begge utgåvene blir samanlikna (${shared.length} av ${allIds.length}).`,
          en: `Only the axes found in both editions are compared (${shared.length} of ${allIds.length}).`,
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
