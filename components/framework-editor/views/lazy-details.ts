import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What one disclosure whose content is made only while it is open needs. */
export interface LazyDetails {
  className: string;
  /** The path (or key) whose fields it holds; `data-path` of the `<details>`, so problems lead to it. */
  path?: string;
  open: boolean;
  summary: string | TemplateResult;
  /** The summary's id, for focus to return to (after a removal, say). */
  summaryId?: string;
  /** The content, made only while open. */
  body(): TemplateResult;
  /** Shown whether open or not (a part's problems). */
  always?: TemplateResult | typeof nothing;
  setOpen(open: boolean): void;
}

/**
 * A native `<details>` whose content is made only while it is open: a closed list of the
 * 17 sustainable development goals is 55 elements nobody sees, and the browser lays them
 * out all the same.
 *
 * The summary's click (which Enter and Space on it also fire) opens it through the
 * element's state, so the content is there in the same frame as the open disclosure;
 * letting the browser toggle it first would show an empty box until the `toggle` event.
 * Anything else that opens it (find in page) comes in through `toggle`.
 */
export function lazyDetails(item: LazyDetails): TemplateResult {
  const onClick = (event: Event): void => {
    event.preventDefault();
    item.setOpen(!item.open);
  };
  const onToggle = (event: Event): void => {
    const now = (event.target as HTMLDetailsElement).open;
    if (now !== item.open) item.setOpen(now);
  };
  return html`<details class=${item.className} data-path=${ifDefined(item.path)} ?open=${item.open} @toggle=${onToggle}>
    <summary id=${ifDefined(item.summaryId)} @click=${onClick}>${item.summary}</summary>
    ${item.open ? item.body() : nothing} ${item.always ?? nothing}
  </details>`;
}
