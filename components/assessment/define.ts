import { defineElement } from '../base/define-element.js';
// The assessment draws an <mv-radar> and holds an <mv-assessment-actions>: registering it
// registers them too. The class module itself registers nothing.
import '../radar/define.js';
import '../transfer/define.js';
import { MvAssessment } from './mv-assessment.js';

defineElement('mv-assessment', MvAssessment);

export { MvAssessment };
