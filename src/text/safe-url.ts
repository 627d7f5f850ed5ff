/**
 * The WHATWG URL parser, which Node and every browser provide as a global. Declared here with
 * just the parts we use, because the core is compiled without DOM or Node type libraries.
 */
declare const URL: new (input: string) => {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
};

/** A URL scheme a link may use. Everything else (`javascript:`, `data:`, …) is refused. */
export type SafeProtocol = 'https:' | 'http:' | 'mailto:' | 'tel:';

/** Every scheme merverdi ever links to. */
export const SAFE_PROTOCOLS: readonly SafeProtocol[] = ['https:', 'http:', 'mailto:', 'tel:'];

/**
 * One plain e-mail address: no second address, no header, no percent-escape that could hide
 * either. Checked on the text as written, before the URL parser escapes anything.
 */
const MAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"?&=%#/]+@[^\s@<>()[\]\\,;:"?&=%#/]+\.[^\s@<>()[\]\\,;:"?&=%#/.]+$/;

/**
 * What a `mailto:` link may say: one plain address, and at most a subject. Anything else a
 * mail program reads from the link (`?bcc=`, `?cc=`, `?body=`, a second recipient) would let
 * untrusted text copy a user's mail to a stranger or write it for them.
 */
function isPlainMailto(value: string): boolean {
  const match = /^mailto:([^?#]*)(\?subject=[^&#]*)?$/i.exec(value);
  return match !== null && MAIL_ADDRESS.test(match[1] ?? '');
}

/**
 * Checks a link from an untrusted framework or assessment before it becomes an `href`.
 * Accepts only absolute URLs whose scheme is in `allowed` (by default https, http, mailto
 * and tel); web addresses must name a host and may not carry a user name or password (a
 * classic way to disguise the real host, as in `https://kommune.no@example.com`); a `mailto:`
 * link names one plain address and at most a `?subject=`, never `?bcc=`, `?cc=` or `?body=`.
 *
 * @returns the normalised href, or `undefined` when the link must not be used.
 */
export function safeUrl(
  value: string,
  allowed: readonly SafeProtocol[] = SAFE_PROTOCOLS,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  const protocol = url.protocol as SafeProtocol;
  if (!allowed.includes(protocol)) return undefined;
  if (protocol === 'https:' || protocol === 'http:') {
    if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  } else if (url.pathname === '') {
    return undefined;
  } else if (protocol === 'mailto:' && !isPlainMailto(trimmed)) {
    return undefined;
  }
  return url.href;
}
