import type { Translated } from '../text/text.js';
import { tooManyProblems } from './common-messages.js';
import type { Problem, Severity } from './problem.js';

/**
 * Most problems reported for one document. A hostile document could otherwise produce
 * millions of them (one per unknown key); the rest are summed up in one last problem.
 */
export const MAX_REPORTED_PROBLEMS = 200;

/**
 * Collects the problems found while validating one document. Keeps count of errors even
 * beyond the reporting limit, so that a truncated list can never hide that an error exists.
 */
export class ProblemList {
  private readonly problems: Problem[] = [];
  private omitted = 0;
  private omittedError = false;
  private errors = 0;

  constructor(private readonly limit = MAX_REPORTED_PROBLEMS) {}

  /** Records a problem that stops correct use. */
  error(code: string, path: string, message: Translated): void {
    this.add(code, 'error', path, message);
  }

  /** Records a problem worth telling but harmless to use. */
  warning(code: string, path: string, message: Translated): void {
    this.add(code, 'warning', path, message);
  }

  /** Whether any error was recorded, shown or not. */
  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** The problems in the order found, with a summary of any left out. */
  toArray(): Problem[] {
    const list = [...this.problems];
    if (this.omitted > 0) {
      list.push({
        code: 'too-many-problems',
        severity: this.omittedError ? 'error' : 'warning',
        path: '',
        message: tooManyProblems(this.omitted),
      });
    }
    return list;
  }

  private add(code: string, severity: Severity, path: string, message: Translated): void {
    if (severity === 'error') this.errors += 1;
    if (this.problems.length >= this.limit) {
      this.omitted += 1;
      if (severity === 'error') this.omittedError = true;
      return;
    }
    this.problems.push({ code, severity, path, message });
  }
}
