import { html, nothing, type TemplateResult } from 'lit';
import { countMissing } from '../../../src/framework/translation-status.js';
import { parsePath } from '../../../src/framework/field-path.js';
import type { EditorMessageKey } from '../framework-editor.messages.js';
import type { EditorContext } from './editor-context.js';
import { textField } from './fields.js';

/**
 * Every text of the framework in nb, nn and en side by side, with the count of missing
 * translations per language and a filter that shows only the texts still missing one.
 */
export function translationsView(ctx: EditorContext, onlyMissing: boolean, setOnlyMissing: (on: boolean) => void): TemplateResult {
  const counts = countMissing(ctx.texts);
  const entries = ctx.texts.filter((entry) => !onlyMissing || entry.missing.length > 0);
  const total = counts.nb + counts.nn + counts.en;
  return html`<section class="panel chrome translations" aria-labelledby="translations-heading">
    <h2 id="translations-heading">${ctx.t('translationsHeading')}</h2>
    <p class="counts" data-counts>${ctx.t('translationsCounts', counts)}</p>
    <div class="field checkbox">
      <input
        id="only-missing"
        type="checkbox"
        .checked=${onlyMissing}
        @change=${(event: Event) => setOnlyMissing((event.target as HTMLInputElement).checked)}
      />
      <label for="only-missing">${ctx.t('onlyMissing')}</label>
    </div>
    ${total === 0 ? html`<p class="ok">${ctx.t('allTranslated')}</p>` : nothing}
    <div class="translation-list">
      ${entries.map((entry) => textField(ctx, entry.path, describePath(ctx, entry.path), { prefix: 't', multiline: true }))}
    </div>
  </section>`;
}

const FIELD_NAMES: Record<string, EditorMessageKey> = {
  title: 'title',
  description: 'description',
  short: 'short',
  help: 'help',
  label: 'levelLabel',
  unit: 'contactUnit',
  text: 'ruleText',
  scale: 'scaleHeading',
};

const ITEM_NAMES: Record<string, EditorMessageKey> = {
  dimensions: 'axis',
  criteria: 'criterion',
  levels: 'level',
  guidance: 'rule',
};

/** Where a text sits, in words: "Akse 2 › Kriterium 1 › Tittel" rather than a JSON path. */
function describePath(ctx: EditorContext, path: string): string {
  const segments = parsePath(path);
  const parts: string[] = [];
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (typeof segment === 'number') return;
    const item = ITEM_NAMES[segment];
    if (item && typeof next === 'number') parts.push(ctx.t(item, { number: next + 1 }));
    else if (FIELD_NAMES[segment]) parts.push(ctx.t(FIELD_NAMES[segment]!));
  });
  return parts.join(' › ') || path;
}
