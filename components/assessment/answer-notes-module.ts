/**
 * What a form needs to show and edit the notes of its answers (the reason for "not
 * applicable", the explanation, the evidence links). Notes appear only once a criterion is
 * answered, so the form loads this module after start-up instead of with it (see
 * `components/assessment-form/notes-arrival.ts`).
 */
export { answerNotes } from './answer-notes.js';
export { AnswerNotesEdits } from './answer-notes-edits.js';
