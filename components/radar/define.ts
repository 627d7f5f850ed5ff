// Every language at once for the package; the CDN build loads nynorsk and English on demand.
import '../i18n/all-languages.js';
import { defineElement } from '../base/define-element.js';
import { MvRadar } from './mv-radar.js';

defineElement('mv-radar', MvRadar);

export { MvRadar };
