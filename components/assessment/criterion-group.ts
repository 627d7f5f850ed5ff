import { html, nothing, type TemplateResult } from 'lit';
import type { Answer } from '../../src/assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import type { Criterion } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { levelRadios, type LevelOption } from './level-radios.js';
import { officialFields, type OfficialFieldsProps } from './official-fields.js';
import { referenceAnswers, type LabelledAssessment } from './reference-answers.js';
import type { ViewContext } from './view-context.js';

/** The radio key of "not applicable"; level keys are their values, so it cannot clash. */
const NOT_APPLICABLE_KEY = 'not-applicable';

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

  const options: LevelOption[] = scale.levels.map((level) => ({
    key: String(level.value),
    label: ctx.text(level.label),
    description: ctx.text(level.description),
  }));
  if (allowsNotApplicable(ctx.framework, criterion)) {
    options.push({
      key: NOT_APPLICABLE_KEY,
      label: ctx.t('notApplicable'),
      description: ctx.t('notApplicableDescription'),
      className: 'not-applicable',
    });
  }
  const checked =
    state.kind === 'value' ? String(state.level.value) : state.kind === 'not-applicable' ? NOT_APPLICABLE_KEY : undefined;

  return html`
    <fieldset class="criterion" part="criterion" aria-describedby=${help ? helpId : nothing}>
      <legend>${ctx.text(criterion.title)}</legend>
      ${help ? html`<p class="help" id=${helpId}>${help}</p>` : nothing}
      ${levelRadios({
        name,
        idPrefix: `level-${id}`,
        options,
        checked,
        identity: [ctx.framework, criterion, ctx.lang],
        onChoose: (key) => {
          if (key === NOT_APPLICABLE_KEY) return choose({ notApplicable: true });
          const level = scale.levels.find((candidate) => String(candidate.value) === key);
          if (level) choose({ value: level.value });
        },
      })}
      <p class=${chosen ? 'chosen' : 'chosen not-chosen'}>
        ${chosen
          ? html`<strong>${ctx.t('chosenLevel', { label: chosen.label })}</strong> ${chosen.description}`
          : ctx.t('notChosen')}
      </p>
      ${referenceAnswers(ctx, criterion, props.references)}
      ${props.official ? officialFields(ctx, { ...props.official, criterion, answer }) : nothing}
    </fieldset>
  `;
}
