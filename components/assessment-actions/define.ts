import { defineElement } from '../base/define-element.js';
// The actions copy the radar into the printed report: registering them registers the radar.
import '../radar/define.js';
import { MvAssessmentActions } from './mv-assessment-actions.js';

defineElement('mv-assessment-actions', MvAssessmentActions);

export { MvAssessmentActions };
