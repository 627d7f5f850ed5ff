import type { Assessment } from '../../src/assessment/types.js';

/** Detail of `mv-change` and `mv-complete`: the assessment as it now stands. */
export interface AssessmentEventDetail {
  assessment: Assessment;
}

/**
 * Detail of `mv-error`: a stable `code` for programs, a `message` in the element's language
 * for people, and the JSON path of the offending value where there is one.
 */
export interface MvErrorDetail {
  code: string;
  message: string;
  path?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mv-change': CustomEvent<AssessmentEventDetail>;
    'mv-complete': CustomEvent<AssessmentEventDetail>;
    'mv-error': CustomEvent<MvErrorDetail>;
  }
}
