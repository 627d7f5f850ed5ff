/**
 * Moving assessments in and out of the widget: CSV export, share links, file import and
 * submission. DOM-free like the rest of the core.
 */
export { assessmentCsv, neutraliseFormula, quoteCell, formatNumber, CSV_BOM, CSV_SEPARATOR, CSV_LINE_END, CSV_MEDIA_TYPE } from './assessment-csv.js';
export type { ShareLinkResult, SharedAssessmentResult } from './share-link.js';
export { createShareLink, openShareFragment, shareData, SHARE_KEY, MAX_LINK_LENGTH, MAX_SHARED_JSON_BYTES } from './share-link.js';
export type { ImportOutcome, ImportResult } from './import-file.js';
export { importAssessment, checkImportSize, MAX_IMPORT_BYTES } from './import-file.js';
export type { SubmitFailure, SubmitFailureKind, SubmitOptions, SubmitReceipt, SubmitResult } from './submit.js';
export { submitAssessment, receiptId, DEFAULT_SUBMIT_TIMEOUT_MS } from './submit.js';
