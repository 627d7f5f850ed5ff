/** A loader that registers one element when first needed, typically a dynamic import. */
export type ElementLoader = () => Promise<unknown>;

/**
 * Loads heavier elements only when a page uses them: at start for tags already in the
 * document, and later for tags added to it. Keeps the start-up download to what every page
 * needs (`<mv-assessment>` and `<mv-radar>`).
 *
 * Only the document's own tree is watched: an element created inside another component's
 * shadow root must import its definition itself (the editor does so for its preview).
 * Returns a function that stops watching.
 */
export function defineOnDemand(loaders: Record<string, ElementLoader>, root: Document = document): () => void {
  const pending = new Map(Object.entries(loaders));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) loadIfPresent(node);
        if (pending.size === 0) return;
      }
    }
  });

  const loadIfPresent = (scope: ParentNode): void => {
    for (const [tag, load] of pending) {
      const present = (scope instanceof Element && scope.localName === tag) || scope.querySelector(tag) !== null;
      if (!present) continue;
      pending.delete(tag);
      // A failed chunk download must not throw into the host page; the element stays
      // undefined and the browser's own console shows the network error.
      load().catch(() => undefined);
    }
    if (pending.size === 0) observer.disconnect();
  };

  loadIfPresent(root);
  if (pending.size === 0) return () => undefined;

  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
