import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Criterion, Dimension } from '../../../src/framework/types.js';
import type { EditorContext } from './editor-context.js';
import { disclosureButton, itemBadges } from './disclosure.js';
import { inputField, problemList, textField } from './fields.js';
import { scaleEditor } from './scale-view.js';
import { goalCheckboxes } from './goal-checkboxes.js';
import { sdgCheckboxes } from './sdg-checkboxes.js';
import { evidenceScale } from '../../../src/framework/scales.js';

/** Direction of a move by button. */
export type MoveDirection = 'up' | 'down';

/**
 * List operations the element performs itself, because they move focus and announce:
 * a screen reader user must hear where a moved item went and keep their place.
 */
export interface ListActions {
  selectedAxis: number;
  /** The criterion of the selected axis whose fields are shown; the others show their title only. */
  openCriterion: number;
  selectAxis(index: number): void;
  /** Shows one criterion's fields, and only its own. */
  openCriterionAt(index: number): void;
  addAxis(): void;
  removeAxis(index: number): void;
  moveAxis(index: number, direction: MoveDirection): void;
  addCriterion(axis: number): void;
  removeCriterion(axis: number, index: number): void;
  moveCriterion(axis: number, index: number, direction: MoveDirection): void;
}

/** The buttons that reorder and remove one item of a list. */
function itemButtons(
  ctx: EditorContext,
  name: string,
  key: string,
  index: number,
  count: number,
  move: (direction: MoveDirection) => void,
  remove: () => void,
): TemplateResult {
  return html`<div class="item-buttons">
    <button type="button" class="secondary" data-move=${`${key}-up-${index}`} ?disabled=${index === 0} @click=${() => move('up')}>
      ${ctx.t('moveUp')}<span class="visually-hidden"> «${name}»</span>
    </button>
    <button
      type="button"
      class="secondary"
      data-move=${`${key}-down-${index}`}
      ?disabled=${index === count - 1}
      @click=${() => move('down')}
    >
      ${ctx.t('moveDown')}<span class="visually-hidden"> «${name}»</span>
    </button>
    <button type="button" class="secondary danger" @click=${remove}>
      ${ctx.t('remove')}<span class="visually-hidden"> «${name}»</span>
    </button>
  </div>`;
}

/** An axis's title for lists and headings, never empty. */
export function axisName(ctx: EditorContext, dimension: Dimension | undefined, index: number): string {
  return ctx.text(dimension?.title).trim() || `${ctx.t('axis', { number: index + 1 })} ${ctx.t('untitled')}`;
}

function criterionName(ctx: EditorContext, criterion: Criterion, index: number): string {
  return ctx.text(criterion.title).trim() || `${ctx.t('criterion', { number: index + 1 })} ${ctx.t('untitled')}`;
}

/** The list of axes: pick one to edit, reorder, remove, add. */
export function axisListView(ctx: EditorContext, actions: ListActions): TemplateResult {
  const dimensions = ctx.draft.dimensions;
  return html`<section class="panel chrome" aria-labelledby="axes-heading" data-path="dimensions">
    <h2 id="axes-heading">${ctx.t('axesHeading')}</h2>
    <p>${ctx.t('axesIntro')}</p>
    ${problemList(ctx, 'dimensions')}
    <ol class="axis-list">
      ${dimensions.map((dimension, index) => {
        const name = axisName(ctx, dimension, index);
        return html`<li class=${index === actions.selectedAxis ? 'selected' : ''}>
          <span class="item-title">${name}</span>
          ${itemBadges(ctx, `dimensions[${index}]`)}
          <button
            type="button"
            data-select=${index}
            aria-pressed=${index === actions.selectedAxis ? 'true' : 'false'}
            @click=${() => actions.selectAxis(index)}
          >
            ${ctx.t('editAxis')}<span class="visually-hidden"> «${name}»</span>
          </button>
          ${itemButtons(
            ctx,
            name,
            'axis',
            index,
            dimensions.length,
            (direction) => actions.moveAxis(index, direction),
            () => actions.removeAxis(index),
          )}
        </li>`;
      })}
    </ol>
    <button type="button" data-add="axis" @click=${() => actions.addAxis()}>${ctx.t('addAxis')}</button>
  </section>`;
}

/** Everything about the selected axis: texts, weight, target, contact, goals, criteria. */
export function axisDetailView(ctx: EditorContext, actions: ListActions): TemplateResult | typeof nothing {
  const index = actions.selectedAxis;
  const dimension = ctx.draft.dimensions[index];
  if (!dimension) return nothing;
  const at = `dimensions[${index}]`;
  const axis = ctx.t('axis', { number: index + 1 });
  const contact = `${axis}, ${ctx.t('contactHeading')}`;
  return html`<section class="panel chrome axis-detail" aria-labelledby="axis-detail-heading" data-path=${at}>
    <h2 id="axis-detail-heading" tabindex="-1">
      ${ctx.t('axisDetailHeading', { number: index + 1, title: axisName(ctx, dimension, index) })}
    </h2>
    ${problemList(ctx, at)} ${textField(ctx, `${at}.title`, ctx.t('title'), { context: axis })}
    ${inputField(ctx, `${at}.id`, ctx.t('id'), { context: axis, hint: ctx.t('idHint') })}
    ${textField(ctx, `${at}.short`, ctx.t('short'), { context: axis })}
    ${textField(ctx, `${at}.description`, ctx.t('description'), { context: axis, multiline: true })}
    <div class="row">
      ${inputField(ctx, `${at}.weight`, ctx.t('weight'), { type: 'number', min: 0, context: axis, hint: ctx.t('weightHint') })}
      ${inputField(ctx, `${at}.target`, ctx.t('target'), {
        type: 'number',
        min: 0,
        max: 100,
        context: axis,
        hint: ctx.t('targetHint'),
      })}
    </div>
    <fieldset class="group" data-path=${`${at}.contact`}>
      <legend>${ctx.t('contactHeading')}</legend>
      ${textField(ctx, `${at}.contact.unit`, ctx.t('contactUnit'), { context: contact })}
      <div class="row">
        ${inputField(ctx, `${at}.contact.name`, ctx.t('contactName'), { context: contact, autocomplete: 'off' })}
        ${inputField(ctx, `${at}.contact.email`, ctx.t('contactEmail'), { type: 'email', context: contact })}
        ${inputField(ctx, `${at}.contact.phone`, ctx.t('contactPhone'), { type: 'tel', context: contact })}
        ${inputField(ctx, `${at}.contact.url`, ctx.t('contactUrl'), { type: 'url', context: contact })}
      </div>
    </fieldset>
    ${sdgCheckboxes(ctx, `${at}.sdg`, dimension.sdg, axis)}
    <h3>${ctx.t('criteriaHeading')}</h3>
    <p>${ctx.t('criteriaIntro')}</p>
    ${problemList(ctx, `${at}.criteria`)}
    <ol class="criteria" data-path=${`${at}.criteria`}>
      ${dimension.criteria.map((criterion, c) => criterionView(ctx, actions, index, criterion, c, dimension.criteria.length))}
    </ol>
    <button type="button" data-add=${`criterion-${index}`} @click=${() => actions.addCriterion(index)}>
      ${ctx.t('addCriterion')}<span class="visually-hidden"> (${axis})</span>
    </button>
  </section>`;
}

function criterionView(
  ctx: EditorContext,
  actions: ListActions,
  axisIndex: number,
  criterion: Criterion,
  index: number,
  count: number,
): TemplateResult {
  const at = `dimensions[${axisIndex}].criteria[${index}]`;
  const name = criterionName(ctx, criterion, index);
  const open = index === actions.openCriterion;
  const bodyId = `criterion-${axisIndex}-${index}-fields`;
  // Only the open criterion's fields are made: an area's criteria, each with its texts in
  // three languages, its goals and its sustainable development goals, were most of the
  // editor's page, and the browser laid all of them out before the editor could be used.
  return html`<li class=${open ? 'criterion open' : 'criterion'} data-path=${at}>
    <h4>
      ${disclosureButton({
        key: `criterion-${axisIndex}-${index}`,
        open,
        controls: bodyId,
        label: `${ctx.t('criterion', { number: index + 1 })}: ${name}`,
        onOpen: () => actions.openCriterionAt(index),
      })}
      ${itemBadges(ctx, at)}
    </h4>
    ${itemButtons(
      ctx,
      name,
      `criterion-${axisIndex}`,
      index,
      count,
      (direction) => actions.moveCriterion(axisIndex, index, direction),
      () => actions.removeCriterion(axisIndex, index),
    )}
    ${open ? criterionFields(ctx, axisIndex, criterion, index, bodyId) : nothing}
  </li>`;
}

/** Everything one criterion has: its texts, weight, "not applicable", goals and scale. */
function criterionFields(ctx: EditorContext, axisIndex: number, criterion: Criterion, index: number, id: string): TemplateResult {
  const at = `dimensions[${axisIndex}].criteria[${index}]`;
  const label = `${ctx.t('axis', { number: axisIndex + 1 })}, ${ctx.t('criterion', { number: index + 1 })}`;
  const allow = criterion.allowNotApplicable;
  const onAllow = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    ctx.set(`${at}.allowNotApplicable`, value === 'yes' ? true : value === 'no' ? false : undefined);
  };
  const onOwnScale = (event: Event): void => {
    const on = (event.target as HTMLInputElement).checked;
    ctx.set(`${at}.scale`, on ? structuredClone(ctx.draft.scale ?? evidenceScale) : undefined);
  };
  const allowId = `na-${axisIndex}-${index}`;
  const scaleId = `own-scale-${axisIndex}-${index}`;
  return html`<div class="criterion-fields" id=${id}>
    ${problemList(ctx, at)}
    ${textField(ctx, `${at}.title`, ctx.t('title'), { context: label })}
    ${inputField(ctx, `${at}.id`, ctx.t('id'), { context: label })}
    ${textField(ctx, `${at}.help`, ctx.t('help'), { context: label, multiline: true })}
    <div class="row">
      ${inputField(ctx, `${at}.weight`, ctx.t('weight'), { type: 'number', min: 0, context: label })}
      <div class="field">
        <label for=${allowId}><span class="visually-hidden">${label}: </span>${ctx.t('notApplicable')}</label>
        <select
          id=${allowId}
          data-path=${`${at}.allowNotApplicable`}
          .value=${live(allow === undefined ? 'inherit' : allow ? 'yes' : 'no')}
          @change=${onAllow}
        >
          <option value="inherit" ?selected=${allow === undefined}>${ctx.t('inherit')}</option>
          <option value="yes" ?selected=${allow === true}>${ctx.t('yes')}</option>
          <option value="no" ?selected=${allow === false}>${ctx.t('no')}</option>
        </select>
      </div>
    </div>
    ${goalCheckboxes(ctx, `${at}.goals`, criterion.goals, label)}
    ${sdgCheckboxes(ctx, `${at}.sdg`, criterion.sdg, label)}
    <div class="field checkbox">
      <input id=${scaleId} type="checkbox" data-path=${`${at}.scale`} .checked=${criterion.scale !== undefined} @change=${onOwnScale} />
      <label for=${scaleId}><span class="visually-hidden">${label}: </span>${ctx.t('ownScale')}</label>
    </div>
    ${criterion.scale ? scaleEditor(ctx, `${at}.scale`, criterion.scale, label, 5) : nothing}
  </div>`;
}
