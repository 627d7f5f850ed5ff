import type { Translated } from '../text/text.js';

/** How serious a problem is: an error stops correct use, a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a framework or an assessment, found by validation.
 * `code` is stable and meant for programs; `message` is for people, in every language.
 */
export interface Problem {
  /** Stable machine-readable code, e.g. `duplicate-id`. */
  code: string;
  severity: Severity;
  /** JSON path of the offending value, e.g. `dimensions[2].criteria[0].id`; `''` for the root. */
  path: string;
  message: Translated;
}

/** Whether any problem in the list stops correct use. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
