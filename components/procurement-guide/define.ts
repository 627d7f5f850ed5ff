import { defineElement } from '../base/define-element.js';
import { MvProcurementGuide } from './mv-procurement-guide.js';

defineElement('mv-procurement-guide', MvProcurementGuide);

export { MvProcurementGuide };
