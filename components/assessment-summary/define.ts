import { defineElement } from '../base/define-element.js';
import { MvAssessmentSummary } from './mv-assessment-summary.js';

defineElement('mv-assessment-summary', MvAssessmentSummary);

export { MvAssessmentSummary };
