// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
// The parts its default layout is built from, and that a page may place inside it. Imports
// run first, so parts already in the page are upgraded before the assessment exists; each
// asks for its assessment again once `mv-assessment` is defined (see AssessmentConsumer).
// The class module itself registers nothing.
import '../radar/define.js';
import '../assessment-form/define.js';
import '../assessment-progress/define.js';
import '../assessment-summary/define.js';
import '../assessment-actions/define.js';
import { MvAssessment } from './mv-assessment.js';

defineElement('mv-assessment', MvAssessment);

export { MvAssessment };
