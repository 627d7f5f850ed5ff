import type { parseAssessment } from '../../src/assessment/parse-assessment.js';

/**
 * The assessment reader (validation of a document against the framework, with its problem
 * texts in three languages), loaded only when there is a document to read: a draft in
 * storage, a document or references the page gives, another tab's save. A first visit with
 * nothing stored never needs it, so it is not part of the start-up download (about 4 KB gzip).
 */
export type AssessmentReader = typeof parseAssessment;

let reader: AssessmentReader | undefined;
let loading: Promise<AssessmentReader> | undefined;

/** The reader, if it has been loaded; callers that get `undefined` call {@link loadAssessmentReader}. */
export function assessmentReaderNow(): AssessmentReader | undefined {
  return reader;
}

/** Loads the reader once (a failed load is tried again on the next call). */
export function loadAssessmentReader(): Promise<AssessmentReader> {
  loading ??= import('../../src/assessment/parse-assessment.js').then(
    (module) => (reader = module.parseAssessment),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
