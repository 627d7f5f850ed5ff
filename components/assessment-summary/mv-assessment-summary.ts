import { html, nothing, type TemplateResult } from 'lit';
import { AssessmentPart } from '../assessment/assessment-part.js';
import { assessmentStyles } from '../assessment/assessment.styles.js';
import { summaryMessages } from './summary.messages.js';
import { summaryView, type SummaryViewContext } from './summary-view.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * The summary of the `<mv-assessment>` it is placed in, derived afresh on every answer:
 * strengths, the gaps worth closing first with what the next level would take, the kommune's
 * guidance that applies, and whom in the kommune to contact (links only `https:`, `http:`,
 * `mailto:` and `tel:`).
 *
 * Place it anywhere inside an `<mv-assessment>`; it finds the assessment through
 * `@lit/context`. Outside an assessment it renders nothing.
 *
 * @summary Strengths, gaps, guidance and contacts of the assessment it sits in.
 *
 * @csspart summary - The summary's section.
 */
export class MvAssessmentSummary extends AssessmentPart {
  static override styles = [sharedStyles, assessmentStyles, AssessmentPart.partStyles];

  /**
   * After its first render, the summary follows an answer in a task of its own: the radio,
   * the score and the chart answer the click first, and working out strengths, gaps and
   * guidance (the summary's whole text, on every answer) comes a moment later instead of
   * lengthening the click's task. Answers given meanwhile make one update together.
   * `updateComplete` waits for it.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    return super.scheduleUpdate();
  }

  override render(): TemplateResult | typeof nothing {
    const shared = this.shared;
    if (!shared) return nothing;
    return html`<div lang=${this.resolvedLang}>${summaryView(this.summaryContext(shared), shared.assessment)}</div>`;
  }

  /** The assessment's view context, speaking the summary's own messages as well. */
  private summaryContext(shared: NonNullable<AssessmentPart['shared']>): SummaryViewContext {
    const view = this.viewContext(shared);
    return {
      ...view,
      t: (key, values) =>
        key in summaryMessages.nb
          ? this.msg(summaryMessages, key as keyof (typeof summaryMessages)['nb'], values)
          : view.t(key as Parameters<typeof view.t>[0], values),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-assessment-summary': MvAssessmentSummary;
  }
}
