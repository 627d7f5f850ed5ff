import { html, nothing, type TemplateResult } from 'lit';
import { insertItem, nextLevel, removeItem } from '../../../src/framework/edit-framework.js';
import type { Scale } from '../../../src/framework/types.js';
import { fieldId, type EditorContext } from './editor-context.js';
import { disclosureButton, itemBadges } from './disclosure.js';
import { focusAfterRender } from './focus-after-render.js';
import { inputField, problemList, textField } from './fields.js';

/**
 * Edits the levels of a scale at a path: each level's value, label and what earns it, with
 * buttons to add a level above the highest and to remove one. The validator says when the
 * values stop increasing or fewer than two levels remain.
 *
 * Each level is a line that names it ("Nivå 2: Påstått") and opens its fields; one level is
 * open at a time, and only its fields are made. A scale's five levels, each with its label
 * and description in three languages, were a sixth of the editor's page, and a criterion
 * with a scale of its own has a second one.
 */
export function scaleEditor(
  ctx: EditorContext,
  path: string,
  scale: Scale,
  context: string,
  headingLevel: 3 | 5,
): TemplateResult {
  const levelsPath = `${path}.levels`;
  const openLevel = ctx.openItem(levelsPath);
  const key = fieldId(levelsPath, 'level');
  const add = (event: Event): void => {
    ctx.apply((f) => insertItem(f, levelsPath, nextLevel(scale.levels)));
    // The new level opens, at its title, as a new criterion does.
    ctx.setOpenItem(levelsPath, scale.levels.length);
    void focusAfterRender(event.currentTarget as Element, `[data-open="${key}-${scale.levels.length}"]`);
  };
  return html`<div class="scale" data-path=${levelsPath}>
    ${problemList(ctx, levelsPath)}
    <ol class="levels">
      ${scale.levels.map((level, index) => {
        const at = `${levelsPath}[${index}]`;
        const number = ctx.t('level', { number: index + 1 });
        const name = context ? `${context}, ${number}` : number;
        const open = index === openLevel;
        const bodyId = `${key}-${index}-fields`;
        const remove = (event: Event): void => {
          const from = event.currentTarget as Element;
          ctx.apply((f) => removeItem(f, levelsPath, index));
          ctx.setOpenItem(levelsPath, -1);
          // Focus stays in the list: on the level that took this one's place, or the one before.
          const next = Math.min(index, scale.levels.length - 2);
          void focusAfterRender(from, next >= 0 ? `[data-open="${key}-${next}"]` : `[data-add="${key}"]`);
        };
        return html`<li class="level-item" data-path=${at}>
          ${levelHeading(
            headingLevel,
            html`${disclosureButton({
              key: `${key}-${index}`,
              open,
              controls: bodyId,
              label: `${number}: ${ctx.text(level.label) || ctx.t('untitled')}`,
              context,
              onOpen: () => ctx.setOpenItem(levelsPath, index),
            })}
            ${itemBadges(ctx, at)}`,
          )}
          ${open
            ? html`<fieldset class="level" id=${bodyId}>
                <legend class="visually-hidden">${name}</legend>
                ${problemList(ctx, at)}
                ${inputField(ctx, `${at}.value`, ctx.t('levelValue'), { type: 'number', context: name })}
                ${textField(ctx, `${at}.label`, ctx.t('levelLabel'), { context: name })}
                ${textField(ctx, `${at}.description`, ctx.t('levelDescription'), { context: name, multiline: true })}
                <button type="button" class="secondary" @click=${remove}>
                  ${ctx.t('removeLevel', { number: index + 1 })}${context
                    ? html`<span class="visually-hidden"> (${context})</span>`
                    : nothing}
                </button>
              </fieldset>`
            : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" data-add=${key} @click=${add}>
      ${ctx.t('addLevel')}${context ? html`<span class="visually-hidden"> (${context})</span>` : nothing}
    </button>
  </div>`;
}

/** A level's title, one step below the heading of what the scale belongs to (the section, or a criterion). */
function levelHeading(level: 3 | 5, content: TemplateResult): TemplateResult {
  return level === 3 ? html`<h3>${content}</h3>` : html`<h5>${content}</h5>`;
}
