import type { MvFrameworkEditor } from '../../../components/framework-editor/mv-framework-editor.js';

/** The editor's shadow root, where every control lives. */
export function root(el: MvFrameworkEditor): ShadowRoot {
  return el.shadowRoot!;
}

/** The text a screen reader would take as a button's name (its text content, whitespace folded). */
export function nameOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first button whose accessible name starts with `name`. */
export function button(el: MvFrameworkEditor, name: string, within: ParentNode = root(el)): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => nameOf(b).startsWith(name));
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

/** The control labelled exactly `label` (through its <label for>). */
export function labelled<E extends HTMLElement>(el: MvFrameworkEditor, label: string): E {
  const labels = [...root(el).querySelectorAll('label')];
  const match = labels.find((l) => nameOf(l) === label);
  if (!match) throw new Error(`No control labelled "${label}"`);
  return root(el).getElementById(match.htmlFor) as E;
}

/** Sets a field's value as a user's paste would, and lets the editor react. */
export async function fill(el: MvFrameworkEditor, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The control editing a JSON path. */
export function atPath<E extends HTMLElement>(el: MvFrameworkEditor, path: string): E {
  const found = root(el).querySelector<E>(`[data-path="${CSS.escape(path)}"]`);
  if (!found) throw new Error(`No control for ${path}`);
  return found;
}

/** The text of the editor's polite live region, once it has spoken. */
export async function announced(el: MvFrameworkEditor): Promise<string> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
  return root(el).querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}

/**
 * Scrolls the tender draft at the editor's foot into view, as a reader would, and waits for
 * the editor to write it out (it does when the reader comes near it).
 */
export async function scrollToAward(el: MvFrameworkEditor): Promise<HTMLElement> {
  root(el).querySelector('.award')!.scrollIntoView();
  for (let frame = 0; frame < 60; frame += 1) {
    const written = root(el).querySelector<HTMLElement>('.award-document');
    if (written) return written;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  throw new Error('The tender draft was not written out when scrolled into view');
}
