import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Problem } from '../../src/problems/problem.js';
import {
  memoDisclaimer,
  memoText,
  readAmount,
  referenceLine,
  routeGuide,
  type Intent,
  type MemoItem,
  type RouteMemo,
  type RouteQuestion,
  type ServiceKind,
  type SupplierKind,
} from '../../src/procurement/route-guide.js';
import { ROUTE_GUIDE_WORDING } from '../../src/procurement/route-guide-messages.js';
import { RULES, RULES_CHECKED, formatRuleValue, parseRuleOverrides, type RuleOverride } from '../../src/procurement/rules.js';
import { MvElement } from '../base/mv-element.js';
import { copyText } from '../shared/copy-text.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { procurementGuideMessages as messages, type ProcurementGuideMessageKey } from './procurement-guide.messages.js';
import { procurementGuideStyles } from './procurement-guide.styles.js';

/** Detail of `mv-route-memo`. */
export interface RouteMemoDetail {
  memo: RouteMemo;
  /** The memo as plain text, as the copy button copies it. */
  text: string;
}

/**
 * Reads the `overrides` attribute: JSON, but a typing mistake in a CMS must not throw into the
 * host page, so bad JSON becomes a value the guide reports instead.
 */
const overridesConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return { invalidJson: value };
    }
  },
};

type Field = 'value' | 'service' | 'supplier' | 'intent';

/**
 * A route guide for a kommune's "sell to us" page, or for an official's desk: four questions
 * about an offer, and a short, dated memo on how the kommune can buy, support or test it.
 *
 * @summary Procurement route guide: which rules apply to an offer and which routes are open.
 *
 * The memo says which rules apply and why, the routes open with the conditions each needs,
 * what the kommune cannot do, how to use the offer in market dialogue without favouring its
 * sender, the next step and the references. Every statement rests on a dated rule record;
 * anything the rules could not settle is marked "Sjekk dette" / "Check this". "Not legal
 * advice" and the date the rules were checked are always visible. The memo can be copied as
 * plain text and printed (only the memo prints). Bad answers (missing, negative, absurd)
 * get a message in the user's language beside the field, and no memo.
 *
 * @fires mv-route-memo - A memo was made. Detail: `{ memo, text }`.
 *
 * @csspart form - The four questions and the button.
 * @csspart memo - The memo: with the disclaimer, the only part that prints.
 * @csspart disclaimer - The "not legal advice" line with the rules' date.
 *
 * @cssprop [--mv-color-accent=#0062ba] - The memo's edge and the button.
 * @cssprop [--mv-color-surface=#f3f5f8] - Background of the "check this" notes.
 * @cssprop [--mv-color-danger=#b3261e] - Problems with the answers.
 */
export class MvProcurementGuide extends MvElement {
  static override styles = [sharedStyles, procurementGuideStyles];

  /**
   * The kommune's own values, replacing the rules' ones: a list of `{ rule, value, source? }`
   * where `rule` is `lower-limit`, `national-threshold`, `eea-threshold-services` or
   * `eea-threshold-health-social` and `value` is NOK excl. VAT. As an attribute: JSON.
   * The memo shows such a value as the kommune's, beside the rules' own.
   */
  @property({ converter: overridesConverter }) overrides?: unknown;

  /**
   * The level of the element's top heading (1–6; default 2), so its headings fit the
   * outline of the page around it. Section headings are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private valueText = '';
  @state() private service?: ServiceKind;
  @state() private supplier?: SupplierKind;
  @state() private intent?: Intent;
  @state() private problems: Problem[] = [];
  @state() private memo?: RouteMemo;
  @state() private status = '';

  @query('.memo') private memoElement?: HTMLElement;

  private parsedOverrides: { overrides: RuleOverride[]; problems: Problem[] } = { overrides: [], problems: [] };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('overrides')) this.parsedOverrides = parseRuleOverrides(this.overrides);
    // A memo already made follows the element's language and the kommune's values.
    if (this.memo && (changed.has('overrides') || changed.has('resolvedLang'))) {
      this.memo = routeGuide(this.question(), this.resolvedLang, this.parsedOverrides.overrides).memo;
    }
  }

  private t(key: ProcurementGuideMessageKey, values?: Record<string, string | number>): string {
    return this.msg(messages, key, values);
  }

  private question(): RouteQuestion {
    const question: RouteQuestion = {};
    const value = readAmount(this.valueText);
    if (value !== undefined) question.value = value;
    if (this.service) question.service = this.service;
    if (this.supplier) question.supplier = this.supplier;
    if (this.intent) question.intent = this.intent;
    return question;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const result = routeGuide(this.question(), this.resolvedLang, this.parsedOverrides.overrides);
    this.problems = result.problems;
    this.memo = result.memo;
    this.status = '';
    await this.updateComplete;
    if (result.memo) {
      this.emit<RouteMemoDetail>('mv-route-memo', { memo: result.memo, text: memoText(result.memo) });
      this.memoElement?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  private async copy(): Promise<void> {
    if (!this.memo) return;
    this.status = (await copyText(memoText(this.memo))) ? this.t('copied') : this.t('copyFailed');
  }

  private problemFor(field: Field): Problem | undefined {
    return this.problems.find((problem) => problem.path === field);
  }

  private heading(offset: number, content: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2) + offset));
    switch (level) {
      case 1:
        return html`<h1 id=${ifDefined(id)}>${content}</h1>`;
      case 2:
        return html`<h2 id=${ifDefined(id)}>${content}</h2>`;
      case 3:
        return html`<h3 id=${ifDefined(id)}>${content}</h3>`;
      case 4:
        return html`<h4 id=${ifDefined(id)}>${content}</h4>`;
      case 5:
        return html`<h5 id=${ifDefined(id)}>${content}</h5>`;
      default:
        return html`<h6 id=${ifDefined(id)}>${content}</h6>`;
    }
  }

  override render(): TemplateResult {
    const lang = this.resolvedLang;
    return html`<div class="guide" lang=${lang}>
      <div class="chrome">
        ${this.heading(0, this.t('heading'))}
        <p>${this.t('intro')}</p>
      </div>
      <p class="disclaimer" part="disclaimer">${this.t('notAdvice', { date: RULES_CHECKED })}</p>
      ${this.parsedOverrides.problems.length > 0
        ? html`<div class="overrides-problems chrome" role="alert">
            <p>${this.t('overridesProblem')}</p>
            <ul>
              ${this.parsedOverrides.problems.map((problem) => html`<li>${problem.message[lang]} (${problem.path || '/'})</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.renderForm()} ${this.memo ? this.renderMemo(this.memo) : nothing}
      <p class="copy-result chrome" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const valueProblem = this.problemFor('value');
    const percent = formatRuleValue(RULES['reserved-contracts'].value ?? 0, 'percent', this.resolvedLang);
    return html`<form class="chrome" part="form" data-mv-form novalidate @submit=${(event: Event) => void this.submit(event)}>
      ${this.problems.length > 0
        ? html`<div class="problems" role="alert">
            <p><strong>${this.t('problemsHeading')}</strong></p>
            <ul>
              ${this.problems.map((problem) => html`<li>${problem.message[this.resolvedLang]}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="field">
        <label for="value">${this.t('value')}</label>
        <p class="hint" id="value-hint">${this.t('valueHint')}</p>
        <input
          id="value"
          name="value"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.valueText}
          aria-invalid=${valueProblem ? 'true' : 'false'}
          aria-describedby=${valueProblem ? 'value-hint value-problem' : 'value-hint'}
          @input=${(event: Event) => (this.valueText = (event.target as HTMLInputElement).value)}
        />
        ${valueProblem ? html`<p class="field-problem" id="value-problem">${valueProblem.message[this.resolvedLang]}</p>` : nothing}
      </div>
      ${this.radioGroup<ServiceKind>('service', this.t('service'), this.service, (value) => (this.service = value), [
        ['health-social', this.t('serviceYes')],
        ['other', this.t('serviceNo')],
      ])}
      ${this.radioGroup<SupplierKind>('supplier', this.t('supplier'), this.supplier, (value) => (this.supplier = value), [
        ['ideell', this.t('supplierIdeell')],
        ['work-integration', this.t('supplierWorkIntegration', { percent })],
        ['other', this.t('supplierOther')],
      ])}
      ${this.radioGroup<Intent>('intent', this.t('intent'), this.intent, (value) => (this.intent = value), [
        ['buy', this.t('intentBuy')],
        ['grant', this.t('intentGrant')],
        ['pilot', this.t('intentPilot')],
      ])}
      <button type="submit" class="primary">${this.t('submit')}</button>
    </form>`;
  }

  private radioGroup<V extends string>(
    field: Field,
    legend: string,
    current: V | undefined,
    set: (value: V) => void,
    options: [V, string][],
  ): TemplateResult {
    const problem = this.problemFor(field);
    return html`<fieldset
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${ifDefined(problem ? `${field}-problem` : undefined)}
      tabindex=${ifDefined(problem ? '-1' : undefined)}
    >
      <legend>${legend}</legend>
      ${problem ? html`<p class="field-problem" id=${`${field}-problem`}>${problem.message[this.resolvedLang]}</p>` : nothing}
      ${options.map(
        ([value, label]) => html`<label class="choice">
          <input type="radio" name=${field} .value=${String(value)} .checked=${current === value} @change=${() => set(value)} />
          <span>${label}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderItem(item: MemoItem): TemplateResult {
    return html`<li>
      ${item.text}
      ${item.kommune ? html`<p class="kommune"><strong>${this.t('kommune')}:</strong> ${item.kommune}</p>` : nothing}
      ${item.check ? html`<p class="check">${item.check}</p>` : nothing}
    </li>`;
  }

  private section(heading: string, items: MemoItem[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<section>
      ${this.heading(2, heading)}
      <ul>
        ${items.map((item) => this.renderItem(item))}
      </ul>
    </section>`;
  }

  private renderMemo(memo: RouteMemo): TemplateResult {
    const w = ROUTE_GUIDE_WORDING;
    const lang = memo.lang;
    return html`<div class="actions chrome">
        <button type="button" @click=${() => void this.copy()}>${this.t('copy')}</button>
        <button type="button" @click=${() => window.print()}>${this.t('print')}</button>
      </div>
      <article class="memo" part="memo" tabindex="-1" aria-labelledby="memo-heading" lang=${lang}>
        ${this.heading(1, w.title[lang], 'memo-heading')}
        <p class="summary">${memo.summary}</p>
        <p class="memo-disclaimer">${memoDisclaimer(memo)}</p>
        ${this.section(w.applies[lang], memo.applies)}
        ${memo.routes.length > 0
          ? html`<section>
              ${this.heading(2, w.routes[lang])}
              <ol class="routes">
                ${memo.routes.map(
                  (route) => html`<li>
                    <strong>${route.title}</strong>
                    <p class="conditions-label">${w.conditions[lang]}</p>
                    <ul>
                      ${route.conditions.map((condition) => this.renderItem(condition))}
                    </ul>
                  </li>`,
                )}
              </ol>
            </section>`
          : nothing}
        ${this.section(w.cannot[lang], memo.cannot)} ${this.section(w.marketDialogue[lang], memo.marketDialogue)}
        ${this.section(w.nextSteps[lang], memo.nextSteps)}
        <section>
          ${this.heading(2, w.references[lang])}
          <ul class="references">
            ${memo.references.map(
              (reference) => html`<li>
                ${referenceLine(reference, lang)}
                ${reference.kommune ? html`<p class="kommune">${reference.kommune}</p>` : nothing}
                ${reference.check ? html`<p class="check">${reference.check}</p>` : nothing}
              </li>`,
            )}
          </ul>
        </section>
      </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-procurement-guide': MvProcurementGuide;
  }
  interface GlobalEventHandlersEventMap {
    'mv-route-memo': CustomEvent<RouteMemoDetail>;
  }
}
