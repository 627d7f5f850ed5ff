/**
 * Base64url (RFC 4648 §5, without padding): the URL-safe alphabet a link fragment can carry
 * without escaping. Written out here because the core runs without the DOM's `btoa`/`atob`
 * and without Node's `Buffer`; strict on decoding, since the input comes from a link.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES: Record<string, number> = Object.fromEntries([...ALPHABET].map((char, index) => [char, index]));

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const remaining = bytes.length - i;
    out += ALPHABET[(triple >> 18) & 63];
    out += ALPHABET[(triple >> 12) & 63];
    if (remaining > 1) out += ALPHABET[(triple >> 6) & 63];
    if (remaining > 2) out += ALPHABET[triple & 63];
  }
  return out;
}

/**
 * Decodes base64url without padding (trailing `=` are tolerated). Returns `undefined` for
 * any character outside the alphabet or a length no encoder produces.
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let byte = 0;
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = VALUES[char];
    if (value === undefined || !Object.prototype.hasOwnProperty.call(VALUES, char)) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[byte++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
