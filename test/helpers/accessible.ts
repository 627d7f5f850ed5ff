/**
 * Finding elements the way a user (or a screen reader) does: by role and accessible name,
 * through shadow roots. The name computation covers what our elements use — `aria-labelledby`,
 * `aria-label`, `<label>`s, `<legend>`, `<caption>` and text content — not the whole of
 * the W3C algorithm. Tests that check names against the browser's own accessibility tree use
 * `a11ySnapshot` from `test/helpers/commands.ts` as well.
 */

type Root = Document | Element | ShadowRoot;

/** Every element matching `selector` in `root` and in every shadow root below it, in document order. */
export function deepQueryAll<T extends Element = Element>(root: Root, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Root) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      if (element.matches(selector)) found.push(element as T);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.matches(selector)) found.push(root as T);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return [...new Set(found)];
}

const ROLE_SELECTORS: Record<string, string> = {
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select:not([multiple]), [role="combobox"]',
  group: 'fieldset, [role="group"], [role="radiogroup"]',
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  textbox: 'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="tel"], textarea',
  alert: '[role="alert"]',
  status: '[role="status"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  link: 'a[href]',
  navigation: 'nav, [role="navigation"]',
  table: 'table',
  progressbar: 'progress, [role="progressbar"]',
};

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function byIds(element: Element, ids: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => normalize(root.getElementById(id)?.textContent))
    .filter(Boolean)
    .join(' ');
}

/** The accessible name of `element`, as far as our elements need it. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return byIds(element, labelledBy);
  const label = element.getAttribute('aria-label');
  if (label) return normalize(label);
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
    return normalize(Array.from(element.labels ?? []).map((item) => item.textContent).join(' '));
  }
  if (element instanceof HTMLFieldSetElement) {
    const legend = Array.from(element.children).find((child) => child instanceof HTMLLegendElement);
    return normalize(legend?.textContent);
  }
  if (element instanceof HTMLTableElement) return normalize(element.caption?.textContent);
  return normalize(element.textContent);
}

/** The accessible description from `aria-describedby`. */
export function accessibleDescription(element: Element): string {
  const ids = element.getAttribute('aria-describedby');
  return ids ? byIds(element, ids) : '';
}

function matchesName(actual: string, name: string | RegExp | undefined): boolean {
  if (name === undefined) return true;
  return typeof name === 'string' ? actual === name : name.test(actual);
}

/** Every element with `role` (and, if given, a matching accessible name) under `root`, shadow roots included. */
export function allByRole<T extends Element = HTMLElement>(root: Root, role: string, name?: string | RegExp): T[] {
  const selector = ROLE_SELECTORS[role];
  if (!selector) throw new Error(`Unknown role in test helper: ${role}`);
  return deepQueryAll<T>(root, selector).filter((element) => matchesName(accessibleName(element), name));
}

/** The one element with `role` and `name`; throws with the names found when there is not exactly one. */
export function getByRole<T extends Element = HTMLElement>(root: Root, role: string, name?: string | RegExp): T {
  const found = allByRole<T>(root, role, name);
  if (found.length !== 1) {
    const names = allByRole(root, role).map((element) => JSON.stringify(accessibleName(element)));
    throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}. ${role}s: ${names.join(', ')}`);
  }
  return found[0] as T;
}

/** The radios of a radio group (a fieldset named `groupName`). */
export function radiosOf(root: Root, groupName: string | RegExp): HTMLInputElement[] {
  const group = getByRole(root, 'group', groupName);
  return allByRole<HTMLInputElement>(group, 'radio');
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The visible text of an element and its shadow roots, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element && !child.hasAttribute('hidden') && child.localName !== 'style') visit(child);
      else if (child instanceof ShadowRoot) visit(child);
    }
  };
  visit(root);
  return normalize(parts.join(' '));
}
