import { opendir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Largest file read, in bytes. A library file of a thousand assessments is a few megabytes;
 * anything far beyond that is not ours, and reading it whole would only exhaust memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file could not be read: each becomes one line for the user. */
export type ReadFailure =
  | { kind: 'not-found' }
  | { kind: 'not-readable'; reason: string }
  | { kind: 'too-big' }
  | { kind: 'not-json'; reason: string };

/** One input file's content, or why there is none. */
export type InputFile = { path: string; text: string } | { path: string; failure: ReadFailure };

/**
 * The `.json` files named on the command line, one at a time: a file stands for itself, a
 * folder for every `.json` file below it, in name order so that output is the same on every
 * run. Folders are listed lazily, so thousands of files never sit in memory at once.
 * Paths in `skip` (the framework, the output file) are left out of folders.
 */
export async function* jsonFiles(paths: readonly string[], skip: ReadonlySet<string> = new Set()): AsyncGenerator<string> {
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // A missing path is reported when it is read, as one line like any other bad file.
    }
    if (isFolder) yield* folderFiles(path, skip);
    else yield path;
  }
}

async function* folderFiles(folder: string, skip: ReadonlySet<string>): AsyncGenerator<string> {
  const names: { name: string; folder: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.isDirectory()) names.push({ name: entry.name, folder: true });
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) names.push({ name: entry.name, folder: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, folder: isFolder } of names) {
    const path = join(folder, name);
    if (isFolder) yield* folderFiles(path, skip);
    else if (!skip.has(resolve(path))) yield path;
  }
}

/** Reads one input file as text, never throwing: a failure is a value to report. */
export async function readInput(path: string): Promise<InputFile> {
  try {
    const info = await stat(path);
    if (info.size > MAX_INPUT_BYTES) return { path, failure: { kind: 'too-big' } };
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, failure: { kind: 'not-found' } };
    return { path, failure: { kind: 'not-readable', reason: code ?? String(error) } };
  }
}

/** Reads one input file as JSON, never throwing. */
export async function readJson(path: string): Promise<{ path: string; value: unknown } | { path: string; failure: ReadFailure }> {
  const input = await readInput(path);
  if ('failure' in input) return input;
  try {
    return { path, value: JSON.parse(stripBom(input.text)) };
  } catch (error) {
    return { path, failure: { kind: 'not-json', reason: (error as Error).message } };
  }
}

/** Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON forbids. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
