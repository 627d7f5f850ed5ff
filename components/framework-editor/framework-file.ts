import { editableFramework } from '../../src/framework/editable-framework.js';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';

/**
 * The largest framework file the editor opens: 1 MiB. The default framework, with three
 * languages throughout, is under a tenth of that; a file many times larger is not a
 * framework a kommune wrote, and reading it would freeze the page (and then be saved as the
 * draft, so the freeze would return on every visit).
 */
export const MAX_FRAMEWORK_FILE_BYTES = 1024 * 1024;

/** What came of opening a file. */
export type FrameworkFileRead =
  /** Too large to read: `bytes` is its size. */
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  /** Not a framework the editor can work on at all; `problems` say why. */
  | { kind: 'unusable'; problems: readonly Problem[] }
  /** Opened; `problems` are what is left to fix (none for a valid framework). */
  | { kind: 'opened'; framework: Framework; problems: readonly Problem[] };

/**
 * Reads a framework file the user chose, checking its size before reading a byte of it.
 * A file with problems still opens when its shape can be edited, so the user can fix it.
 */
export async function readFrameworkFile(file: File): Promise<FrameworkFileRead> {
  if (file.size > MAX_FRAMEWORK_FILE_BYTES) return { kind: 'too-large', bytes: file.size };
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return { kind: 'not-json' };
  }
  const parsed = parseFramework(value);
  const editable = parsed.framework ?? editableFramework(value);
  if (!editable) return { kind: 'unusable', problems: parsed.problems };
  return { kind: 'opened', framework: editable, problems: parsed.framework ? [] : parsed.problems };
}

/** The name the framework is downloaded under. */
export function frameworkFileName(framework: Pick<Framework, 'id'>): string {
  return `merverdi-framework-${framework.id}.json`;
}
