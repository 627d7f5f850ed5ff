import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  addGoalsFromList,
  criteriaServing,
  exampleGoalIds,
  parseGoalList,
  removeGoal,
  type GoalCriteriaPlace,
} from '../../../src/framework/edit-goals.js';
import type { Goal } from '../../../src/framework/types.js';
import { LANGS, type Lang } from '../../../src/text/lang.js';
import { axisName } from './axis-views.js';
import { localize } from '../../i18n/define-messages.js';
import type { EditorContext } from './editor-context.js';
import { focusAfterRender } from './focus-after-render.js';
import { inputField, textField } from './fields.js';
import { lazyDetails } from './lazy-details.js';
import { goalsMessages, type GoalsMessageKey } from './goals-view.messages.js';

/**
 * The kommune's goals: paste the goal list of the plan to get goals and a draft criterion per
 * goal, then say who owns each goal and where it was adopted. The paste form's controls keep
 * their own values (they are read on submit); what the section needs to remember between
 * renders, the outcome of the last paste and which goals are open, the element keeps and
 * passes in. Each goal is a disclosure whose fields are drawn only while it is open (or holds
 * an error), so that a long goal list does not weigh on every keystroke elsewhere.
 */

/** The outcome of the last paste, shown under the form, and the goals opened for editing. */
export interface GoalPasteState {
  message?: string;
  /** Whether the message is a problem with the paste (shown as an error, the field invalid). */
  invalid?: boolean;
  /** Ids of the goals whose fields are shown. */
  open?: ReadonlySet<string>;
}

const LANG_NAME = { nb: 'langNb', nn: 'langNn', en: 'langEn' } as const;

/** One of the section's messages in the editor's language, `{name}` placeholders filled as plain text. */
function say(ctx: EditorContext, key: GoalsMessageKey, values: Record<string, string | number> = {}): string {
  return localize(goalsMessages, ctx.lang, key, values);
}

function goalName(ctx: EditorContext, goal: Goal, index: number): string {
  return ctx.text(goal.title).trim() || `${say(ctx, 'goal', { number: index + 1 })} ${say(ctx, 'untitled')}`;
}

/** The state with one goal opened or closed. */
function withOpen(state: GoalPasteState, id: string, open: boolean): GoalPasteState {
  const ids = new Set(state.open ?? []);
  if (open) ids.add(id);
  else ids.delete(id);
  return { ...state, open: ids };
}

/** The goals section: the paste form, then each goal with its owner and source. */
export function goalsView(
  ctx: EditorContext,
  state: GoalPasteState,
  setState: (next: GoalPasteState) => void,
): TemplateResult {
  const goals = ctx.draft.goals ?? [];
  const examples = exampleGoalIds(ctx.draft).length > 0;

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = form.querySelector<HTMLTextAreaElement>('#goal-paste')!;
    const lang = form.querySelector<HTMLSelectElement>('#goal-paste-lang')!.value as Lang;
    const placeValue = form.querySelector<HTMLSelectElement>('#goal-paste-place')!.value;
    const replace = form.querySelector<HTMLInputElement>('#goal-paste-replace')?.checked ?? false;
    if (parseGoalList(text.value).length === 0) {
      setState({ message: say(ctx, 'pasteEmpty'), invalid: true });
      text.focus();
      return;
    }
    const place: GoalCriteriaPlace = placeValue === 'new' ? { newDimension: true } : { dimension: Number(placeValue) };
    const result = addGoalsFromList(ctx.draft, text.value, { lang, place, replaceExamples: replace });
    const area = axisName(ctx, result.framework.dimensions[result.dimension], result.dimension);
    const message = say(ctx, 'pasteDone', { count: result.goals.length, area });
    const first = (result.framework.goals ?? []).findIndex((goal) => goal.id === result.goals[0]?.id);
    ctx.apply(() => result.framework, message);
    // The first new goal opens, ready for its owner; the rest stay closed until picked.
    setState(withOpen({ message, open: state.open }, result.goals[0]!.id, true));
    text.value = '';
    void focusAfterRender(form, `#goal-summary-${first}`);
  };

  return html`<section class="panel chrome" aria-labelledby="goals-heading" data-path="goals">
    <h2 id="goals-heading">${say(ctx, 'heading')}</h2>
    <p>${say(ctx, 'intro')}</p>
    ${examples ? html`<p class="hint">${say(ctx, 'examples')}</p>` : nothing}
    <form class="goal-paste" data-mv-form @submit=${onSubmit}>
      <fieldset class="group">
        <legend>${say(ctx, 'pasteLegend')}</legend>
        <div class="field">
          <label for="goal-paste">${say(ctx, 'pasteLabel')}</label>
          <p class="hint" id="goal-paste-hint">${say(ctx, 'pasteHint')}</p>
          <textarea
            id="goal-paste"
            rows="6"
            aria-describedby=${state.invalid ? 'goal-paste-hint goal-paste-message' : 'goal-paste-hint'}
            aria-invalid=${state.invalid ? 'true' : 'false'}
            @input=${() => {
              if (state.invalid) setState({});
            }}
          ></textarea>
        </div>
        <div class="row">
          <div class="field">
            <label for="goal-paste-lang">${say(ctx, 'pasteLang')}</label>
            <select id="goal-paste-lang">
              ${LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === ctx.lang}>${ctx.t(LANG_NAME[lang])}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="goal-paste-place">${say(ctx, 'pastePlace')}</label>
            <select id="goal-paste-place">
              ${ctx.draft.dimensions.map(
                // Selected explicitly: Lit inserts these after the static option below, which the
                // browser would otherwise have selected already.
                (dimension, index) =>
                  html`<option value=${String(index)} ?selected=${index === 0}>${axisName(ctx, dimension, index)}</option>`,
              )}
              <option value="new" ?selected=${ctx.draft.dimensions.length === 0}>${say(ctx, 'pasteNewArea')}</option>
            </select>
          </div>
        </div>
        ${examples
          ? html`<div class="field checkbox">
              <input id="goal-paste-replace" type="checkbox" checked />
              <label for="goal-paste-replace">${say(ctx, 'pasteReplace')}</label>
            </div>`
          : nothing}
        <button type="submit">${say(ctx, 'pasteSubmit')}</button>
        <p id="goal-paste-message" class=${state.invalid ? 'field-problems' : 'hint'} role=${ifDefined(state.invalid ? 'alert' : undefined)}>
          ${state.message ?? ''}
        </p>
      </fieldset>
    </form>
    ${goals.length === 0
      ? html`<p>${say(ctx, 'none')}</p>`
      : html`<ol class="goal-list">
          ${goals.map((goal, index) =>
            goalItem(ctx, goal, index, state.open?.has(goal.id) ?? false, (open) => setState(withOpen(state, goal.id, open))),
          )}
        </ol>`}
  </section>`;
}

/** One goal as a disclosure named by its number and title, and its remove button. */
function goalItem(
  ctx: EditorContext,
  goal: Goal,
  index: number,
  opened: boolean,
  setOpen: (open: boolean) => void,
): TemplateResult {
  const at = `goals[${index}]`;
  const name = goalName(ctx, goal, index);
  const number = say(ctx, 'goal', { number: index + 1 });
  const remove = (event: Event): void => {
    const from = event.target as Element;
    ctx.apply((framework) => removeGoal(framework, index), say(ctx, 'removed', { title: name }));
    const next = Math.min(index, (ctx.draft.goals?.length ?? 1) - 2);
    void focusAfterRender(from, next >= 0 ? `#goal-summary-${next}` : '#goal-paste');
  };
  return html`<li data-path=${at}>
    ${lazyDetails({
      className: 'goal',
      // A goal with an error stays open, so the problem summary can lead to its field.
      open: opened || ctx.hasErrorBelow(at),
      setOpen,
      summary: html`<h3>${number}: ${name}</h3>`,
      summaryId: `goal-summary-${index}`,
      body: () => goalFields(ctx, goal, index),
    })}
    <button type="button" class="secondary danger" @click=${remove}>
      ${say(ctx, 'remove')}<span class="visually-hidden"> «${name}»</span>
    </button>
  </li>`;
}

/** The fields of an open goal: its texts, its owner, where it was adopted, what serves it. */
function goalFields(ctx: EditorContext, goal: Goal, index: number): TemplateResult {
  const at = `goals[${index}]`;
  const number = say(ctx, 'goal', { number: index + 1 });
  const owner = `${number}, ${say(ctx, 'owner')}`;
  const source = `${number}, ${say(ctx, 'source')}`;
  const served = criteriaServing(ctx.draft, goal.id);
  return html`<p class="hint">${say(ctx, 'id', { id: goal.id })}</p>
    ${textField(ctx, `${at}.title`, say(ctx, 'title'), { context: number })}
    ${textField(ctx, `${at}.description`, say(ctx, 'description'), { context: number, multiline: true })}
    <fieldset class="group" data-path=${`${at}.owner`}>
      <legend>${say(ctx, 'owner')}</legend>
      ${textField(ctx, `${at}.owner.unit`, say(ctx, 'unit'), { context: owner })}
      ${inputField(ctx, `${at}.owner.name`, say(ctx, 'name'), { context: owner })}
      ${inputField(ctx, `${at}.owner.email`, say(ctx, 'email'), { type: 'email', context: owner })}
      ${inputField(ctx, `${at}.owner.phone`, say(ctx, 'phone'), { type: 'tel', context: owner })}
      ${inputField(ctx, `${at}.owner.url`, say(ctx, 'url'), { type: 'url', context: owner })}
    </fieldset>
    <fieldset class="group" data-path=${`${at}.source`}>
      <legend>${say(ctx, 'source')}</legend>
      ${textField(ctx, `${at}.source.plan`, say(ctx, 'plan'), { context: source, hint: say(ctx, 'planHint') })}
      ${inputField(ctx, `${at}.source.adopted`, say(ctx, 'adopted'), { context: source, hint: say(ctx, 'adoptedHint') })}
      ${inputField(ctx, `${at}.source.url`, say(ctx, 'planUrl'), { type: 'url', context: source })}
    </fieldset>
    ${served.length === 0
      ? html`<p class="hint">${say(ctx, 'servedByNone')}</p>`
      : html`<p>${say(ctx, 'servedBy')}</p>
          <ul class="served-by">
            ${served.map(({ criterion }) => html`<li>${ctx.text(criterion.title) || criterion.id}</li>`)}
          </ul>`}`;
}
