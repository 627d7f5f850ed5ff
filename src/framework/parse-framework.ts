import type { Problem } from '../problems/problem.js';
import { checkFramework } from './check-framework.js';
import { frameworkTexts } from './framework-texts.js';
import type { Framework } from './types.js';

/** What {@link parseFramework} returns. */
export interface FrameworkParseResult {
  /** The framework, a fresh copy of the known fields; present only when no problem is an error. */
  framework?: Framework;
  /** Every problem found, errors and warnings, in document order. */
  problems: Problem[];
}

/**
 * Validates an untrusted value (typically `JSON.parse` of a file) as a framework, format
 * version 1, and reports every problem at once, each with a stable code, a JSON path and a
 * message in nb, nn and en.
 *
 * The framework is built as a fresh object from the known fields only, so unknown and hostile
 * keys (`__proto__`, `constructor`) never reach it; unknown fields get an `unknown-field`
 * warning. Limits (`MAX_DIMENSIONS`, `MAX_CRITERIA`, …) bound the work done on huge input.
 * Never throws.
 */
export function parseFramework(value: unknown): FrameworkParseResult {
  const { framework, problems } = checkFramework(value);
  const list = problems.toArray(frameworkTexts);
  return framework === undefined ? { problems: list } : { framework, problems: list };
}
