import { parseFramework, type Framework, type Problem } from '../src/index.js';
import { failureLine, plain, problemLine, say, tell, type Console } from './console.js';
import { readJson, type ReadFailure } from './input-files.js';

/** A framework file read and checked: the framework when usable, and every problem found. */
export interface LoadedFramework {
  path: string;
  framework?: Framework;
  problems: Problem[];
  /** Why the file could not be read at all, when it could not. */
  failure?: ReadFailure;
}

/** Reads and checks a framework file; never throws. */
export async function loadFramework(path: string): Promise<LoadedFramework> {
  const read = await readJson(path);
  if ('failure' in read) return { path, problems: [], failure: read.failure };
  return { path, ...parseFramework(read.value) };
}

/**
 * Says why a framework cannot be used: one line for a file that cannot be read, otherwise a
 * heading and one line per problem with its JSON path.
 */
export function tellUnusable(console: Console, loaded: LoadedFramework): void {
  if (loaded.failure) {
    tell(console, failureLine(console, loaded.path, loaded.failure));
    return;
  }
  tell(console, say(console, 'frameworkUnusable', { file: plain(loaded.path) }));
  for (const problem of loaded.problems) tell(console, problemLine(console, problem));
}

/** Reads a framework for a command that needs one; says why and returns nothing when unusable. */
export async function requireFramework(console: Console, path: string): Promise<Framework | undefined> {
  const loaded = await loadFramework(path);
  if (!loaded.framework) tellUnusable(console, loaded);
  return loaded.framework;
}
