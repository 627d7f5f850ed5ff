// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
import { MvAssessmentForm } from './mv-assessment-form.js';

defineElement('mv-assessment-form', MvAssessmentForm);

export { MvAssessmentForm };
