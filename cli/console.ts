import type { Writable } from 'node:stream';
import { format } from '../components/i18n/define-messages.js';
import type { Problem } from '../src/index.js';
import type { Lang } from '../src/index.js';
import { cliMessages, type CliMessage } from './cli.messages.js';
import type { ReadFailure } from './input-files.js';

/**
 * Where a command writes, and in which language. Results go to `out` (so that `--csv` and
 * `--json` can be piped into a file); everything said to the user about files goes to `err`.
 */
export interface Console {
  lang: Lang;
  out: Writable;
  err: Writable;
}

/** A message of the command in the console's language, with its placeholders filled. */
export function say(console: Console, key: CliMessage, values: Record<string, string | number> = {}): string {
  return format(cliMessages[console.lang][key], values);
}

/** Writes a line to the user (standard error). */
export function tell(console: Console, line: string): void {
  console.err.write(`${line}\n`);
}

/**
 * Text from a document or a file name, made safe for a terminal: control characters (which
 * could move the cursor, recolour the screen or hide what follows) become spaces. Framework
 * and assessment text is untrusted, wherever it is shown.
 */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** One file that could not be read, as the one line the user gets for it. */
export function failureLine(console: Console, path: string, failure: ReadFailure): string {
  const reason = (() => {
    switch (failure.kind) {
      case 'not-found':
        return say(console, 'notFound');
      case 'not-readable':
        return say(console, 'notReadable', { reason: failure.reason });
      case 'too-big':
        return say(console, 'tooBig', { limit: 64 });
      case 'not-json':
        return say(console, 'notJson', { reason: failure.reason });
    }
  })();
  return `${plain(path)}: ${plain(reason)}`;
}

/** A problem's message in the console's language, led by its JSON path when it has one. */
export function problemText(console: Console, problem: Problem): string {
  const message = problem.message[console.lang];
  return plain(problem.path === '' ? message : say(console, 'atPath', { path: problem.path, message }));
}

/** A problem as an indented line of a list (validate prints every problem). */
export function problemLine(console: Console, problem: Problem): string {
  const severity = say(console, problem.severity === 'error' ? 'error' : 'warning');
  const message = plain(problem.message[console.lang]);
  return problem.path === ''
    ? say(console, 'problemLineRoot', { severity, message })
    : say(console, 'problemLine', { severity, path: plain(problem.path), message });
}
