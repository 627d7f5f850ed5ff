import { html, nothing, type TemplateResult } from 'lit';
import { insertItem, nextLevel, removeItem } from '../../../src/framework/edit-framework.js';
import type { Scale } from '../../../src/framework/types.js';
import type { EditorContext } from './editor-context.js';
import { inputField, problemList, textField } from './fields.js';

/**
 * Edits the levels of a scale at a path: each level's value, label and what earns it, with
 * buttons to add a level above the highest and to remove one. The validator says when the
 * values stop increasing or fewer than two levels remain.
 */
export function scaleEditor(ctx: EditorContext, path: string, scale: Scale, context: string): TemplateResult {
  const levelsPath = `${path}.levels`;
  return html`<div class="scale" data-path=${levelsPath}>
    ${problemList(ctx, levelsPath)}
    <ol class="levels">
      ${scale.levels.map((level, index) => {
        const at = `${levelsPath}[${index}]`;
        const name = `${context}, ${ctx.t('level', { number: index + 1 })}`;
        return html`<li>
          <fieldset class="level">
            <legend>${ctx.t('level', { number: index + 1 })}: ${ctx.text(level.label) || ctx.t('untitled')}</legend>
            ${inputField(ctx, `${at}.value`, ctx.t('levelValue'), { type: 'number', context: name })}
            ${textField(ctx, `${at}.label`, ctx.t('levelLabel'), { context: name })}
            ${textField(ctx, `${at}.description`, ctx.t('levelDescription'), { context: name, multiline: true })}
            <button
              type="button"
              class="secondary"
              @click=${() => ctx.apply((f) => removeItem(f, levelsPath, index))}
            >
              ${ctx.t('removeLevel', { number: index + 1 })}<span class="visually-hidden"> (${context})</span>
            </button>
          </fieldset>
        </li>`;
      })}
    </ol>
    <button type="button" @click=${() => ctx.apply((f) => insertItem(f, levelsPath, nextLevel(scale.levels)))}>
      ${ctx.t('addLevel')}${context ? html`<span class="visually-hidden"> (${context})</span>` : nothing}
    </button>
  </div>`;
}
