import { AssessmentPart } from '../assessment/assessment-part.js';
import { assessmentStyles } from '../assessment/assessment.styles.js';
import type { AssessmentContext } from '../assessment/assessment-context.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { caseStyles } from './case.styles.js';
import { caseMessages, type CaseMessageKey } from './case.messages.js';

/**
 * What the case's parts (`<mv-decision-record>`, `<mv-reply-letter>`) have in common: the
 * assessment's styles with the case's on top, the case's messages, and the rule that they
 * show only in official mode.
 */
export abstract class CasePart extends AssessmentPart {
  /** The styles a case part starts from; its own come after. */
  static caseStyles = [sharedStyles, assessmentStyles, AssessmentPart.partStyles, caseStyles];

  /** One of the case's own messages, in this part's language. */
  protected c(key: CaseMessageKey, values?: Record<string, string | number>): string {
    return this.msg(caseMessages, key, values);
  }

  /** The assessment's state, only while it is a case officer's: a case part shows nothing otherwise. */
  protected get officialShared(): AssessmentContext | undefined {
    const shared = this.shared;
    return shared?.mode === 'official' ? shared : undefined;
  }
}
