import type { Assessment } from '../../../src/assessment/types.js';
import type { Framework } from '../../../src/framework/types.js';
import type { Problem } from '../../../src/problems/problem.js';

/** A share link made, or the problems that stopped it (a link too long, say). */
export type ShareOutcome = { link: string } | { problems: readonly Problem[] };

/**
 * Makes a link that carries the assessment in its fragment, relative to the page's address.
 * The encoder is fetched on first use; that fetch may fail offline, which the caller reports.
 */
export async function makeShareLink(assessment: Assessment, pageAddress: string): Promise<ShareOutcome> {
  const { createShareLink } = await import('../../../src/transfer/share-link.js');
  const result = await createShareLink(assessment, pageAddress);
  return result.link === undefined ? { problems: result.problems } : { link: result.link };
}

/**
 * Hands the link to the device's share sheet (a phone's "Del" menu) where the browser has
 * one. Resolves to `shared` when the user picked a target, `dismissed` when they closed the
 * sheet, and `unavailable` where there is no share sheet, so the caller shows the link to copy.
 */
export async function shareWithDevice(link: string, title: string): Promise<'shared' | 'dismissed' | 'unavailable'> {
  const share = typeof navigator.share === 'function' ? navigator.share.bind(navigator) : undefined;
  if (!share || (typeof navigator.canShare === 'function' && !navigator.canShare({ url: link }))) return 'unavailable';
  try {
    await share({ title, url: link });
    return 'shared';
  } catch (error) {
    // AbortError: the user closed the sheet. Anything else (no user activation, a refusal)
    // leaves the link to copy by hand.
    return error instanceof DOMException && error.name === 'AbortError' ? 'dismissed' : 'unavailable';
  }
}

/** The assessment in the page's `#mv=…` link, if the page was opened through one. */
export async function openSharedLink(
  fragment: string,
  framework: Framework,
): Promise<{ assessment?: Assessment; problems: readonly Problem[] } | undefined> {
  // A cheap look first, so that the decoder is only downloaded for a page that has a link.
  if (!fragment.includes('mv=')) return undefined;
  const { openShareFragment, shareData } = await import('../../../src/transfer/share-link.js');
  if (shareData(fragment) === undefined) return undefined;
  return openShareFragment(fragment, framework);
}
