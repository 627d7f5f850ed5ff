import { defineElement } from '../base/define-element.js';
// The live preview is an <mv-assessment>: registering the editor registers it too. A static
// import: in the CDN build the assessment is in the start-up file already, and a dynamic one
// would make the bundler build a module namespace there, with a helper of its own in one
// more start-up file.
import '../assessment/define.js';
import { MvFrameworkEditor } from './mv-framework-editor.js';

defineElement('mv-framework-editor', MvFrameworkEditor);

export { MvFrameworkEditor };
