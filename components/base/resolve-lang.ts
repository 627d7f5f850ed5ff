import { normalizeLang, type Lang } from '../../src/text/lang.js';

/**
 * Finds the language an element should speak: its own `lang`, else the nearest ancestor's,
 * crossing shadow-root boundaries (an element inside another element's shadow DOM inherits
 * the host's language), else bokmål. Resolved per element, never from a page-wide setting,
 * so two widgets in different languages on one page are both right.
 */
export function resolveLang(element: Element): Lang {
  // Rendered on a server (@lit-labs/ssr) there is no document to walk: bokmål for the first
  // paint, and the browser resolves the ancestors' language when the element hydrates.
  if (typeof Element === 'undefined') return 'nb';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = normalizeLang(node.getAttribute('lang'));
      if (lang) return lang;
      // An ancestor in a language we do not speak: keep looking further out, as the
      // widget may sit in, say, a Sami section of a Norwegian page.
    }
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return 'nb';
}
