import { defineElement } from '../base/define-element.js';
import { MvFrameworkEditor } from './mv-framework-editor.js';

defineElement('mv-framework-editor', MvFrameworkEditor);

export { MvFrameworkEditor };
