import type { Lang } from '../text/lang.js';
import { safeUrl } from '../text/safe-url.js';

/** Where the kommune put the script and its framework file. */
export interface EmbedOptions {
  /** Address of `merverdi.js` on the kommune's site or a CDN. */
  scriptUrl: string;
  /** Address of the exported framework JSON, usually on the kommune's own site. */
  frameworkUrl: string;
  /** The page's language; left out when absent, so the widget follows the page. */
  lang?: Lang;
}

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Whether an address may go into the snippet: a web address (`https:` or `http:`) or a path
 * on the same site (`/merverdi/…`, `merverdi.js`). Anything with another scheme
 * (`javascript:`, `data:`) is refused, as it would run or embed something other than a file.
 */
export function isEmbeddableUrl(value: string): boolean {
  const trimmed = value.trim();
  // A backslash or a control character is never needed in an address, and browsers read a
  // backslash as a slash and drop control characters, so that `/\evil.example` or
  // `\u0001//evil.example` would load from another host.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (trimmed === '' || /[\s"'<>\\\u0000-\u001f\u007f]/.test(trimmed)) return false;
  // A scheme is letters followed by a colon before any slash, question mark or hash.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed)) return safeUrl(trimmed, ['https:', 'http:']) !== undefined;
  // `//host/…` is another host's address, not a path on this site.
  return !trimmed.startsWith('//');
}

/**
 * The HTML a kommune pastes into its CMS: one module script tag and the element pointing at
 * its framework file. Values are escaped, so an address can never break out of its attribute.
 */
export function embedSnippet(options: EmbedOptions): string {
  const lang = options.lang ? ` lang="${options.lang}"` : '';
  return (
    `<script type="module" src="${attribute(options.scriptUrl.trim())}"></script>\n` +
    `<mv-assessment framework-src="${attribute(options.frameworkUrl.trim())}"${lang}></mv-assessment>\n`
  );
}
