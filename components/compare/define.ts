// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
// The comparison draws on <mv-radar>, so registering it registers the radar too.
import '../radar/define.js';
import { MvCompare } from './mv-compare.js';

defineElement('mv-compare', MvCompare);

export { MvCompare };
