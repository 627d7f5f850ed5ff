/**
 * Runs `load` once the page has loaded and the browser is idle (at the latest 2 s after load):
 * for what an element does not need to appear and take its first answer. Fetched before that,
 * such a module would compete with the start for the network and the main thread.
 */
export function afterStartUp(doc: Document, load: () => void): void {
  const view = doc.defaultView;
  if (!view) return;
  const whenIdle = (): void => {
    if (typeof view.requestIdleCallback === 'function') view.requestIdleCallback(load, { timeout: 2000 });
    else view.setTimeout(load, 200);
  };
  if (doc.readyState === 'complete') whenIdle();
  else view.addEventListener('load', whenIdle, { once: true });
}

/** Loads a module; should the connection be gone, tries again when it comes back. */
export function loadOrRetryOnline(view: Window, load: () => Promise<unknown>): Promise<unknown> {
  return load().catch(() => view.addEventListener('online', () => void loadOrRetryOnline(view, load), { once: true }));
}
