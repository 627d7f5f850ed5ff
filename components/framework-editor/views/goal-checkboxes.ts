import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Goal } from '../../../src/framework/types.js';
import { resolveText } from '../../../src/text/text.js';
import { fieldId, type EditorContext } from './editor-context.js';
import { problemList } from './fields.js';

/**
 * The kommune's own goals as native checkboxes on a criterion: ticking one says the criterion
 * measures how far an offer serves that goal, which is what the summary's goal scores and the
 * goal owners shown to an entrepreneur rest on. Nothing is shown while the framework has no
 * goals; the goals view is where they are written. The list keeps the goals' own order.
 */
export function goalCheckboxes(
  ctx: EditorContext,
  path: string,
  picked: readonly string[] | undefined,
  context: string,
): TemplateResult | typeof nothing {
  const goals: readonly Goal[] = ctx.draft.goals ?? [];
  if (goals.length === 0) return nothing;
  const chosen = new Set(picked ?? []);
  const toggle = (goalId: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(goalId);
    else next.delete(goalId);
    // Ids the framework no longer has are kept: the problem list names them, and the user
    // decides, rather than the editor dropping them silently.
    const known = goals.map((goal) => goal.id).filter((id) => next.has(id));
    const unknown = [...next].filter((id) => !goals.some((goal) => goal.id === id));
    const list = [...known, ...unknown];
    ctx.set(path, list.length > 0 ? list : undefined);
  };
  return html`<fieldset class="goal-choices" data-path=${path}>
    <legend><span class="visually-hidden">${context}: </span>${ctx.t('criterionGoalsLegend')}</legend>
    <p class="hint">${ctx.t('criterionGoalsHint')}</p>
    ${goals.map((goal, index) => {
      const id = fieldId(`${path}-${index}`);
      return html`<div class="field checkbox">
        <input
          id=${id}
          type="checkbox"
          .checked=${live(chosen.has(goal.id))}
          @change=${(event: Event) => toggle(goal.id, (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${resolveText(goal.title, ctx.lang) || goal.id}</label>
      </div>`;
    })}
    ${problemList(ctx, path)}
  </fieldset>`;
}
