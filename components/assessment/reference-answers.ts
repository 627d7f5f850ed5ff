import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '../../src/assessment/types.js';
import type { Criterion } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { safeUrl } from '../../src/text/safe-url.js';
import type { ViewContext } from './view-context.js';

/** An assessment with the name it is shown under ("Gründerens egenvurdering"). */
export interface LabelledAssessment {
  label: string;
  assessment: Assessment;
}

/**
 * What the reference assessments answered to one criterion, beside this one's radios, e.g.
 * "Gründerens egenvurdering: Dokumentert med egne data". A case officer sees at a glance
 * where the two views differ, and what the other side showed for it: its explanation, why it
 * found the criterion not applicable, and its evidence links. A link is made only from an
 * address `safeUrl` accepts; anything else is shown as text.
 */
export function referenceAnswers(
  ctx: ViewContext,
  criterion: Criterion,
  references: readonly LabelledAssessment[],
): TemplateResult | typeof nothing {
  if (references.length === 0) return nothing;
  return html`
    <ul class="references">
      ${references.map(({ label, assessment }) => {
        const state = criterionState(ctx.framework, criterion, assessment.answers);
        const answer =
          state.kind === 'value'
            ? ctx.text(state.level.label)
            : state.kind === 'not-applicable'
              ? ctx.t('notApplicable')
              : ctx.t('referenceUnanswered');
        const own = Object.prototype.hasOwnProperty.call(assessment.answers, criterion.id)
          ? assessment.answers[criterion.id]
          : undefined;
        const reason = own?.notApplicable === true ? own.reason?.trim() : undefined;
        const links = own?.evidence ?? [];
        return html`<li>
          ${ctx.t('referenceAnswer', { who: label, answer })}
          ${reason ? html`<br />${ctx.t('referenceReason')} <q>${reason}</q>` : nothing}
          ${own?.comment ? html`<br />${ctx.t('referenceExplanation')} <q>${own.comment}</q>` : nothing}
          ${links.length > 0
            ? html`<br />${ctx.t('referenceEvidence')}
                <ul class="reference-links">
                  ${links.map((link) => {
                    const href = safeUrl(link, ['https:', 'http:']);
                    return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer">${link}</a>` : link}</li>`;
                  })}
                </ul>`
            : nothing}
        </li>`;
      })}
    </ul>
  `;
}
