/**
 * The element classes, without registering them: for apps that choose their own tag names or
 * register on their own schedule. Importing this module registers nothing (a test keeps it
 * so). Import `merverdi/define` to register every element under its `mv-` tag. An app that
 * registers a class under a name of its own registers what it draws as well, under the `mv-`
 * tags it uses: the assessment draws `<mv-radar>` and `<mv-assessment-actions>`, the editor an
 * `<mv-assessment>`, the workspace an `<mv-assessment>` and an `<mv-compare>`.
 */
export { MvAssessment } from './assessment/mv-assessment.js';
export type { AssessmentEventDetail, MvErrorDetail } from './assessment/mv-assessment.js';
export { MvRadar } from './radar/mv-radar.js';
export type { RadarDrawnData, RadarSeriesInput } from './radar/mv-radar.js';
export { MvCompare } from './compare/mv-compare.js';
export { MvFrameworkEditor } from './framework-editor/mv-framework-editor.js';
export type { FrameworkChangeDetail } from './framework-editor/mv-framework-editor.js';
export { MvWorkspace } from './workspace/mv-workspace.js';
export { MvAssessmentActions } from './transfer/mv-assessment-actions.js';
export { MvProcurementGuide } from './procurement-guide/mv-procurement-guide.js';
export type { RouteMemoDetail } from './procurement-guide/mv-procurement-guide.js';
