import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '../../src/assessment/types.js';
import type { Criterion } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import type { ViewContext } from './view-context.js';

/** An assessment with the name it is shown under ("Entreprenørens egenvurdering"). */
export interface LabelledAssessment {
  label: string;
  assessment: Assessment;
}

/**
 * What the reference assessments answered to one criterion, beside this one's radios, e.g.
 * "Entreprenørens egenvurdering: Dokumentert med egne data". A case officer sees at a glance
 * where the two views differ, with the other side's justification where it wrote one.
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
        return html`<li>
          ${ctx.t('referenceAnswer', { who: label, answer })}
          ${own?.comment ? html`<q>${own.comment}</q>` : nothing}
        </li>`;
      })}
    </ul>
  `;
}
