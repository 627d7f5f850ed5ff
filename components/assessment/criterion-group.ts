import { nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import type { Answer, Mode } from '../../src/assessment/types.js';
import { allowsNotApplicable, effectiveScale } from '../../src/framework/criterion-rules.js';
import type { Criterion } from '../../src/framework/types.js';
import { criterionState } from '../../src/scoring/criterion-state.js';
import { buildLevelRadios, levelTexts, type LevelOption } from './level-radios.js';
import type { answerNotes, AnswerNotesProps } from './answer-notes.js';
import { referenceAnswers, type LabelledAssessment } from './reference-answers.js';
import type { SharedDescriptions } from './shared-descriptions.js';
import type { ViewContext } from './view-context.js';

/** The radio key of "not applicable"; level keys are their values, so it cannot clash. */
const NOT_APPLICABLE_KEY = 'not-applicable';

/** What one criterion's group needs from the element. */
export interface CriterionGroupProps {
  criterion: Criterion;
  answers: Readonly<Record<string, Answer>>;
  /** Other assessments to show beside this one's answer (e.g. the entrepreneur's own). */
  references: readonly LabelledAssessment[];
  /** The form's level descriptions, for this framework and language. */
  descriptions: SharedDescriptions;
  /** Who answers: help texts speak to the applicant (`self`) or the assessor (`official`). */
  mode: Mode;
  /**
   * The explanation, evidence links and, for "not applicable", the reason, with what renders
   * them; `undefined` while their module is on its way (they follow an answer, so the form
   * loads them after start-up).
   */
  notes: (Omit<AnswerNotesProps, 'criterion' | 'answer' | 'mode'> & { render: typeof answerNotes }) | undefined;
  /**
   * The user picked a level, or "not applicable". The explanation and links already on the
   * answer are kept; a reason is kept while the answer stays "not applicable".
   */
  onAnswer(criterionId: string, answer: Answer): void;
}

/** Everything the group shows, resolved to plain strings in the view's language. */
interface GroupView {
  /** Anything whose change means the group must be built again; compared item by item. */
  identity: readonly unknown[];
  /**
   * Anything whose change means only the group's texts change (the language); compared item
   * by item. The group is then relabelled in place, so a radio that has focus keeps it.
   */
  wording: readonly unknown[];
  id: string;
  title: string;
  help: string;
  options: LevelOption[];
  descriptions: SharedDescriptions;
  /** The key of the checked radio, if any. */
  checked: string | undefined;
  /** "Chosen: <label>." and the level's description, or the not-answered note. */
  chosen: { heading: string; description: string } | { note: string };
  /** References and the answer's notes, rendered by Lit into the group's last child. */
  extras: TemplateResult[];
  onChoose(key: string): void;
}

/**
 * One criterion as a native radio group: a `<fieldset>` whose `<legend>` is the criterion's
 * title, so the group's accessible name is that title; one radio per level, named by the
 * level's label (its description attached with `aria-describedby`), and "not applicable"
 * where the framework allows it. Arrow keys move within the group and Tab moves on, as
 * browsers do natively; nothing here re-implements that.
 */
export function criterionGroup(ctx: ViewContext, props: CriterionGroupProps): DirectiveResult {
  const { criterion, answers } = props;
  const id = criterion.id;
  const scale = effectiveScale(ctx.framework, criterion);
  const answer = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  const state = criterionState(ctx.framework, criterion, answers);

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

  const chosen =
    state.kind === 'value'
      ? {
          heading: ctx.t('chosenLevel', { label: ctx.text(state.level.label) }),
          description: ctx.text(state.level.description),
        }
      : state.kind === 'not-applicable'
        ? {
            heading: ctx.t('chosenLevel', { label: ctx.t('notApplicable') }),
            description: hasReason(answer) ? ctx.t('notApplicableDescription') : ctx.t('reasonMissing'),
          }
        : // The notes come with the answer; say so where they will appear.
          { note: notChosenNote(ctx, props.mode) };

  const references = referenceAnswers(ctx, criterion, props.references);
  const notes = props.notes ? props.notes.render(ctx, { ...props.notes, criterion, answer, mode: props.mode }) : nothing;
  // The assessor's help where there is one; the applicant's help otherwise.
  const help = props.mode === 'official' ? ctx.text(criterion.assessorHelp) || ctx.text(criterion.help) : ctx.text(criterion.help);

  return criterionFieldset({
    identity: [ctx.framework, criterion],
    wording: [ctx.lang, props.descriptions],
    id,
    title: ctx.text(criterion.title),
    help,
    options,
    descriptions: props.descriptions,
    checked:
      state.kind === 'value' ? String(state.level.value) : state.kind === 'not-applicable' ? NOT_APPLICABLE_KEY : undefined,
    chosen,
    extras: [references, notes].filter((item): item is TemplateResult => item !== nothing),
    onChoose: chooseHandler(id, scale.levels, answer, props.onAnswer),
  });
}

/**
 * What a radio's choice does: the new answer, keeping the explanation and links already on
 * it (and the reason while it stays "not applicable"). Made apart from the group's view so
 * that the handler a group keeps holds these four values, not the whole render's props.
 */
function chooseHandler(
  id: string,
  levels: readonly { value: number }[],
  answer: Answer | undefined,
  onAnswer: CriterionGroupProps['onAnswer'],
): GroupView['onChoose'] {
  const choose = (next: Answer) => {
    const kept: Answer = { ...next };
    if (answer?.comment !== undefined) kept.comment = answer.comment;
    if (answer?.evidence !== undefined) kept.evidence = answer.evidence;
    if (kept.notApplicable === true && answer?.notApplicable === true && answer.reason !== undefined) {
      kept.reason = answer.reason;
    }
    onAnswer(id, kept);
  };
  return (key) => {
    if (key === NOT_APPLICABLE_KEY) return choose({ notApplicable: true });
    const level = levels.find((candidate) => String(candidate.value) === key);
    if (level) choose({ value: level.value });
  };
}

/**
 * The not-answered line, made once per view and mode: every open criterion shows the same
 * words, and one string shared by 200 groups is one string on the heap, not 200.
 */
const notChosenNotes = new WeakMap<ViewContext, Partial<Record<Mode, string>>>();

function notChosenNote(ctx: ViewContext, mode: Mode): string {
  let notes = notChosenNotes.get(ctx);
  if (!notes) notChosenNotes.set(ctx, (notes = {}));
  return (notes[mode] ??= `${ctx.t('notChosen')} ${ctx.t(mode === 'official' ? 'notesLaterOfficial' : 'notesLaterSelf')}`);
}

/**
 * Builds a criterion's `<fieldset>` with plain DOM calls once, then only patches it: the
 * checked radio and the chosen-level paragraph. A framework may have 300 criteria of 6
 * radios each; as Lit templates every radio and text cost marker comments, parts and a
 * listener of its own, which made the DOM 4–5 × the size of plain radio groups. Built here
 * it is the same DOM as hand-written markup, with one `change` listener per group. The
 * group's children never change after it is built (only text inside them does), which
 * keeps the browser from rebuilding the group's layout on every answer.
 *
 * Texts go in as `textContent`, so framework text never becomes markup. References and the
 * answer's notes, which have inputs of their own, are a Lit template rendered into the
 * group's last child.
 */
class CriterionFieldsetDirective extends Directive {
  private fieldset?: HTMLFieldSetElement;
  private inputs: HTMLInputElement[] = [];
  private legend?: HTMLLegendElement;
  private helpParagraph?: HTMLParagraphElement;
  private chosenParagraph?: HTMLParagraphElement;
  private shownChosen?: GroupView['chosen'];
  private extrasContainer?: HTMLDivElement;
  /** Whether anything was ever rendered into the extras container. */
  private extrasShown = false;
  private identity: readonly unknown[] = [];
  private wording: readonly unknown[] = [];
  /** The latest view's answer handler; the rest of the view is not kept once shown. */
  private onChoose?: GroupView['onChoose'];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('criterionFieldset() belongs in a child position');
  }

  /** Without a DOM to build in there is nothing to show; the element renders only in a browser. */
  render(_view: GroupView): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [view]: [GroupView]): HTMLFieldSetElement {
    this.onChoose = view.onChoose;
    let fieldset = this.fieldset;
    if (
      !fieldset ||
      !sameItems(this.identity, view.identity) ||
      (!sameItems(this.wording, view.wording) && !this.relabel(view))
    ) {
      fieldset = this.build(part.parentNode.ownerDocument ?? document, view);
    }
    this.identity = view.identity;
    this.wording = view.wording;
    // Set on every update, as `live()` would: the DOM follows the answer also after a later
    // change (start over, an imported file) that the radios themselves did not make.
    for (const input of this.inputs) input.checked = input.value === view.checked;
    this.showChosen(view.chosen);
    this.showExtras(view.extras);
    return fieldset;
  }

  private build(doc: Document, view: GroupView): HTMLFieldSetElement {
    const fieldset = doc.createElement('fieldset');
    fieldset.className = 'criterion';
    fieldset.setAttribute('part', 'criterion');
    const legend = doc.createElement('legend');
    legend.textContent = view.title;
    fieldset.append(legend);
    this.legend = legend;
    this.helpParagraph = undefined;
    if (view.help) {
      const help = doc.createElement('p');
      help.className = 'help';
      help.id = `help-${view.id}`;
      help.textContent = view.help;
      fieldset.setAttribute('aria-describedby', help.id);
      fieldset.append(help);
      this.helpParagraph = help;
    }
    // Only the descriptions go into the closure: the listener below shares its scope, and a
    // closure over `view` kept every group's whole first view (options, texts) alive.
    const descriptions = view.descriptions;
    const radios = buildLevelRadios(doc, {
      name: `criterion-${view.id}`,
      options: view.options,
      descriptionId: (description) => descriptions.idFor(description),
    });
    radios.element.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.checked) this.onChoose?.(input.value);
    });
    this.inputs = radios.inputs;
    this.chosenParagraph = doc.createElement('p');
    this.shownChosen = undefined;
    // The container of the references and notes is there from the start, empty until an
    // answer brings notes: adding a child to a <fieldset> later made Chromium rebuild the
    // whole group's layout objects (its radios included) on the first answer, traced at
    // twice the layout of the answer itself.
    this.extrasContainer = doc.createElement('div');
    this.extrasContainer.className = 'extras';
    this.extrasShown = false;
    fieldset.append(radios.element, this.chosenParagraph, this.extrasContainer);
    this.fieldset = fieldset;
    return fieldset;
  }

  /**
   * Puts the view's texts into the group as built: its title, help, the radios' labels and
   * descriptions. Returns false when the group's shape would have to change (a help text
   * that comes or goes, other radios), and then it must be built again.
   */
  private relabel(view: GroupView): boolean {
    const { legend, inputs } = this;
    if (!legend || Boolean(this.helpParagraph) !== Boolean(view.help) || inputs.length !== view.options.length) return false;
    if (!view.options.every((option, index) => inputs[index]?.value === option.key)) return false;
    legend.textContent = view.title;
    if (this.helpParagraph) this.helpParagraph.textContent = view.help;
    view.options.forEach((option, index) => {
      const input = inputs[index]!;
      const { label, description } = levelTexts(input);
      if (label) label.textContent = option.label;
      if (description instanceof HTMLElement) {
        description.textContent = option.description;
        description.hidden = option.description === '';
      }
      if (option.description) input.setAttribute('aria-describedby', view.descriptions.idFor(option.description));
      else input.removeAttribute('aria-describedby');
    });
    return true;
  }

  private showChosen(chosen: GroupView['chosen']): void {
    const paragraph = this.chosenParagraph;
    if (!paragraph || sameChosen(this.shownChosen, chosen)) return;
    this.shownChosen = chosen;
    if ('note' in chosen) {
      paragraph.className = 'chosen not-chosen';
      paragraph.textContent = chosen.note;
      return;
    }
    paragraph.className = 'chosen';
    const heading = paragraph.ownerDocument.createElement('strong');
    heading.textContent = chosen.heading;
    paragraph.replaceChildren(heading, chosen.description ? ` ${chosen.description}` : '');
  }

  private showExtras(extras: GroupView['extras']): void {
    const container = this.extrasContainer;
    // Lit's render leaves a marker in the container: none until there is something to show.
    if (!container || (extras.length === 0 && !this.extrasShown)) return;
    this.extrasShown = true;
    render(extras, container);
  }
}

/** Whether a "not applicable" answer says why; only then is the criterion dealt with. */
function hasReason(answer: Answer | undefined): boolean {
  return answer?.notApplicable === true && typeof answer.reason === 'string' && answer.reason.trim() !== '';
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameChosen(a: GroupView['chosen'] | undefined, b: GroupView['chosen']): boolean {
  if (!a) return false;
  if ('note' in a || 'note' in b) return 'note' in a && 'note' in b && a.note === b.note;
  return a.heading === b.heading && a.description === b.description;
}

const criterionFieldset = directive(CriterionFieldsetDirective);
