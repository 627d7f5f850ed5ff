import { defineElement } from '../base/define-element.js';
import '../radar/define.js';
import { MvAssessmentProgress } from './mv-assessment-progress.js';

defineElement('mv-assessment-progress', MvAssessmentProgress);

export { MvAssessmentProgress };
