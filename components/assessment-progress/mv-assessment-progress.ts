import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AssessmentPart } from '../assessment/assessment-part.js';
import { assessmentStyles } from '../assessment/assessment.styles.js';
import { overallProgress } from '../assessment/progress.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * How far the `<mv-assessment>` it is placed in has come: "3 av 28 besvart" with a progress
 * bar, and a note once every criterion is answered. Small enough to keep in reach while
 * answering: the default layout makes it a sticky bar on a phone.
 *
 * With `radar-toggle` it also offers the radar on demand: a button that shows and hides a
 * `<mv-radar>` of the assessment under the bar (its table included), so a phone user can look
 * at the profile without scrolling away from the questions.
 *
 * Place it anywhere inside an `<mv-assessment>`; it finds the assessment through
 * `@lit/context`. Outside an assessment it renders nothing.
 *
 * @summary Compact progress of the assessment it sits in, with the radar on demand.
 *
 * @csspart bar - The progress text and bar.
 * @csspart button - The button that shows or hides the radar.
 * @csspart radar - The `<mv-radar>` shown on demand.
 */
export class MvAssessmentProgress extends AssessmentPart {
  static override styles = [
    sharedStyles,
    assessmentStyles,
    AssessmentPart.partStyles,
    css`
      .progress {
        display: grid;
        gap: calc(var(--_mv-space) / 2);
      }

      .bar-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_mv-space) / 2) var(--_mv-space);
      }

      .progress-label {
        flex: 1 1 8rem;
      }

      .complete {
        margin: 0;
        font-weight: 600;
      }

      .radar-panel {
        /* On a phone the bar stays on screen while answering; the chart under it must not
           push the questions out of reach, so it scrolls within a part of the screen. */
        max-block-size: 70vh;
        overflow: auto;
      }
    `,
  ];

  /** Offers a button that shows the radar under the bar on demand. */
  @property({ type: Boolean, attribute: 'radar-toggle' }) radarToggle = false;

  @state() private radarOpen = false;

  override render(): TemplateResult | typeof nothing {
    const shared = this.shared;
    if (!shared) return nothing;
    const { answered, total, missingReasons } = overallProgress(shared.framework, shared.assessment.answers);
    const complete = total > 0 && answered === total;
    return html`<div class="progress" lang=${this.resolvedLang}>
      <div class="bar-row">
        <label class="progress-label" part="bar">
          <span>${this.t('answeredCount', { answered, total })}</span>
          <progress max=${total} .value=${answered}></progress>
        </label>
        ${this.radarToggle
          ? html`<button
              type="button"
              part="button"
              aria-expanded=${this.radarOpen ? 'true' : 'false'}
              aria-controls="radar-panel"
              @click=${() => (this.radarOpen = !this.radarOpen)}
            >
              ${this.radarOpen ? this.t('hideRadar') : this.t('showRadar')}
            </button>`
          : nothing}
      </div>
      ${complete ? html`<p class="complete">${this.t('complete')}</p>` : nothing}
      ${missingReasons > 0 ? html`<p class="error">${this.t('progressMissingReasons', { count: missingReasons })}</p>` : nothing}
      ${this.radarToggle
        ? html`<div
            id="radar-panel"
            class="radar-panel"
            role="region"
            aria-label=${this.t('radarPanel')}
            tabindex=${this.radarOpen ? '0' : '-1'}
            ?hidden=${!this.radarOpen}
          >
            ${this.radarOpen ? html`<mv-radar part="radar"></mv-radar>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-assessment-progress': MvAssessmentProgress;
  }
}
