/**
 * Which drafts the widgets on a page have open. Two `<mv-assessment>` elements on one page
 * with the same framework and mode would otherwise restore the same draft and write over
 * each other's answers at every change; the browser's `storage` event, which warns about
 * other tabs, never fires in the tab that wrote. So each widget claims the key it writes
 * under, and the others pick another.
 *
 * Kept per document, not in a page-wide singleton: widgets in an iframe have their own page.
 */
const claims = new WeakMap<Document, Map<string, object>>();

function claimsOf(document: Document): Map<string, object> {
  let map = claims.get(document);
  if (!map) {
    map = new Map();
    claims.set(document, map);
  }
  return map;
}

/** Marks `key` as held by `owner`, unless another owner holds it already. */
export function claimDraft(document: Document, key: string, owner: object): void {
  const map = claimsOf(document);
  if (!map.has(key)) map.set(key, owner);
}

/** Lets go of `key`, if `owner` holds it. */
export function releaseDraft(document: Document, key: string, owner: object): void {
  const map = claimsOf(document);
  if (map.get(key) === owner) map.delete(key);
}

/** Whether a widget other than `owner` holds `key`. */
export function isClaimed(document: Document, key: string, owner: object): boolean {
  const holder = claimsOf(document).get(key);
  return holder !== undefined && holder !== owner;
}
