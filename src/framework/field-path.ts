import { childPath } from '../problems/json-path.js';

/** One step of a path into a framework: a property name or an array index. */
export type PathSegment = string | number;

/**
 * Splits a JSON path as problems report it (`dimensions[2].criteria[0].title`, or
 * `answers["user-design"].value`) into its segments, so that an editor can find the field a
 * problem belongs to. The inverse of {@link formatPath}. An unreadable path yields the
 * segments read so far.
 */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  pattern.lastIndex = 0;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/** Writes segments as a JSON path in the form problems use. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => childPath(path, segment), '');
}
