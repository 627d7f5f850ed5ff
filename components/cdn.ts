/**
 * The file a kommune puts on its site (`dist/cdn/merverdi.js`): one module script tag is
 * all a page needs. The assessment and its radar register at once; the framework editor,
 * the comparison view, the official's workspace and the procurement route guide load from
 * sibling files only when the page contains them. Every registration is guarded, so loading
 * this file twice is harmless.
 */
// The assessment and the parts its form needs to appear register at once. Its summary
// (strengths, gaps, guidance, contacts) and its actions bar (downloads, import, print, share,
// submit) sit below the form and are not needed for the first paint or the first answer, so
// they come from sibling files fetched once the page has loaded and the browser is idle: a
// visitor waits for less before the widget appears, and the form's own requests go first.
// Until they register, their slots are empty elements below the form.
import './radar/define.js';
import './assessment-form/define.js';
import './assessment-progress/define.js';
import { defineElement } from './base/define-element.js';
import { MvAssessment } from './assessment/mv-assessment.js';
import { afterStartUp, loadOrRetryOnline } from './base/after-start-up.js';
import { defineOnDemand } from './base/define-on-demand.js';

defineElement('mv-assessment', MvAssessment);

if (typeof document !== 'undefined') {
  afterStartUp(document, () => {
    void loadOrRetryOnline(window, () => import('./assessment-summary/define.js'));
    void loadOrRetryOnline(window, () => import('./assessment-actions/define.js'));
  });
  defineOnDemand({
    'mv-framework-editor': () => import('./framework-editor/define.js'),
    'mv-compare': () => import('./compare/define.js'),
    'mv-workspace': () => import('./workspace/define.js'),
    'mv-procurement-guide': () => import('./procurement-guide/define.js'),
    'mv-decision-record': () => import('./case/define.js'),
    'mv-reply-letter': () => import('./case/define.js'),
  });
}

export { MvAssessment };
export { MvRadar } from './radar/mv-radar.js';
