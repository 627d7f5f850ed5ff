import { defineElement } from '../base/define-element.js';
import { MvAssessmentForm } from './mv-assessment-form.js';

defineElement('mv-assessment-form', MvAssessmentForm);

export { MvAssessmentForm };
