/**
 * The element classes, without registering them: for apps that choose their own tag names or
 * register on their own schedule. Import `merverdi/define` to register every element.
 * `<mv-assessment>` builds its default layout from its parts under their `mv-` tags, so an
 * app that registers it itself registers the parts under those tags too.
 */
export { MvAssessment } from './assessment/mv-assessment.js';
export type { AssessmentEventDetail, MvErrorDetail } from './assessment/mv-assessment.js';
export { assessmentContext } from './assessment/assessment-context.js';
export type { AssessmentActions, AssessmentContext } from './assessment/assessment-context.js';
export { MvAssessmentForm } from './assessment-form/mv-assessment-form.js';
export { MvAssessmentProgress } from './assessment-progress/mv-assessment-progress.js';
export { MvAssessmentSummary } from './assessment-summary/mv-assessment-summary.js';
export { MvAssessmentActions } from './assessment-actions/mv-assessment-actions.js';
export type { SubmitEventDetail } from './assessment-actions/mv-assessment-actions.js';
export { MvRadar } from './radar/mv-radar.js';
export type { RadarDrawnData, RadarSeriesInput } from './radar/mv-radar.js';
export { MvCompare } from './compare/mv-compare.js';
export { MvFrameworkEditor } from './framework-editor/mv-framework-editor.js';
export type { FrameworkChangeDetail } from './framework-editor/mv-framework-editor.js';
export { MvWorkspace } from './workspace/mv-workspace.js';
export { MvProcurementGuide } from './procurement-guide/mv-procurement-guide.js';
export type { RouteMemoDetail } from './procurement-guide/mv-procurement-guide.js';
