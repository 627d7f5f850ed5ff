import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The two palettes an element can show. */
export type ColorScheme = 'light' | 'dark';

/** The attribute Designsystemet (and a page) sets to choose a scheme: `light`, `dark` or `auto`. */
export const SCHEME_ATTRIBUTE = 'data-color-scheme';

/**
 * The attribute every merverdi element reflects its resolved scheme on (`dark`, or absent for
 * light). The styles key the dark palette on it; it is the element's, not the page's to set.
 */
export const RESOLVED_SCHEME_ATTRIBUTE = 'data-mv-color-scheme';

/** The user's system preference, for `auto` and for pages that choose nothing. */
const PREFERS_DARK = '(prefers-color-scheme: dark)';

/**
 * The scheme an element should show: the nearest `data-color-scheme` of `light` or `dark` on
 * the element or an ancestor, crossing shadow roots (a page's own component may hold the
 * widget), else the system preference. `auto`, or a value we do not know, defers to the next
 * ancestor out, as Designsystemet's `auto` means "as the system says".
 */
export function resolveColorScheme(element: Element): ColorScheme {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(SCHEME_ATTRIBUTE)?.trim().toLowerCase();
      if (value === 'dark' || value === 'light') return value;
    }
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return element.ownerDocument.defaultView?.matchMedia(PREFERS_DARK).matches ? 'dark' : 'light';
}

/**
 * Keeps an element's colour scheme in step with the page: resolves it on connect, and again
 * whenever a `data-color-scheme` changes anywhere on the way up (in the document and in every
 * shadow root that holds the element) or the system preference changes. The result is
 * reflected on the host as `data-mv-color-scheme="dark"`, which the shared styles read.
 *
 * Why not `:host-context()`: only Chromium supports it, so Firefox and Safari stayed light on a
 * dark Designsystemet page. An attribute selector works in every engine.
 */
export class ColorSchemeController implements ReactiveController {
  /** The scheme in use. */
  scheme: ColorScheme = 'light';

  private observers: MutationObserver[] = [];
  private media?: MediaQueryList;
  private readonly onChange = (): void => this.update();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch();
    this.update();
  }

  hostDisconnected(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
    this.media?.removeEventListener('change', this.onChange);
    this.media = undefined;
  }

  private watch(): void {
    // Every root on the way up: an attribute change inside one root is seen only there.
    let root: Node = this.host.getRootNode();
    for (;;) {
      const target = root instanceof ShadowRoot ? root : (root as Document).documentElement;
      if (target) {
        const observer = new MutationObserver(this.onChange);
        observer.observe(target, { attributes: true, attributeFilter: [SCHEME_ATTRIBUTE], subtree: true });
        this.observers.push(observer);
      }
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    this.media = this.host.ownerDocument.defaultView?.matchMedia(PREFERS_DARK);
    this.media?.addEventListener('change', this.onChange);
  }

  private update(): void {
    const scheme = resolveColorScheme(this.host);
    if (scheme === 'dark') this.host.setAttribute(RESOLVED_SCHEME_ATTRIBUTE, 'dark');
    else this.host.removeAttribute(RESOLVED_SCHEME_ATTRIBUTE);
    if (scheme !== this.scheme) {
      this.scheme = scheme;
      this.host.requestUpdate();
    }
  }
}
