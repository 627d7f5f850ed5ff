import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { state } from 'lit/decorators.js';
import type { Answer, Assessment } from '../../src/assessment/types.js';
import type { Dimension, Framework } from '../../src/framework/types.js';
import type { Lang } from '../../src/text/lang.js';
import type { AnswerNotesEdits } from '../assessment/answer-notes-edits.js';
import { AssessmentPart } from '../assessment/assessment-part.js';
import { assessmentStyles } from '../assessment/assessment.styles.js';
import type { AssessmentContext } from '../assessment/assessment-context.js';
import { criterionGroup, type CriterionGroupProps } from '../assessment/criterion-group.js';
import { NarrowLayout } from '../assessment/narrow-layout.js';
import { offerForm } from '../assessment/offer-form.js';
import { axisProgress, overallProgress } from '../assessment/progress.js';
import { SharedDescriptions } from '../assessment/shared-descriptions.js';
import type { ViewContext } from '../assessment/view-context.js';
import { updateAfterPending } from '../base/update-after-pending.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { focusFirstQuestion } from './first-question.js';
import { NotesArrival } from './notes-arrival.js';

/**
 * The offer's details and the criteria of the `<mv-assessment>` it is placed in: one radio
 * group per criterion, grouped by area, with a navigation between the areas.
 *
 * Place it anywhere inside an `<mv-assessment>` (in the page's own layout); it finds the
 * assessment through `@lit/context` and every answer goes to that assessment, which saves
 * the draft and fires `mv-change`. Outside an assessment it renders nothing.
 *
 * Narrower than 560 px (its own width, so a narrow column counts too) it shows one area at a
 * time, with "Forrige område" / "Neste område"; a button switches between that and every
 * area. Moving to an area puts the keyboard focus on the area's first question, and the last
 * area ends with a note that says whether every criterion is answered.
 *
 * Accessible structure: each criterion is a `<fieldset>` radio group named by its title; each
 * radio's name begins with its level's label; "Ikke relevant" / "Ikkje relevant" / "Not
 * applicable" where allowed.
 *
 * @summary The offer's fields and the criteria of the assessment it sits in.
 *
 * @csspart criterion - One criterion's `<fieldset>`.
 * @csspart button - Every button (area navigation, previous and next area).
 */
export class MvAssessmentForm extends AssessmentPart {
  static override styles = [sharedStyles, assessmentStyles, AssessmentPart.partStyles];

  /** The user's choice between one area at a time and all areas; `undefined` follows the width. */
  @state() private showAllChoice?: boolean;
  @state() private orgNumberTouched = false;

  private readonly layout = new NarrowLayout(this);
  /** The notes of the answers (reason, explanation, evidence links) as they are typed; made when their module arrives. */
  private notes?: AnswerNotesEdits;
  private readonly notesArrival = new NotesArrival(this, (module) => {
    this.notes = new module.AnswerNotesEdits(
      this,
      (id) => ownAnswer(this.shared?.assessment.answers ?? {}, id),
      (id, answer, { quiet }) => this.shared?.actions.answer(id, answer, { announce: !quiet }),
    );
  });
  /** The area whose first question takes the focus once it is on screen. */
  private focusAreaAfterRender?: number;
  /** The level descriptions the radios point at, and the framework and language they are for. */
  private sharedDescriptions?: { framework: Framework; lang: Lang; descriptions: SharedDescriptions };
  /** The document last shown: a new one (started over, imported) clears what was typed but refused. */
  private shownCreatedAt?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const createdAt = this.shared?.assessment.createdAt;
    if (createdAt !== this.shownCreatedAt) {
      if (this.shownCreatedAt !== undefined) {
        this.notes?.clear();
        this.orgNumberTouched = false;
      }
      this.shownCreatedAt = createdAt;
    }
    // An answer on screen has notes to show: their module is needed now.
    // (Asked once: after that, this check stays off the path of every answer.)
    const answers = this.shared?.assessment.answers;
    if (!this.notesArrival.module && answers && hasAnyAnswer(answers)) this.notesArrival.request();
  }

  /** Also waits for the notes' module while it is on its way, so that a finished update shows the notes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return updateAfterPending(
      await super.getUpdateComplete(),
      () => this.notesArrival.pending,
      () => super.getUpdateComplete(),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAreaAfterRender;
    const shared = this.shared;
    if (target === undefined || !shared) return;
    if (this.paged && shared.areaIndex !== target) return; // the area is not on screen yet
    this.focusAreaAfterRender = undefined;
    const id = shared.framework.dimensions[target]?.id;
    const area = id ? this.renderRoot.querySelector<HTMLElement>(`section.axis[data-axis="${CSS.escape(id)}"]`) : null;
    if (area) focusFirstQuestion(area);
  }

  /** Whether the form shows one area at a time. */
  private get paged(): boolean {
    return this.showAllChoice === undefined ? this.layout.narrow : !this.showAllChoice;
  }

  override render(): TemplateResult | typeof nothing {
    const shared = this.shared;
    if (!shared) return nothing;
    const ctx = this.viewContext(shared);
    const official = shared.mode === 'official';
    return html`<div class="form" lang=${this.resolvedLang}>
      ${offerForm(ctx, {
        offer: shared.assessment.offer,
        orgNumberTouched: this.orgNumberTouched,
        onChange: (changes) => shared.actions.changeOffer(changes),
        onOrgNumberBlur: () => (this.orgNumberTouched = true),
      })}
      ${this.renderAreas(ctx, shared, official)}
      ${this.levelDescriptions(ctx).element}
    </div>`;
  }

  /** The form's shared level descriptions, made anew for another framework or language. */
  private levelDescriptions(ctx: ViewContext): SharedDescriptions {
    const kept = this.sharedDescriptions;
    if (kept && kept.framework === ctx.framework && kept.lang === ctx.lang) return kept.descriptions;
    const descriptions = new SharedDescriptions(this.ownerDocument, 'level-description');
    this.sharedDescriptions = { framework: ctx.framework, lang: ctx.lang, descriptions };
    return descriptions;
  }

  private renderAreas(ctx: ViewContext, shared: AssessmentContext, official: boolean): TemplateResult {
    const current = shared.assessment;
    const dimensions = ctx.framework.dimensions;
    const paged = this.paged;
    const index = Math.max(0, Math.min(shared.areaIndex, dimensions.length - 1));
    const shown = paged ? dimensions.slice(index, index + 1) : dimensions;
    const last = index === dimensions.length - 1;
    return html`
      <section class="criteria" aria-labelledby="criteria-heading">
        <h3 id="criteria-heading">${this.t('criteriaHeading')}</h3>
        <nav class="axes-nav" aria-label=${this.t('axesNav')}>
          <ol>
            ${dimensions.map((dimension, position) => {
              const { answered, total } = axisProgress(ctx.framework, dimension, current.answers);
              return html`<li>
                <button
                  type="button"
                  part="button"
                  aria-current=${ifDefined(paged && position === index ? 'step' : undefined)}
                  @click=${() => this.goToArea(shared, position)}
                >
                  <span>${ctx.text(dimension.short) || ctx.text(dimension.title)}</span>
                  <span class="count">${this.t('answeredCount', { answered, total })}</span>
                </button>
              </li>`;
            })}
          </ol>
          <button type="button" part="button" class="toggle" @click=${() => (this.showAllChoice = paged)}>
            ${paged ? this.t('showAll') : this.t('showOne')}
          </button>
        </nav>
        ${shown.map((dimension) => this.renderArea(ctx, shared, dimension, official))}
        ${paged
          ? html`<div class="pager">
              ${index > 0
                ? html`<button type="button" part="button" @click=${() => this.goToArea(shared, index - 1)}>
                    ${this.t('previous')}
                  </button>`
                : nothing}
              <span>${this.t('axisPosition', { n: index + 1, total: dimensions.length })}</span>
              ${!last
                ? html`<button type="button" part="button" @click=${() => this.goToArea(shared, index + 1)}>
                    ${this.t('next')}
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${!paged || last ? this.renderDone(ctx, current) : nothing}
      </section>
    `;
  }

  /**
   * The word at the end of the last area: done, or how much is left. Without it a visitor on
   * a phone reached the last area's last question and could not tell whether anything else
   * was expected.
   */
  private renderDone(ctx: ViewContext, current: Assessment): TemplateResult {
    const { answered, total } = overallProgress(ctx.framework, current.answers);
    const done = total > 0 && answered === total;
    return html`<p class="done ${done ? 'complete' : ''}">
      ${done ? this.t('doneComplete') : this.t('doneRemaining', { answered, total })}
    </p>`;
  }

  private renderArea(ctx: ViewContext, shared: AssessmentContext, dimension: Dimension, official: boolean): TemplateResult {
    // Official mode changes which notes a group offers (justification instead of explanation).
    const current = shared.assessment;
    const { answered, total } = axisProgress(ctx.framework, dimension, current.answers);
    const headingId = `axis-${dimension.id}`;
    const references = shared.references;
    return html`
      <section class="axis" aria-labelledby=${headingId} data-axis=${dimension.id}>
        <h4 id=${headingId} tabindex="-1">${ctx.text(dimension.title)}</h4>
        ${dimension.description ? html`<p class="axis-description">${ctx.text(dimension.description)}</p>` : nothing}
        <p class="axis-progress">${this.t('progressAxis', { axis: ctx.text(dimension.title), answered, total })}</p>
        ${dimension.criteria.map((criterion) =>
          // An answer re-renders only its own group: answers keep their identity when another
          // criterion changes, so the other groups' templates are not evaluated again. On a
          // long framework that is most of the work of a click.
          guard(
            [
              // The criterion itself first: in one-area-at-a-time layout the same template
              // slots show another area's criteria, and a guard that did not see the
              // criterion change kept the previous area's questions on screen.
              criterion,
              ownAnswer(current.answers, criterion.id),
              references,
              ctx.lang,
              ctx.framework,
              official,
              this.notesArrival.module,
              this.notes?.draftFor(criterion.id),
            ],
            () =>
              criterionGroup(ctx, {
                criterion,
                answers: current.answers,
                descriptions: this.levelDescriptions(ctx),
                references,
                onAnswer: this.answerCriterion,
                mode: shared.mode,
                notes: this.notesProps(criterion.id),
              }),
          ),
        )}
      </section>
    `;
  }

  /**
   * Records a criterion's answer in the shared assessment. One function for every group: with
   * 200 criteria a handler made per group and render was 200 closures, each holding its
   * group's props, on the heap.
   */
  private readonly answerCriterion = (id: string, answer: Answer): void => {
    this.shared?.actions.answer(id, answer);
  };

  /** The notes' handlers, made once per notes' edits (made when their module arrives); they take the criterion's id. */
  private notesHandlers?: { notes: AnswerNotesEdits; handlers: Omit<NonNullable<CriterionGroupProps['notes']>, 'draft'> };

  /** What a criterion's notes need, once their module is here. */
  private notesProps(criterionId: string): CriterionGroupProps['notes'] {
    const module = this.notesArrival.module;
    const notes = this.notes;
    if (!module || !notes) return undefined;
    let kept = this.notesHandlers;
    if (kept?.notes !== notes) {
      kept = this.notesHandlers = {
        notes,
        handlers: {
          render: module.answerNotes,
          onComment: (id, comment) => notes.comment(id, comment),
          onReason: (id, reason) => notes.reason(id, reason),
          onEvidence: (id, index, typed, done) => notes.evidence(id, index, typed, done),
          onRemoveEvidence: (id, index, then) => notes.removeEvidence(id, index, then),
        },
      };
    }
    return { ...kept.handlers, draft: notes.draftFor(criterionId) };
  }

  /** Shows an area and puts the focus on its first question once it is on screen. */
  private goToArea(shared: AssessmentContext, position: number): void {
    const count = shared.framework.dimensions.length;
    const target = Math.max(0, Math.min(position, count - 1));
    this.focusAreaAfterRender = target;
    if (shared.areaIndex === target) this.requestUpdate();
    else shared.actions.goToArea(target);
  }
}

/** Whether any criterion is answered; stops at the first answer rather than listing them all. */
function hasAnyAnswer(answers: Readonly<Record<string, Answer>>): boolean {
  for (const id in answers) if (Object.prototype.hasOwnProperty.call(answers, id)) return true;
  return false;
}

/** A criterion's own answer, read safely whatever the id (even `__proto__`). */
function ownAnswer(answers: Readonly<Record<string, Answer>>, id: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-assessment-form': MvAssessmentForm;
  }
}
