// Questions about the page that need to look inside shadow roots. Playwright's role and CSS
// locators pierce open shadow roots already; these helpers cover what locators cannot
// answer: where focus really is, whether it can be seen, what overflows, how big targets are.

/**
 * @typedef {object} FocusReport
 * @property {string} tag          the focused element's tag name, lower case
 * @property {string} role         its role attribute or type, for messages
 * @property {string} name         a short readable name (aria-label, label text or text)
 * @property {string} path         host chain, e.g. `mv-assessment > input[type=radio]`
 * @property {{ x: number, y: number, width: number, height: number }} rect
 * @property {boolean} inViewport  at least a 1 × 1 px part of it lies inside the viewport
 * @property {boolean} hitsItself  `elementFromPoint` at the centre of that part (of its first
 *                                 line's box, for a link that wraps), asked of the element's own
 *                                 root, lands on it, a descendant or its label
 * @property {string} covering     what is hit instead, when it is not the element
 * @property {boolean} ringVisible an outline (style not none, width > 0) or a box-shadow shows
 * @property {string} outline      the computed outline, for messages
 * @property {string} boxShadow    the computed box-shadow, for messages
 */

/**
 * Describes the element that has focus, following `activeElement` through shadow roots.
 * A radio or checkbox whose own box is hidden may draw its ring on the label or a sibling;
 * the ring check then looks at the closest label too.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<FocusReport | null>}
 */
export function focusReport(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    const hosts = [];
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      hosts.push(active.tagName.toLowerCase());
      active = active.shadowRoot.activeElement;
    }
    if (!active || active === document.body || active === document.documentElement) return null;
    const element = /** @type {HTMLElement} */ (active);
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    // A link that wraps over lines is several boxes, and the centre of their bounding box may
    // lie between them, on whatever holds the link; the first box inside the viewport is
    // where the link itself is.
    const inView = (box) => box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
    const fragments = [...element.getClientRects()];
    const part = fragments.length > 1 ? (fragments.find(inView) ?? rect) : rect;
    const ringOf = (candidate) => {
      const candidateStyle = getComputedStyle(candidate);
      const outlineShows =
        candidateStyle.outlineStyle !== 'none' && parseFloat(candidateStyle.outlineWidth) > 0;
      const shadowShows = candidateStyle.boxShadow !== 'none' && candidateStyle.boxShadow !== '';
      return outlineShows || shadowShows;
    };
    const label = element.closest('label') ?? (element.labels && element.labels[0]) ?? null;
    // The part of the element inside the viewport: a tall field may be only partly scrolled
    // into view, which 2.4.11 allows, as long as that part is not covered.
    const visible = {
      left: Math.max(part.left, 0),
      top: Math.max(part.top, 0),
      right: Math.min(part.right, innerWidth),
      bottom: Math.min(part.bottom, innerHeight),
    };
    const centre = { x: (visible.left + visible.right) / 2, y: (visible.top + visible.bottom) / 2 };
    const root = /** @type {Document | ShadowRoot} */ (element.getRootNode());
    const hit = root.elementFromPoint(centre.x, centre.y);
    const hitsItself = !!hit && (hit === element || element.contains(hit) || (!!label && label.contains(hit)));
    const describe = (node) =>
      node ? `${node.tagName.toLowerCase()}${node.id ? '#' + node.id : ''}${node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\s+/).join('.') : ''}` : 'nothing';
    const name =
      element.getAttribute('aria-label') ??
      (label ? label.textContent : null) ??
      element.textContent ??
      '';
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role') ?? element.getAttribute('type') ?? '',
      name: name.replace(/\s+/g, ' ').trim().slice(0, 80),
      path: [...hosts, `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''}`].join(' > '),
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      inViewport: visible.right - visible.left >= 1 && visible.bottom - visible.top >= 1,
      hitsItself,
      covering: hitsItself ? '' : describe(hit),
      ringVisible: ringOf(element) || (!!label && ringOf(label)),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });
}

/**
 * Every element, in the document and in every open shadow root below `selector`, whose
 * box reaches past the right edge of the viewport (by more than half a pixel) or is wider
 * than the viewport. Elements inside a scroll container that clips them (a table wrapper
 * with `overflow-x: auto`) are left out: WCAG 1.4.10 allows two-dimensional scrolling for
 * data tables.
 * @param {import('playwright-core').Page} page
 * @param {string} selector  the widget's host, e.g. `mv-assessment`
 */
export function overflowingElements(page, selector) {
  return page.evaluate((hostSelector) => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const clippedByScroller = (element) => {
      for (let node = element.parentElement ?? element.getRootNode().host; node; node = node.parentElement ?? node.getRootNode()?.host) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && node.getBoundingClientRect().right <= width + 0.5) return true;
        if (node === document.documentElement) return false;
      }
      return false;
    };
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const shown = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';
        // Visually hidden text (1×1 px, clipped) is for screen readers and cannot overflow.
        if (shown && (rect.right > width + 0.5 || rect.width > width + 0.5) && !clippedByScroller(element)) {
          found.push({
            element: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`,
            right: Math.round(rect.right),
            width: Math.round(rect.width),
            text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
          });
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll(hostSelector)) {
      if (host.shadowRoot) visit(host.shadowRoot);
    }
    return { viewport: width, scrollWidth: document.documentElement.scrollWidth, found };
  }, selector);
}

/**
 * The clickable area of every radio (its box united with its label's box, since clicking
 * the label also checks it), every checkbox and every button inside `selector`'s shadow
 * trees that is shown on screen.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export function targetSizes(page, selector) {
  return page.evaluate((hostSelector) => {
    const targets = [];
    const union = (a, b) => {
      const left = Math.min(a.left, b.left);
      const top = Math.min(a.top, b.top);
      return { width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
    };
    const visit = (root) => {
      for (const element of root.querySelectorAll('input[type=radio], input[type=checkbox], button, [role=button], a[href], select')) {
        const style = getComputedStyle(element);
        let rect = element.getBoundingClientRect();
        const label = element.closest('label') ?? (element.labels && element.labels[0]) ?? null;
        if (style.visibility === 'hidden' || !element.checkVisibility()) continue;
        // A native radio drawn invisibly (opacity 0 over a styled label) is clicked via its label.
        const box = label ? union(rect, label.getBoundingClientRect()) : { width: rect.width, height: rect.height };
        if (rect.width === 0 && rect.height === 0 && !label) continue;
        targets.push({
          kind: element.tagName.toLowerCase() + (element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''),
          name: (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
          inline: element.tagName === 'A' && style.display === 'inline',
        });
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    for (const host of document.querySelectorAll(hostSelector)) if (host.shadowRoot) visit(host.shadowRoot);
    return targets;
  }, selector);
}

/**
 * The `lang` in force for the first element matching `text` inside the widget: the nearest
 * `lang` attribute walking up through shadow roots to the document.
 * @param {import('playwright-core').Locator} locator
 */
export function effectiveLang(locator) {
  return locator.evaluate((element) => {
    for (let node = element; node; node = node.parentElement ?? /** @type {ShadowRoot} */ (node.getRootNode()).host ?? null) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
      if (node === document.documentElement) break;
    }
    return null;
  });
}

/**
 * Text that is cut off: elements in `selector`'s shadow trees that clip their overflow
 * (`overflow: hidden | clip`, or `text-overflow: ellipsis`) while their content is wider or
 * taller than their box. Visually hidden text (1 px, for screen readers) is left out.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export function clippedElements(page, selector) {
  return page.evaluate((hostSelector) => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.classList.contains('visually-hidden')) continue;
        if (element instanceof HTMLCanvasElement || element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) continue;
        const style = getComputedStyle(element);
        const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
        const clipsY = ['hidden', 'clip'].includes(style.overflowY);
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        const cutX = clipsX && element.scrollWidth > element.clientWidth + 1;
        const cutY = clipsY && element.scrollHeight > element.clientHeight + 1;
        if (cutX || cutY) {
          found.push({
            element: `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`,
            text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
            scroll: [element.scrollWidth, element.scrollHeight],
            client: [element.clientWidth, element.clientHeight],
          });
        }
      }
    };
    for (const host of document.querySelectorAll(hostSelector)) if (host.shadowRoot) visit(host.shadowRoot);
    return found;
  }, selector);
}

/**
 * Controls that cannot be reached by pointer: for every radio, checkbox, button, text field
 * and link in `selector`'s shadow trees, scrolls it into view and asks the browser what lies
 * at the centre of its clickable box (the label, for a radio or checkbox). Returns those
 * where something else is on top, or that lie outside the page's horizontal extent.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export function coveredControls(page, selector) {
  return page.evaluate((hostSelector) => {
    const found = [];
    let checked = 0;
    const visit = (root) => {
      for (const element of root.querySelectorAll('input, button, textarea, select, a[href], summary')) {
        const style = getComputedStyle(element);
        // Not rendered at all (display: none, closed <details>, hidden): nothing to reach.
        if (style.visibility === 'hidden' || !element.checkVisibility()) continue;
        const label =
          element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type)
            ? (element.closest('label') ?? element.labels?.[0] ?? null)
            : null;
        const target = label ?? element;
        const rect0 = target.getBoundingClientRect();
        if (rect0.width === 0 || rect0.height === 0) continue;
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
        const rect = target.getBoundingClientRect();
        const x = rect.left + Math.min(rect.width / 2, 12);
        const y = rect.top + rect.height / 2;
        const hit = /** @type {Document | ShadowRoot} */ (element.getRootNode()).elementFromPoint(x, y);
        checked += 1;
        if (!hit || !(hit === target || target.contains(hit) || hit.contains(element))) {
          found.push({
            control: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''}`,
            name: (element.getAttribute('aria-label') ?? target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
            hit: hit ? `${hit.tagName.toLowerCase()}${typeof hit.className === 'string' && hit.className ? '.' + hit.className.trim().split(/\s+/).join('.') : ''}` : 'nothing',
          });
        }
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    for (const host of document.querySelectorAll(hostSelector)) if (host.shadowRoot) visit(host.shadowRoot);
    window.scrollTo(0, 0);
    return { checked, found };
  }, selector);
}
