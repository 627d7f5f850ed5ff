// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
import '../radar/define.js';
import { MvAssessmentProgress } from './mv-assessment-progress.js';

defineElement('mv-assessment-progress', MvAssessmentProgress);

export { MvAssessmentProgress };
