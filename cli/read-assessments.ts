import { resolve } from 'node:path';
import { hasErrors, type Assessment, type Framework, type Problem } from '../src/index.js';
import { readImportFile } from '../src/library/library-bundle.js';
import { failureLine, plain, problemText, say, type Console } from './console.js';
import { jsonFiles, readInput, stripBom } from './input-files.js';

/** Where one assessment came from: its file, and its position when the file held several. */
export interface Source {
  file: string;
  /** 1-based position in a library file or a JSON array; absent for a single assessment. */
  item?: number;
}

/** One assessment read from the inputs: checked and re-scored, or rejected with its problems. */
export type ReadAssessment =
  | { source: Source; assessment: Assessment; problems: Problem[] }
  | { source: Source; problems: Problem[]; line: string };

/**
 * Every assessment in the inputs (files, folders, library files, JSON arrays), one at a time:
 * each file is read, checked against the framework with the core's own import
 * (`readImportFile`: the stored scores are recomputed, never trusted) and let go before the
 * next is read, so thousands of files never sit in memory together. A rejected document
 * carries the one line that tells the user why.
 */
export async function* readAssessments(
  console: Console,
  framework: Framework,
  inputs: readonly string[],
  skip: readonly string[] = [],
): AsyncGenerator<ReadAssessment> {
  for await (const file of jsonFiles(inputs, new Set(skip.map((path) => resolve(path))))) {
    const input = await readInput(file);
    if ('failure' in input) {
      yield { source: { file }, problems: [], line: failureLine(console, file, input.failure) };
      continue;
    }
    for (const document of readImportFile(file, stripBom(input.text), framework)) {
      const source: Source = { file, ...(document.item !== undefined ? { item: document.item } : {}) };
      if (document.assessment && !hasErrors(document.problems)) {
        yield { source, assessment: document.assessment, problems: document.problems };
      } else {
        yield { source, problems: document.problems, line: rejectionLine(console, source, document.problems) };
      }
    }
  }
}

/** How a source is named to the user: the file, and the item when the file held several. */
export function where(console: Console, source: Source): string {
  const file = plain(source.file);
  return source.item === undefined ? file : say(console, 'item', { file, item: source.item });
}

/** The one line a rejected document gets: its first error, with the count when there are more. */
function rejectionLine(console: Console, source: Source, problems: readonly Problem[]): string {
  const first = problems.find((problem) => problem.severity === 'error') ?? problems[0];
  const message = first ? problemText(console, first) : '';
  const place = where(console, source);
  return problems.length > 1
    ? say(console, 'badDocumentMore', { where: place, message, total: problems.length })
    : say(console, 'badDocument', { where: place, message });
}
