/**
 * One `MutationObserver` per document for `lang` attributes, shared by every merverdi element
 * in it. A page with twenty widgets thus pays for one observer, not twenty, each looking at
 * every attribute change in the whole document. Elements subscribe while connected and are
 * told when any `lang` in the document changes; each then resolves its own language again.
 *
 * Kept per document (not per page-wide singleton) so that elements in another document (an
 * iframe, a template's document) are observed where they live, and a document that goes
 * away takes its observer with it.
 */
interface Watch {
  observer: MutationObserver;
  listeners: Set<() => void>;
}

const watches = new WeakMap<Document, Watch>();

/** Calls `listener` whenever a `lang` attribute changes anywhere in `document`; returns the way to stop. */
export function observeLang(document: Document, listener: () => void): () => void {
  let watch = watches.get(document);
  if (!watch) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watch = { observer, listeners };
    watches.set(document, watch);
  }
  watch.listeners.add(listener);
  const current = watch;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.observer.disconnect();
      watches.delete(document);
    }
  };
}
