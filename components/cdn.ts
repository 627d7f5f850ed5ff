/**
 * The file a kommune puts on its site (`dist/cdn/merverdi.js`): one module script tag is
 * all a page needs. The assessment and its radar register at once; the framework editor,
 * the comparison view, the official's workspace and the procurement route guide load from
 * sibling files only when the page contains them. Every registration is guarded, so loading
 * this file twice is harmless.
 */
import './assessment/define.js';
import './radar/define.js';
import { defineOnDemand } from './base/define-on-demand.js';

if (typeof document !== 'undefined') {
  defineOnDemand({
    'mv-framework-editor': () => import('./framework-editor/define.js'),
    'mv-compare': () => import('./compare/define.js'),
    'mv-workspace': () => import('./workspace/define.js'),
    'mv-procurement-guide': () => import('./procurement-guide/define.js'),
    'mv-decision-record': () => import('./case/define.js'),
    'mv-reply-letter': () => import('./case/define.js'),
  });
}

export { MvAssessment } from './assessment/mv-assessment.js';
export { MvRadar } from './radar/mv-radar.js';
