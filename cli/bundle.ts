import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, extname, join } from 'node:path';
import { serializeAssessment, type Framework } from '../src/index.js';
import { MAX_ASSESSMENTS_PER_FILE, MAX_LIBRARY_FILE_BYTES } from '../src/library/library-bundle.js';
import { plain, say, tell, type Console } from './console.js';
import { readAssessments } from './read-assessments.js';

export interface BundleOptions {
  framework: Framework;
  frameworkPath: string;
  inputs: readonly string[];
  /** The library file to write; `library.json` becomes `library-1.json`, … when split. */
  out: string;
  /** The time written as `exportedAt`. */
  now?: Date;
}

/**
 * `merverdi bundle <framework.json> <assessments…> --out <library.json>`: gathers every
 * good assessment into a library file in the format the workspace's "export all" writes and
 * its import reads (`merverdi-library`, version 1), each re-scored against the framework.
 *
 * Assessments are written as they are read, never held together. The workspace imports at
 * most {@link MAX_ASSESSMENTS_PER_FILE} assessments, and at most
 * {@link MAX_LIBRARY_FILE_BYTES} bytes, per file, so a larger library is split: `library.json`
 * is renamed `library-1.json` when a second file, `library-2.json`, begins.
 * A bad file gets one line on standard error and makes the exit status 1.
 */
export async function bundle(console: Console, options: BundleOptions): Promise<number> {
  const exportedAt = (options.now ?? new Date()).toISOString();
  const written: string[] = [];
  let part: { path: string; stream: WriteStream; count: number; bytes: number } | undefined;
  let total = 0;
  let rejected = 0;

  const open = async (): Promise<void> => {
    const number = written.length + 1;
    if (number === 2) {
      // The library turns out to need several files: the first is numbered too.
      const first = partPath(options.out, 1);
      await rename(options.out, first);
      written[0] = first;
    }
    const path = number === 1 ? options.out : partPath(options.out, number);
    const stream = createWriteStream(path, { encoding: 'utf8' });
    // A failure to open or write surfaces as `errored`, checked before every write.
    stream.on('error', () => undefined);
    written.push(path);
    const head = `{\n  "format": "merverdi-library",\n  "version": 1,\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "assessments": [`;
    stream.write(head);
    part = { path, stream, count: 0, bytes: Buffer.byteLength(head) + Buffer.byteLength(TAIL) };
  };

  try {
    for await (const read of readAssessments(console, options.framework, options.inputs, [options.frameworkPath, options.out])) {
      if (!('assessment' in read)) {
        tell(console, read.line);
        rejected += 1;
        continue;
      }
      const text = serializeAssessment(read.assessment).replace(/\n/g, '\n    ');
      // UTF-8 bytes: never fewer than the UTF-16 units the import's own check counts.
      const bytes = Buffer.byteLength(text) + 6;
      if (!part || part.count === MAX_ASSESSMENTS_PER_FILE || (part.count > 0 && part.bytes + bytes > MAX_LIBRARY_FILE_BYTES)) {
        if (part) await close(part.stream);
        await open();
      }
      const current = part as NonNullable<typeof part>;
      if (current.stream.errored) throw current.stream.errored;
      // Respect back-pressure, so a slow disk does not make the whole library pile up in memory.
      if (!current.stream.write(`${current.count === 0 ? '\n    ' : ',\n    '}${text}`)) await once(current.stream, 'drain');
      current.count += 1;
      current.bytes += bytes;
      total += 1;
    }
    if (part) await close(part.stream);
  } catch (error) {
    tell(console, say(console, 'writeFailed', { file: plain(part?.path ?? options.out), reason: (error as Error).message }));
    return 1;
  }

  if (total === 0) {
    tell(console, say(console, 'bundleNothing'));
    return 1;
  }
  tell(console, say(console, 'bundleWritten', { count: total, files: written.map(plain).join(', ') }));
  if (written.length > 1) {
    tell(console, say(console, 'bundleSplit', { max: MAX_ASSESSMENTS_PER_FILE, megabytes: MAX_LIBRARY_FILE_BYTES / (1024 * 1024), parts: written.length }));
  }
  return rejected > 0 ? 1 : 0;
}

/** What closes a library file's JSON. */
const TAIL = '\n  ]\n}\n';

/** Ends a library file's JSON and waits until it is on disk. */
async function close(stream: WriteStream): Promise<void> {
  if (stream.errored) throw stream.errored;
  stream.end(TAIL);
  await once(stream, 'finish');
}

/** `out/library.json` → `out/library-2.json`. */
function partPath(out: string, number: number): string {
  const extension = extname(out);
  return join(dirname(out), `${basename(out, extension)}-${number}${extension}`);
}
