import { defineElement } from '../base/define-element.js';
import '../radar/define.js';
import { MvAssessment } from './mv-assessment.js';

defineElement('mv-assessment', MvAssessment);

export { MvAssessment };
