import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { insertItem, newGuidanceRule, removeItem } from '../../../src/framework/edit-framework.js';
import type { GuidanceRule } from '../../../src/framework/types.js';
import { formatScore } from '../../i18n/number-format.js';
import type { EditorContext } from './editor-context.js';
import { disclosureButton, itemBadges } from './disclosure.js';
import { inputField, problemList, textField } from './fields.js';
import { axisName } from './axis-views.js';

/** Which rule's fields are shown, and how to show another's. */
export interface RuleDisclosure {
  /** The rule whose fields are shown; none when it matches no rule. */
  open: number;
  openAt(index: number): void;
}

/**
 * Guidance rules: advice shown when an axis scores below or at least a limit. Each rule is a
 * line that says what it is about ("Regel 2: Medvirkning, under 40"), and opens its fields;
 * one rule is open at a time, and only its fields are made (a framework's dozen rules, each
 * with its advice in three languages, were a fifth of the editor's page).
 */
export function guidanceView(ctx: EditorContext, disclosure: RuleDisclosure): TemplateResult {
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
        const open = index === disclosure.open;
        const bodyId = `rule-${index}-fields`;
        return html`<li class="rule-item" data-path=${at}>
          <h3>
            ${disclosureButton({
              key: `rule-${index}`,
              open,
              controls: bodyId,
              label: ruleSummary(ctx, rule, index),
              onOpen: () => disclosure.openAt(index),
            })}
            ${itemBadges(ctx, at)}
          </h3>
          ${open
            ? html`<fieldset class="rule" id=${bodyId}>
                <legend class="visually-hidden">${name}</legend>
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
              </fieldset>`
            : nothing}
        </li>`;
      })}
    </ol>
    <button
      type="button"
      data-add="rule"
      @click=${() => {
        disclosure.openAt(rules.length);
        ctx.apply((f) => insertItem(f, 'guidance', newGuidanceRule(f)));
      }}
    >
      ${ctx.t('addRule')}
    </button>
  </section>`;
}

/** A rule in one line: its number, its area and its limits ("Regel 2: Medvirkning, under 40"). */
function ruleSummary(ctx: EditorContext, rule: GuidanceRule, index: number): string {
  const dimensions = ctx.draft.dimensions;
  const d = dimensions.findIndex((dimension) => dimension.id === rule.when.dimension);
  const area = d >= 0 ? axisName(ctx, dimensions[d], d) : rule.when.dimension || '–';
  const limits = [
    typeof rule.when.below === 'number' ? ctx.t('ruleWhenBelow', { value: formatScore(rule.when.below, ctx.lang) }) : '',
    typeof rule.when.atLeast === 'number' ? ctx.t('ruleWhenAtLeast', { value: formatScore(rule.when.atLeast, ctx.lang) }) : '',
  ].filter(Boolean);
  return [`${ctx.t('rule', { number: index + 1 })}: ${area}`, ...limits].join(', ');
}
