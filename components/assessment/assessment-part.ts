import { css, type PropertyValues } from 'lit';
import { formatScore } from '../i18n/number-format.js';
import { MvElement } from '../base/mv-element.js';
import { assessmentMessages, type AssessmentMessageKey } from './assessment.messages.js';
import { AssessmentConsumer } from './assessment-consumer.js';
import type { AssessmentContext } from './assessment-context.js';
import type { ViewContext } from './view-context.js';

/**
 * The base of the public parts of `<mv-assessment>`: each finds the assessment it sits in
 * through `@lit/context`, speaks that assessment's language unless it has a `lang` of its own,
 * and renders nothing outside an assessment or before the framework is ready.
 */
export abstract class AssessmentPart extends MvElement {
  protected static override languagePacks = [assessmentMessages];

  /** Hidden in print: the actions bar prints a report that holds everything a part shows. */
  static partStyles = css`
    @media print {
      :host {
        display: none !important;
      }
    }
  `;

  private readonly source = new AssessmentConsumer(this);

  /** What the enclosing assessment shares; `undefined` outside one or before it is ready. */
  protected get shared(): AssessmentContext | undefined {
    return this.source.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A part with no `lang` of its own speaks its assessment's language, also when the page
    // set that language as a property rather than an attribute.
    const shared = this.shared;
    if (shared && !this.hasAttribute('lang') && this.resolvedLang !== shared.lang) this.resolvedLang = shared.lang;
  }

  /** One of the assessment's messages, in this part's language. */
  protected t(key: AssessmentMessageKey, values?: Record<string, string | number>): string {
    return this.msg(assessmentMessages, key, values);
  }

  /** The view helpers the assessment's render functions take. */
  protected viewContext(shared: AssessmentContext): ViewContext {
    return {
      lang: this.resolvedLang,
      framework: shared.framework,
      t: (key, values) => this.t(key, values),
      text: (value) => this.text(value),
      score: (value) => formatScore(value, this.resolvedLang),
    };
  }
}
