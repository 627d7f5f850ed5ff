import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer } from '../../src/assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import type { Criterion } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { officialFields, type OfficialFieldsProps } from './official-fields.js';
import { referenceAnswers, type LabelledAssessment } from './reference-answers.js';
import type { ViewContext } from './view-context.js';

/** What one criterion's group needs from the element. */
export interface CriterionGroupProps {
  criterion: Criterion;
  answers: Readonly<Record<string, Answer>>;
  /** Other assessments to show beside this one's answer (e.g. the entrepreneur's own). */
  references: readonly LabelledAssessment[];
  /** Present in `official` mode: the justification and evidence fields. */
  official?: Omit<OfficialFieldsProps, 'criterion' | 'answer'>;
  /** The user picked a level, or "not applicable". Notes already on the answer are kept. */
  onAnswer(criterionId: string, answer: Answer): void;
}

/**
 * One criterion as a native radio group: a `<fieldset>` whose `<legend>` is the criterion's
 * title, so the group's accessible name is that title; one radio per level, named by the
 * level's label (its description attached with `aria-describedby`), and "not applicable"
 * where the framework allows it. Arrow keys move within the group and Tab moves on, as
 * browsers do natively; nothing here re-implements that.
 */
export function criterionGroup(ctx: ViewContext, props: CriterionGroupProps): TemplateResult {
  const { criterion, answers } = props;
  const id = criterion.id;
  const scale = effectiveScale(ctx.framework, criterion);
  const answer = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  const state = criterionState(ctx.framework, criterion, answers);
  const name = `criterion-${id}`;
  const help = ctx.text(criterion.help);
  const helpId = `help-${id}`;
  const notes = { comment: answer?.comment, evidence: answer?.evidence };

  const choose = (next: Answer) => {
    const kept: Answer = { ...next };
    if (notes.comment !== undefined) kept.comment = notes.comment;
    if (notes.evidence !== undefined) kept.evidence = notes.evidence;
    props.onAnswer(id, kept);
  };

  const chosen =
    state.kind === 'value'
      ? { label: ctx.text(state.level.label), description: ctx.text(state.level.description) }
      : state.kind === 'not-applicable'
        ? { label: ctx.t('notApplicable'), description: ctx.t('notApplicableDescription') }
        : undefined;

  return html`
    <fieldset class="criterion" part="criterion" aria-describedby=${help ? helpId : nothing}>
      <legend>${ctx.text(criterion.title)}</legend>
      ${help ? html`<p class="help" id=${helpId}>${help}</p>` : nothing}
      <div class="levels">
        ${scale.levels.map((level, index) => {
          const description = ctx.text(level.description);
          const descriptionId = `level-${id}-${index}`;
          return html`
            <label class="level">
              <input
                type="radio"
                name=${name}
                .checked=${live(state.kind === 'value' && state.level.value === level.value)}
                aria-describedby=${description ? descriptionId : nothing}
                @change=${() => choose({ value: level.value })}
              />
              <span>${ctx.text(level.label)}</span>
            </label>
            ${description ? html`<span id=${descriptionId} hidden>${description}</span>` : nothing}
          `;
        })}
        ${allowsNotApplicable(ctx.framework, criterion)
          ? html`
              <label class="level not-applicable">
                <input
                  type="radio"
                  name=${name}
                  .checked=${live(state.kind === 'not-applicable')}
                  aria-describedby=${`na-${id}`}
                  @change=${() => choose({ notApplicable: true })}
                />
                <span>${ctx.t('notApplicable')}</span>
              </label>
              <span id=${`na-${id}`} hidden>${ctx.t('notApplicableDescription')}</span>
            `
          : nothing}
      </div>
      ${chosen
        ? html`<p class="chosen">
            <strong>${ctx.t('chosenLevel', { label: chosen.label })}</strong>
            ${chosen.description}
          </p>`
        : nothing}
      ${referenceAnswers(ctx, criterion, props.references)}
      ${props.official ? officialFields(ctx, { ...props.official, criterion, answer }) : nothing}
    </fieldset>
  `;
}
