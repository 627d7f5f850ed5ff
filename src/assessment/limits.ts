/** Limits on an assessment document, so that a hostile file cannot hang the page. */

/** Most answers read from one document (a framework has at most 300 criteria). */
export const MAX_ANSWERS = 1_000;
/** Longest comment or offer description. */
export const MAX_LONG_TEXT = 5_000;
/** Longest short offer field: title, organisation, contact. */
export const MAX_SHORT_TEXT = 300;
/** Longest evidence link. */
export const MAX_URL_LENGTH = 2_000;
/** Longest framework id or revision quoted in the document. */
export const MAX_REFERENCE_LENGTH = 300;
/** Most evidence links on one answer. */
export const MAX_EVIDENCE_LINKS = 5;
/** Longest reason for "not applicable". */
export const MAX_REASON_LENGTH = 1_000;
/** Longest short decision field: case number, assessor's name and role, who to refer to. */
export const MAX_DECISION_SHORT = 300;
/** Most source assessments an agreed assessment names in `basedOn`. */
export const MAX_SOURCES = 10;
