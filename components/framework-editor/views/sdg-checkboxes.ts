import { html, type TemplateResult } from 'lit';
import { sustainableDevelopmentGoals } from '../../../src/framework/sdg.js';
import { fieldId, type EditorContext } from './editor-context.js';
import { problemList } from './fields.js';
import { lazyDetails } from './lazy-details.js';

/**
 * The 17 sustainable development goals as native checkboxes, each named by its number and
 * title, tucked into a disclosure so that an axis with four criteria does not show 85 boxes.
 * Ticking keeps the list in the UN's order. The boxes are made only while the disclosure is
 * open.
 */
export function sdgCheckboxes(ctx: EditorContext, path: string, picked: readonly number[] | undefined, context: string): TemplateResult {
  const chosen = new Set(picked ?? []);
  const toggle = (goal: number, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(goal);
    else next.delete(goal);
    const list = sustainableDevelopmentGoals.map((g) => g.number).filter((n) => next.has(n));
    ctx.set(path, list.length > 0 ? list : undefined);
  };
  return lazyDetails({
    className: 'sdg',
    path,
    // A list with an error stays open, so the problem summary can lead to it.
    open: ctx.isOpen(path) || ctx.hasErrorBelow(path),
    setOpen: (open) => ctx.setOpen(path, open),
    summary: ctx.t('sdgSummary', { count: chosen.size }),
    body: () => html`<fieldset>
      <legend><span class="visually-hidden">${context}: </span>${ctx.t('sdgLegend')}</legend>
      <div class="sdg-grid">
        ${sustainableDevelopmentGoals.map((goal) => {
          const id = fieldId(`${path}-${goal.number}`);
          return html`<div class="field checkbox">
            <input
              id=${id}
              type="checkbox"
              .checked=${chosen.has(goal.number)}
              @change=${(event: Event) => toggle(goal.number, (event.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${goal.number}. ${goal.title[ctx.lang]}</label>
          </div>`;
        })}
      </div>
    </fieldset>`,
    always: problemList(ctx, path),
  });
}
