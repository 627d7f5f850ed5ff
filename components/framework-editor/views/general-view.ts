import { html, type TemplateResult } from 'lit';
import { evidenceScale } from '../../../src/framework/scales.js';
import type { EditorContext } from './editor-context.js';
import { checkboxField, inputField, textField } from './fields.js';
import { scaleEditor } from './scale-view.js';

/** The framework as a whole: id, edition, title, description and the kommune that owns it. */
export function generalView(ctx: EditorContext): TemplateResult {
  const owner = ctx.t('ownerHeading');
  return html`<section class="panel chrome" aria-labelledby="general-heading">
    <h2 id="general-heading">${ctx.t('generalHeading')}</h2>
    ${textField(ctx, 'title', ctx.t('title'))}
    ${inputField(ctx, 'id', ctx.t('id'), { hint: ctx.t('idHint') })}
    ${inputField(ctx, 'revision', ctx.t('revision'), { hint: ctx.t('revisionHint') })}
    ${textField(ctx, 'description', ctx.t('description'), { multiline: true })}
    <fieldset class="group" data-path="owner">
      <legend>${owner}</legend>
      ${inputField(ctx, 'owner.name', ctx.t('ownerName'), { autocomplete: 'organization' })}
      ${inputField(ctx, 'owner.kommunenummer', ctx.t('kommunenummer'), { hint: ctx.t('kommunenummerHint'), context: owner })}
      ${inputField(ctx, 'owner.url', ctx.t('ownerUrl'), { type: 'url', context: owner })}
    </fieldset>
    ${checkboxField(ctx, 'allowNotApplicable', ctx.t('allowNotApplicable'), true)}
  </section>`;
}

/** The default scale: the built-in evidence scale, or one of the kommune's own. */
export function defaultScaleView(ctx: EditorContext): TemplateResult {
  const scale = ctx.draft.scale;
  const toggle = (event: Event): void => {
    const on = (event.target as HTMLInputElement).checked;
    ctx.set('scale', on ? structuredClone(evidenceScale) : undefined);
  };
  return html`<section class="panel chrome" aria-labelledby="scale-heading">
    <h2 id="scale-heading">${ctx.t('scaleHeading')}</h2>
    <div class="field checkbox">
      <input id="custom-scale" type="checkbox" data-path="scale" .checked=${scale !== undefined} @change=${toggle} />
      <label for="custom-scale">${ctx.t('scaleCustom')}</label>
    </div>
    ${scale
      ? scaleEditor(ctx, 'scale', scale, ctx.t('scaleHeading'), 3)
      : html`<p>${ctx.t('scaleBuiltIn')}</p>
          <ol class="builtin-scale">
            ${evidenceScale.levels.map((level) => html`<li>${level.value}: ${ctx.text(level.label)}</li>`)}
          </ol>`}
  </section>`;
}
