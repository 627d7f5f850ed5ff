import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { insertItem, newGuidanceRule, removeItem } from '../../../src/framework/edit-framework.js';
import type { EditorContext } from './editor-context.js';
import { inputField, problemList, textField } from './fields.js';
import { axisName } from './axis-views.js';

/** Guidance rules: advice shown when an axis scores below or at least a limit. */
export function guidanceView(ctx: EditorContext): TemplateResult {
  const rules = ctx.draft.guidance ?? [];
  return html`<section class="panel chrome" aria-labelledby="guidance-heading" data-path="guidance">
    <h2 id="guidance-heading">${ctx.t('guidanceHeading')}</h2>
    <p>${ctx.t('guidanceIntro')}</p>
    ${problemList(ctx, 'guidance')}
    <ol class="rules">
      ${rules.map((rule, index) => {
        const at = `guidance[${index}]`;
        const name = ctx.t('rule', { number: index + 1 });
        const selectId = `rule-axis-${index}`;
        const dimensionPath = `${at}.when.dimension`;
        const known = ctx.draft.dimensions.some((d) => d.id === rule.when.dimension);
        return html`<li>
          <fieldset class="rule" data-path=${at}>
            <legend>${name}</legend>
            ${problemList(ctx, at)} ${problemList(ctx, `${at}.when`)}
            <div class="field">
              <label for=${selectId}><span class="visually-hidden">${name}: </span>${ctx.t('ruleAxis')}</label>
              <select
                id=${selectId}
                data-path=${dimensionPath}
                .value=${live(rule.when.dimension)}
                aria-invalid=${ctx.problemsAt(dimensionPath).length > 0 ? 'true' : 'false'}
                @change=${(event: Event) => ctx.set(dimensionPath, (event.target as HTMLSelectElement).value)}
              >
                ${known ? '' : html`<option value=${rule.when.dimension} selected>${rule.when.dimension || '–'}</option>`}
                ${ctx.draft.dimensions.map(
                  (dimension, d) =>
                    html`<option value=${dimension.id} ?selected=${dimension.id === rule.when.dimension}>
                      ${axisName(ctx, dimension, d)}
                    </option>`,
                )}
              </select>
              ${problemList(ctx, dimensionPath)}
            </div>
            <div class="row">
              ${inputField(ctx, `${at}.when.below`, ctx.t('ruleBelow'), { type: 'number', context: name })}
              ${inputField(ctx, `${at}.when.atLeast`, ctx.t('ruleAtLeast'), { type: 'number', context: name })}
            </div>
            ${textField(ctx, `${at}.text`, ctx.t('ruleText'), { context: name, multiline: true })}
            <button type="button" class="secondary danger" @click=${() => ctx.apply((f) => removeItem(f, 'guidance', index))}>
              ${ctx.t('removeRule', { number: index + 1 })}
            </button>
          </fieldset>
        </li>`;
      })}
    </ol>
    <button type="button" @click=${() => ctx.apply((f) => insertItem(f, 'guidance', newGuidanceRule(f)))}>
      ${ctx.t('addRule')}
    </button>
  </section>`;
}
