import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EditorContext } from './editor-context.js';

/**
 * The badges beside an item's title: how many translations are missing below it, and whether
 * an error sits there. A closed item shows them, so nothing wrong hides behind a title.
 */
export function itemBadges(ctx: EditorContext, path: string): TemplateResult {
  const missing = ctx.missingBelow(path);
  return html`${missing > 0 ? html`<span class="badge">${ctx.t('missingCount', { count: missing })}</span>` : nothing}
  ${ctx.hasErrorBelow(path) ? html`<span class="badge error-badge">${ctx.t('error')}</span>` : nothing}`;
}

/** What one disclosure title needs. */
export interface Disclosure {
  /** Names the button for tests and focus moves (`data-open`). */
  key: string;
  open: boolean;
  /** The id of the fields the button shows while open. */
  controls: string;
  label: string;
  /** Said after the label to screen readers only, where the label alone repeats elsewhere on the page. */
  context?: string;
  onOpen(): void;
}

/**
 * A title that opens an item's fields (one item of a list open at a time): a native button
 * with `aria-expanded`, naming the fields it controls while they exist.
 */
export function disclosureButton(item: Disclosure): TemplateResult {
  return html`<button
    type="button"
    class="disclosure"
    data-open=${item.key}
    aria-expanded=${item.open ? 'true' : 'false'}
    aria-controls=${ifDefined(item.open ? item.controls : undefined)}
    @click=${item.onOpen}
  >
    ${item.label}${item.context ? html`<span class="visually-hidden"> (${item.context})</span>` : nothing}
  </button>`;
}
