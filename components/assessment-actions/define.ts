import { defineElement } from '../base/define-element.js';
import '../radar/define.js';
import { MvAssessmentActions } from './mv-assessment-actions.js';

defineElement('mv-assessment-actions', MvAssessmentActions);

export { MvAssessmentActions };
