/**
 * The element classes, without registering them: for apps that choose their own tag names or
 * register on their own schedule. Import `merverdi/define` to register every element.
 */
export { MvAssessment } from './assessment/mv-assessment.js';
export type { AssessmentEventDetail, MvErrorDetail } from './assessment/mv-assessment.js';
export { MvRadar } from './radar/mv-radar.js';
export type { RadarDrawnData, RadarSeriesInput } from './radar/mv-radar.js';
export { MvCompare } from './compare/mv-compare.js';
export { MvFrameworkEditor } from './framework-editor/mv-framework-editor.js';
export type { FrameworkChangeDetail } from './framework-editor/mv-framework-editor.js';
export { MvWorkspace } from './workspace/mv-workspace.js';
export { MvProcurementGuide } from './procurement-guide/mv-procurement-guide.js';
export type { RouteMemoDetail } from './procurement-guide/mv-procurement-guide.js';
