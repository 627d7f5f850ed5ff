import type { ReactiveElement } from 'lit';

/**
 * Focuses an element of the editor once it has rendered the change just made: a removed
 * item's button took the focus with it, and a new item's title is not there yet.
 *
 * @param from An element in the editor's shadow root (the control the user just used).
 */
export async function focusAfterRender(from: Element, selector: string): Promise<void> {
  const root = from.getRootNode() as ShadowRoot;
  await (root.host as ReactiveElement).updateComplete;
  root.querySelector<HTMLElement>(selector)?.focus();
}
