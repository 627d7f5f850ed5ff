/**
 * The element classes, without registering them: for apps that choose their own tag names or
 * register on their own schedule. Importing this module registers nothing (a test keeps it
 * so). Import `merverdi/define` to register every element under its `mv-` tag.
 * `<mv-assessment>` builds its default layout from its parts under their `mv-` tags, and the
 * editor draws an `<mv-assessment>`, the workspace an `<mv-assessment>` and an `<mv-compare>`:
 * an app that registers a class under a name of its own registers those under their tags too.
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
export { MvDecisionRecord } from './case/mv-decision-record.js';
export { MvReplyLetter } from './case/mv-reply-letter.js';
export { MvRadar } from './radar/mv-radar.js';
export type { RadarDrawnData, RadarSeriesInput } from './radar/mv-radar.js';
export { MvCompare } from './compare/mv-compare.js';
export { MvFrameworkEditor } from './framework-editor/mv-framework-editor.js';
export type { FrameworkChangeDetail } from './framework-editor/mv-framework-editor.js';
export { MvWorkspace } from './workspace/mv-workspace.js';
export { MvProcurementGuide } from './procurement-guide/mv-procurement-guide.js';
export type { RouteMemoDetail } from './procurement-guide/mv-procurement-guide.js';
