import type { Assessment } from '../../src/assessment/types.js';

/** Detail of `mv-submit`: the assessment about to be sent. Cancel the event to stop the POST. */
export interface SubmitEventDetail {
  assessment: Assessment;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mv-submit': CustomEvent<SubmitEventDetail>;
  }
}
