/** One step of a path into a framework: a property name or an array index. */
export type PathSegment = string | number;

/**
 * Splits a JSON path as problems report it (`dimensions[2].criteria[0].title`, or
 * `answers["user-design"].value`) into its segments, so that an editor can find the field a
 * problem belongs to. It reads what `childPath` (in `src/problems/json-path.ts`) writes, one
 * segment at a time, as the framework checker builds its paths. An unreadable path yields the
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
