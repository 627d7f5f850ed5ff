import { parseAssessment } from '../assessment/parse-assessment.js';
import { serializeAssessment } from '../assessment/serialize-assessment.js';
import type { Assessment } from '../assessment/types.js';
import type { Framework } from '../framework/types.js';
import type { Problem } from '../problems/problem.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import * as say from './transfer-messages.js';
import {
  compressionStream,
  decompressionStream,
  utf8Decode,
  utf8Encode,
  type ByteTransformConstructor,
} from './web-platform.js';

/**
 * Sharing an assessment by link: the document, compressed (raw DEFLATE) and base64url-encoded,
 * rides in the URL fragment as `#mv=<data>`. Browsers never send the fragment to a server, so
 * the assessment travels from one person to another without passing through anyone else.
 *
 * Opening a link is handling hostile input: the data may be bad base64, bad DEFLATE, a
 * "zip bomb" that unpacks to gigabytes, or JSON that is not an assessment. Each is a problem
 * value; nothing here throws.
 */

/** The key in the fragment: `#mv=…`. */
export const SHARE_KEY = 'mv';
/**
 * The longest link we make. Browsers take far longer URLs, but mail programs, chat apps and
 * case systems cut or mangle long ones; 8000 characters is what they commonly carry intact.
 */
export const MAX_LINK_LENGTH = 8000;
/** The most an opened link may unpack to; a real assessment is far smaller. */
export const MAX_SHARED_JSON_BYTES = 512 * 1024;

/** What {@link createShareLink} returns: the link, or why there is none. */
export type ShareLinkResult = { link: string; problems: [] } | { link?: undefined; problems: Problem[] };

/** What {@link openShareFragment} returns. */
export interface SharedAssessmentResult {
  /** Whether the fragment holds shared data at all (`false`: nothing to open, no problems). */
  found: boolean;
  /** The checked, re-scored assessment; present only when no problem is an error. */
  assessment?: Assessment;
  problems: Problem[];
}

function problem(code: string, message: Problem['message']): Problem {
  return { code, severity: 'error', path: '', message };
}

/**
 * Makes a link to `pageUrl` (its own fragment replaced) that carries `assessment`. When the
 * link would be longer than {@link MAX_LINK_LENGTH}, returns a `too-long-for-link` problem
 * telling the user to send the file instead.
 */
export async function createShareLink(assessment: Assessment, pageUrl: string): Promise<ShareLinkResult> {
  const Compression = compressionStream();
  if (!Compression) return { problems: [problem('compression-missing', say.compressionMissing())] };
  // Compact JSON of exactly the known fields: the same document a file holds, minus the indent.
  const json = JSON.stringify(JSON.parse(serializeAssessment(assessment)));
  let packed: Uint8Array;
  try {
    packed = (await transform(Compression, utf8Encode(json), Number.POSITIVE_INFINITY)) ?? new Uint8Array();
  } catch {
    return { problems: [problem('compression-missing', say.compressionMissing())] };
  }
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const link = `${base}#${SHARE_KEY}=${encodeBase64Url(packed)}`;
  if (link.length > MAX_LINK_LENGTH) {
    return { problems: [problem('too-long-for-link', say.tooLongForLink(link.length, MAX_LINK_LENGTH))] };
  }
  return { link, problems: [] };
}

/**
 * The shared data in a URL fragment (`#mv=…`, alone or among other `&`-separated parts), or
 * `undefined` when the fragment carries none.
 */
export function shareData(fragment: string): string | undefined {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  }
  return undefined;
}

/**
 * Opens the assessment carried in a URL fragment and checks it against `framework` like any
 * imported document (scores recomputed). A fragment without `mv=` gives `found: false`.
 */
export async function openShareFragment(fragment: string, framework: Framework): Promise<SharedAssessmentResult> {
  const data = shareData(fragment);
  if (data === undefined) return { found: false, problems: [] };
  const unreadable = { found: true, problems: [problem('link-unreadable', say.linkUnreadable())] };
  // We never make links longer than this; a longer one was not made by merverdi.
  if (data.length === 0 || data.length > MAX_LINK_LENGTH) return unreadable;
  const packed = decodeBase64Url(data);
  if (!packed) return unreadable;
  const Decompression = decompressionStream();
  if (!Decompression) return { found: true, problems: [problem('compression-missing', say.compressionMissing())] };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await transform(Decompression, packed, MAX_SHARED_JSON_BYTES);
  } catch {
    return unreadable;
  }
  if (!bytes) {
    return { found: true, problems: [problem('link-too-big', say.linkTooBig(MAX_SHARED_JSON_BYTES))] };
  }
  const json = utf8Decode(bytes);
  if (json === undefined) return unreadable;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return unreadable;
  }
  const { assessment, problems } = parseAssessment(value, framework);
  return assessment ? { found: true, assessment, problems } : { found: true, problems };
}

/**
 * Runs bytes through a (de)compression stream, reading while writing so a large output never
 * stalls on back-pressure. Stops, and returns `undefined`, as soon as the output passes
 * `limit` bytes: a zip bomb is cut off after half a megabyte, not unpacked in full. Throws
 * when the input is not valid for the transform (the caller turns that into a problem).
 */
async function transform(
  Transform: ByteTransformConstructor,
  input: Uint8Array,
  limit: number,
): Promise<Uint8Array | undefined> {
  const stream = new Transform('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Write errors surface again on the reading side; swallow them here so none goes unhandled.
  const writing = writer
    .write(input)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
