import type { Translated } from '../text/text.js';
import type * as common from './common-messages.js';
import type { Problem, Severity } from './problem.js';

/**
 * Most problems reported for one document. A hostile document could otherwise produce
 * millions of them (one per unknown key); the rest are summed up in one last problem.
 */
export const MAX_REPORTED_PROBLEMS = 200;

/** The messages every validator can give: those of `common-messages.ts`. */
export type CommonMessages = typeof common;

/**
 * Writes a problem's message from a set of messages. Validators record this rather than the
 * text itself, so that a caller who only needs to know whether a document is valid (the
 * widget at start-up) never loads the texts.
 */
export type Describe<M> = (say: M) => Translated;

/** A recorded problem whose message is not written yet. */
interface Found<M> {
  code: string;
  severity: Severity;
  path: string;
  describe: Describe<M>;
}

/**
 * Collects the problems found while validating one document. Keeps count of errors even
 * beyond the reporting limit, so that a truncated list can never hide that an error exists.
 * `M` is the set of messages the validator writes its problems with.
 */
export class ProblemList<M extends CommonMessages = CommonMessages> {
  private readonly found: Found<M>[] = [];
  private omitted = 0;
  private omittedError = false;
  private errors = 0;

  constructor(private readonly limit = MAX_REPORTED_PROBLEMS) {}

  /** Records a problem that stops correct use. */
  error(code: string, path: string, describe: Describe<M>): void {
    this.add(code, 'error', path, describe);
  }

  /** Records a problem worth telling but harmless to use. */
  warning(code: string, path: string, describe: Describe<M>): void {
    this.add(code, 'warning', path, describe);
  }

  /** Whether any error was recorded, shown or not. */
  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** The problems in the order found, with a summary of any left out, written with `say`. */
  toArray(say: M): Problem[] {
    const list: Problem[] = this.found.map(({ code, severity, path, describe }) => ({
      code,
      severity,
      path,
      message: describe(say),
    }));
    if (this.omitted > 0) {
      list.push({
        code: 'too-many-problems',
        severity: this.omittedError ? 'error' : 'warning',
        path: '',
        message: say.tooManyProblems(this.omitted),
      });
    }
    return list;
  }

  private add(code: string, severity: Severity, path: string, describe: Describe<M>): void {
    if (severity === 'error') this.errors += 1;
    if (this.found.length >= this.limit) {
      this.omitted += 1;
      if (severity === 'error') this.omittedError = true;
      return;
    }
    this.found.push({ code, severity, path, describe });
  }
}
