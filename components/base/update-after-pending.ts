/**
 * Waits, for an element's `getUpdateComplete`, until nothing it loads or measures on its own
 * is on its way: each time `pending()` gives a promise, awaits it and then the element's own
 * update again, since what arrived may have rendered. Returns whether every update completed
 * without another one being requested (Lit's meaning of `updateComplete`'s value).
 *
 * @param complete The result of the element's first `super.getUpdateComplete()`.
 * @param pending What is still on its way, or `undefined` once nothing is.
 * @param update The element's own update: `() => super.getUpdateComplete()`.
 */
export async function updateAfterPending(
  complete: boolean,
  pending: () => PromiseLike<unknown> | undefined,
  update: () => Promise<boolean>,
): Promise<boolean> {
  let all = complete;
  let waiting: PromiseLike<unknown> | undefined;
  while ((waiting = pending()) !== undefined) {
    await waiting;
    all = (await update()) && all;
  }
  return all;
}
