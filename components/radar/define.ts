import { defineElement } from '../base/define-element.js';
import { MvRadar } from './mv-radar.js';

defineElement('mv-radar', MvRadar);

export { MvRadar };
