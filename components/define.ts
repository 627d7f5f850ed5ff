/**
 * Registers every merverdi element under its `mv-` tag. Each registration is guarded, so
 * loading this twice does not throw. For bundling apps; the CDN file loads the heavier
 * elements on demand instead.
 */
import './assessment/define.js';
import './assessment-form/define.js';
import './assessment-progress/define.js';
import './assessment-summary/define.js';
import './assessment-actions/define.js';
import './case/define.js';
import './radar/define.js';
import './compare/define.js';
import './framework-editor/define.js';
import './workspace/define.js';
import './procurement-guide/define.js';

export * from './index.js';
