import { defineElement } from '../base/define-element.js';
// The workspace composes the form and the comparison; registering it registers them too.
import '../assessment/define.js';
import '../compare/define.js';
import { MvWorkspace } from './mv-workspace.js';

defineElement('mv-workspace', MvWorkspace);

export { MvWorkspace };
