/**
 * Registers a custom element unless a definition with that tag exists already, so that
 * loading merverdi twice on one page (two script tags, or the CDN file plus a bundle) does
 * not throw into the host page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
