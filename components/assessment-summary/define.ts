// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
import { MvAssessmentSummary } from './mv-assessment-summary.js';

defineElement('mv-assessment-summary', MvAssessmentSummary);

export { MvAssessmentSummary };
