import { parseAssessment } from '../assessment/parse-assessment.js';
import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import { isObject, own } from '../problems/json-reader.js';
import type { Problem } from '../problems/problem.js';
import * as say from './transfer-messages.js';

/**
 * Reading an assessment file a user picked or dropped. The file is untrusted: it may be
 * anything, of any size. What comes back tells the user plainly which of these it was:
 * too big, not JSON, JSON but not an assessment, an assessment of another framework, an
 * assessment with other problems, or fine (scores recomputed, never trusted).
 */

/** The largest file read: a full assessment with long justifications is well under this. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Which of the outcomes a file had. */
export type ImportOutcome = 'ok' | 'too-big' | 'not-json' | 'not-an-assessment' | 'other-framework' | 'invalid';

/** What {@link importAssessment} returns. */
export interface ImportResult {
  outcome: ImportOutcome;
  /** The checked, re-scored assessment; present only when the outcome is `ok`. */
  assessment?: Assessment;
  /** Everything found; for a refused file the first problem says why. */
  problems: Problem[];
}

function refused(outcome: ImportOutcome, code: string, message: Problem['message']): ImportResult {
  return { outcome, problems: [{ code, severity: 'error', path: '', message }] };
}

/**
 * Checks a file's size before it is read: a file larger than {@link MAX_IMPORT_BYTES} gets a
 * `file-too-big` result, so the browser never loads a huge file into memory.
 */
export function checkImportSize(bytes: number): ImportResult | undefined {
  return bytes > MAX_IMPORT_BYTES ? refused('too-big', 'file-too-big', say.fileTooBig(bytes, MAX_IMPORT_BYTES)) : undefined;
}

/**
 * Reads the text of an imported file as an assessment against `framework`. Never throws.
 * A leading byte-order mark is ignored (some editors write one).
 */
export function importAssessment(text: string, framework: Framework): ImportResult {
  // Each UTF-16 unit is at least one byte of UTF-8, so this bounds the file without encoding it.
  const early = checkImportSize(text.length);
  if (early) return early;
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refused('not-json', 'not-json', say.fileNotJson());
  }
  if (!isObject(value)) return refused('not-an-assessment', 'not-an-assessment', say.notAnAssessment());
  const format = own(value, 'format');
  if (format === 'merverdi-framework') {
    return refused('not-an-assessment', 'not-an-assessment', say.frameworkNotAssessment());
  }
  if (format !== 'merverdi-assessment') return refused('not-an-assessment', 'not-an-assessment', say.notAnAssessment());
  const { assessment, problems } = parseAssessment(value, framework);
  if (assessment) return { outcome: 'ok', assessment, problems };
  const other = problems.some((item) => item.code === 'other-framework');
  // The framework mismatch explains everything else, so it goes first.
  const ordered = other
    ? [...problems.filter((item) => item.code === 'other-framework'), ...problems.filter((item) => item.code !== 'other-framework')]
    : problems;
  return { outcome: other ? 'other-framework' : 'invalid', problems: ordered };
}
