import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import { parseAssessment } from '../../src/assessment/parse-assessment.js';
import type { Answer, Assessment, Mode, Offer } from '../../src/assessment/types.js';
import { withAnswer, withOffer, withScores } from '../../src/assessment/update.js';
import type { Dimension, Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';
import type { Lang } from '../../src/text/lang.js';
import { MvElement } from '../base/mv-element.js';
import { formatScore } from '../i18n/number-format.js';
import { sharedStyles } from '../styles/shared-styles.js';
import '../transfer/define.js';
import { printHostStyles } from '../transfer/print-host-styles.js';
import { AnswerNotesEdits } from './answer-notes-edits.js';
import { assessmentMessages, type AssessmentMessageKey } from './assessment.messages.js';
import type { AssessmentEventDetail, MvErrorDetail } from './assessment-events.js';
import { assessmentStyles } from './assessment.styles.js';
import { criterionGroup } from './criterion-group.js';
import { draftNotes } from './draft-notes.js';
import { defaultDraftKey } from './draft-store.js';
import { DraftSync } from './draft-sync.js';
import { FrameworkLoader, type FrameworkLoadState } from './framework-loader.js';
import { LiveAnnouncer } from './live-announcer.js';
import { NarrowLayout } from './narrow-layout.js';
import { offerForm } from './offer-form.js';
import { failureMessage, loadFailureAlert, problemsAlert } from './problem-alert.js';
import { axisProgress, overallProgress } from './progress.js';
import type { LabelledAssessment } from './reference-answers.js';
import { ownLabel, referenceLabel } from './series-labels.js';
import { SharedDescriptions } from './shared-descriptions.js';
import { summaryView } from './summary-view.js';
import type { ViewContext } from './view-context.js';

export type { AssessmentEventDetail, MvErrorDetail } from './assessment-events.js';

/**
 * The whole self-assessment: the framework's criteria as radio groups, grouped by axis, the
 * offer's details, a live radar with the kommune's target ring, progress, and a summary with
 * strengths, gaps, guidance and whom in the kommune to contact.
 *
 * @summary A self-assessment of an offered welfare service against a kommune's goals, drawn as a radar.
 *
 * The framework comes from the `framework` property, else an inline
 * `<script type="application/json">` child, else `framework-src`, else the built-in default.
 * A framework that cannot be used is never half shown: a `role="alert"` box lists every
 * problem with its JSON path, and `mv-error` fires.
 *
 * With `storage="local"` (the default) every change is saved as a draft in the browser and
 * restored after a reload, with a note and a way to start over. A draft that cannot be read is
 * moved aside to a `…:corrupt:<timestamp>` key, never deleted; storage that is disabled or
 * full is reported, and the form keeps working; a newer draft saved in another tab is offered
 * to the user rather than overwritten.
 *
 * Accessible structure: each criterion is a `<fieldset>` radio group named by its title; each
 * radio's name begins with its level's label, and what the level means is shown under it;
 * "Ikke relevant" / "Ikkje relevant" / "Not applicable" where allowed (never on a `required`
 * criterion), which opens a required field for the reason. Each criterion also takes an
 * explanation and up to five evidence links. Score changes are announced in one polite live
 * region, after the user pauses. Wherever a score is shown, so is its basis.
 *
 * @fires {CustomEvent<{ assessment: Assessment }>} mv-change - Detail `{ assessment }`: after
 *   every answer, every change to the offer's fields and notes, and when the user starts over or
 *   takes another tab's version of the draft. Not fired when the page sets `assessment` itself.
 * @fires {CustomEvent<{ assessment: Assessment }>} mv-complete - Detail `{ assessment }`: when the
 *   last criterion is answered or marked not applicable; again if it becomes incomplete and complete
 *   once more. Not fired for a document that is complete when loaded.
 * @fires {CustomEvent<{ assessment: Assessment }>} mv-submit - Cancelable, detail
 *   `{ assessment }`: when the user presses "Send inn" (shown only with `submit-url`); cancel it to stop the POST.
 *   Results travel through the actions bar: JSON and CSV downloads, a printed report, file import,
 *   share links (`#mv=…` in the page's address opens one) and submission; see
 *   `<mv-assessment-actions>`.
 * @fires {CustomEvent<{ code: string; message: string; path?: string }>} mv-error - Detail
 *   `{ code, message, path? }`: once per error in an unusable framework or assessment document (`code`
 *   and `path` from the problem), or when a framework cannot be loaded (`code` is
 *   `framework-not-found`, `framework-server-error`, `framework-timeout`, `framework-network` or
 *   `framework-not-json`). `message` is in the element's language.
 *
 * @slot - Only for an inline framework: a `<script type="application/json">` child. Nothing is rendered from light DOM.
 *
 * @csspart form - The offer fields and the criteria.
 * @csspart criterion - One criterion's `<fieldset>`.
 * @csspart radar - The `<mv-radar>` chart with its table.
 * @csspart progress - How many criteria are answered, beside the radar (the overall score is under the radar's table).
 * @csspart summary - Strengths, gaps, guidance and contacts.
 * @csspart button - Every button (retry, start over, axis navigation).
 * @csspart alert - A message that the framework or document cannot be used.
 *
 * @cssprop [--mv-font-family] - Font; falls back to `--ds-font-family`, then system-ui.
 * @cssprop [--mv-color-text] - Text colour; falls back to `--ds-color-neutral-text-default`.
 * @cssprop [--mv-color-text-subtle] - Hints and secondary text.
 * @cssprop [--mv-color-background] - Background of inputs and buttons.
 * @cssprop [--mv-color-surface] - Background of notes and the criterion cards.
 * @cssprop [--mv-color-border] - Borders of inputs.
 * @cssprop [--mv-color-border-subtle] - Borders of cards.
 * @cssprop [--mv-color-accent] - Buttons, the chosen radio, the progress bar.
 * @cssprop [--mv-color-accent-text] - Links.
 * @cssprop [--mv-color-on-accent] - Text on the accent colour.
 * @cssprop [--mv-color-danger] - Error messages and the error box's border.
 * @cssprop [--mv-color-success] - The valid organisation number note.
 * @cssprop [--mv-focus-inner] - Inner colour of the two-colour focus ring.
 * @cssprop [--mv-focus-outer] - Outer colour of the two-colour focus ring.
 * @cssprop [--mv-border-radius] - Corner radius of cards, inputs and buttons.
 * @cssprop [--mv-space] - The base spacing unit.
 */
export class MvAssessment extends MvElement {
  static override styles = [sharedStyles, assessmentStyles, printHostStyles];

  /**
   * URL of a framework JSON file, fetched (15 s time-out) when neither the `framework`
   * property nor an inline framework is given.
   */
  @property({ attribute: 'framework-src' }) frameworkSrc?: string;

  /**
   * A framework object; wins over an inline framework and `framework-src`. It is validated
   * like any other framework.
   */
  @property({ attribute: false }) framework?: Framework;

  /**
   * `self` (an entrepreneur's own assessment, the default) or `official` (a case officer:
   * help texts for the assessor, and the reference's explanations and links beside each
   * criterion). Both modes take an explanation and up to five evidence links per criterion.
   */
  @property({ reflect: true }) mode: Mode = 'self';

  /** `local` (the default: drafts autosave in this browser) or `none`. */
  @property() storage: 'local' | 'none' = 'local';

  /** Overrides the draft key, by default `merverdi:draft:<framework id>:<mode>`. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /**
   * Where a submit button will POST the assessment JSON. Stored for the submit flow; without
   * it, nothing ever leaves the browser.
   */
  @property({ attribute: 'submit-url' }) submitUrl?: string;

  /**
   * Other assessments to draw beside this one and show beside each criterion (e.g. the
   * entrepreneur's own while an official scores). Each is validated against the framework
   * and re-scored; one that cannot be used is left out and reported with `mv-error`.
   */
  @property({ attribute: false }) reference: Assessment[] = [];

  /** The assessment on screen; `undefined` until a framework is ready. */
  @state() private current?: Assessment;
  /** Problems of the last document set through `assessment` that could not be used. */
  @state() private assessmentProblems: Problem[] = [];
  /** References that passed validation, each with the name it is shown under. */
  @state() private references: LabelledAssessment[] = [];
  /** The axis shown when one axis is shown at a time. */
  @state() private axisIndex = 0;
  /** The user's choice between one axis at a time and all axes; `undefined` follows the width. */
  @state() private showAllChoice?: boolean;
  @state() private orgNumberTouched = false;

  /** A document given through `assessment` before the framework was ready. */
  private pendingAssessment?: unknown;
  /** Whether the last known state was complete, so `mv-complete` fires once per completion. */
  private wasComplete = false;
  /** The axis heading to focus after the next render (after "next"/"previous"). */
  private focusAxisAfterRender = false;
  /** The level descriptions the radios point at, and the framework and language they are for. */
  private sharedDescriptions?: { framework: Framework; lang: Lang; descriptions: SharedDescriptions };

  private readonly loader = new FrameworkLoader(
    this,
    () => ({ framework: this.framework, src: this.frameworkSrc }),
    (state) => this.frameworkSettled(state),
  );

  private readonly drafts = new DraftSync(this, {
    current: () => this.current,
    replace: (assessment) => this.changeTo(assessment, { save: false }),
  });

  private readonly announcer = new LiveAnnouncer(this);
  private readonly notes = new AnswerNotesEdits(
    this,
    (id) => ownAnswer(this.current?.answers ?? {}, id),
    (id, answer, { quiet }) => this.answer(id, answer, { announce: !quiet }),
  );
  private readonly layout = new NarrowLayout(this);

  /**
   * The assessment document, read and write. Reading gives the current state (treat it as
   * read-only; changes come from the form). Writing loads a document after validating it
   * against the framework and re-scoring it; a document that cannot be used leaves the
   * current one in place, shows its problems and fires `mv-error`.
   */
  get assessment(): Assessment | undefined {
    return this.current;
  }

  set assessment(value: Assessment | undefined) {
    const framework = this.readyFramework;
    if (framework) this.load(value, framework);
    else this.pendingAssessment = value;
  }

  /** `mode` as used: anything but `official` means `self`. */
  private get activeMode(): Mode {
    return this.mode === 'official' ? 'official' : 'self';
  }

  /** The validated framework in use, once it is ready. */
  private get readyFramework(): Framework | undefined {
    return this.loader.state.status === 'ready' ? this.loader.state.framework : undefined;
  }

  /**
   * Also waits for the built-in default framework, which is imported on demand, so that
   * `await element.updateComplete` on an element given no framework yields the rendered form,
   * as it does for a framework given as a property or inline. (A `framework-src` fetch is not
   * awaited: watch for the loading status to go.)
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loader.pendingDefault !== undefined) {
      await this.loader.pendingDefault;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('framework') || changed.has('frameworkSrc')) {
      this.loader.load();
    } else if (
      this.readyFramework &&
      (changed.has('mode') || changed.has('storage') || changed.has('storageKey'))
    ) {
      this.start(this.readyFramework);
    }
    if (changed.has('reference') || changed.has('resolvedLang') || changed.has('mode')) {
      this.validateReferences();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAxisAfterRender) {
      this.focusAxisAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('.axis h4')?.focus();
    }
  }

  // ---- Loading -----------------------------------------------------------------------------

  private frameworkSettled(state: FrameworkLoadState): void {
    if (state.status === 'ready') {
      this.start(state.framework);
      this.validateReferences();
      return;
    }
    this.current = undefined;
    if (state.status === 'invalid') {
      for (const problem of state.problems) {
        if (problem.severity === 'error') this.emitError(problem.code, problem.message[this.resolvedLang], problem.path);
      }
    } else if (state.status === 'failed') {
      const code = {
        'not-found': 'framework-not-found',
        server: 'framework-server-error',
        timeout: 'framework-timeout',
        network: 'framework-network',
        'not-json': 'framework-not-json',
      }[state.failure.kind];
      this.emitError(code, failureMessage(this.viewContext(undefined), state.failure));
    }
  }

  /** Starts (or restarts) the assessment for a ready framework: a given document, a draft, or a new one. */
  private start(framework: Framework): void {
    const key = this.storage === 'none' ? undefined : this.storageKey?.trim() || defaultDraftKey(framework.id, this.activeMode);
    const given = this.pendingAssessment;
    this.pendingAssessment = undefined;
    const draft = this.drafts.start(key, framework, this.activeMode, { restore: given === undefined });
    this.axisIndex = 0;
    this.notes.clear();
    this.assessmentProblems = [];
    if (given !== undefined && this.load(given, framework)) return;
    const carried =
      this.current && this.current.framework.id === framework.id && this.current.mode === this.activeMode
        ? withScores(framework, this.current)
        : undefined;
    this.current = draft ?? carried ?? createAssessment(framework, { mode: this.activeMode, lang: this.resolvedLang });
    this.wasComplete = this.current.completeness === 1;
  }

  /** Loads a document given through `assessment`; false (and problems shown) when it cannot be used. */
  private load(value: unknown, framework: Framework): boolean {
    const { assessment, problems } = parseAssessment(value, framework);
    if (!assessment) {
      this.assessmentProblems = problems;
      for (const problem of problems) {
        if (problem.severity === 'error') this.emitError(problem.code, problem.message[this.resolvedLang], problem.path);
      }
      return false;
    }
    this.assessmentProblems = [];
    this.notes.clear();
    this.current = assessment;
    this.wasComplete = assessment.completeness === 1;
    return true;
  }

  private validateReferences(): void {
    const framework = this.readyFramework;
    if (!framework) {
      this.references = [];
      return;
    }
    const ctx = this.viewContext(framework);
    const list = Array.isArray(this.reference) ? this.reference : [];
    const usable: LabelledAssessment[] = [];
    list.forEach((value, index) => {
      const { assessment, problems } = parseAssessment(value, framework);
      if (assessment) {
        usable.push({ label: referenceLabel(ctx, assessment, usable.length), assessment });
        return;
      }
      for (const problem of problems) {
        if (problem.severity !== 'error') continue;
        const path = problem.path ? `reference[${index}].${problem.path}` : `reference[${index}]`;
        this.emitError(problem.code, problem.message[this.resolvedLang], path);
      }
    });
    this.references = usable;
  }

  // ---- Changes -----------------------------------------------------------------------------

  /**
   * Makes `next` the assessment on screen: saves the draft, fires `mv-change` (and
   * `mv-complete` on completion) and schedules the announcement.
   */
  private changeTo(next: Assessment, options: { save?: boolean; announce?: boolean } = {}): void {
    const previous = this.current;
    this.current = next;
    if (options.save !== false) this.drafts.save(next);
    this.emit<AssessmentEventDetail>('mv-change', { assessment: next });
    const complete = next.completeness === 1;
    if (complete && !this.wasComplete) this.emit<AssessmentEventDetail>('mv-complete', { assessment: next });
    this.wasComplete = complete;
    const scoreMoved =
      previous === undefined ||
      previous.scores.overall !== next.scores.overall ||
      previous.completeness !== next.completeness;
    if (options.announce !== false && scoreMoved) this.announcer.announce(() => this.announcement());
  }

  private answer(criterionId: string, answer: Answer, options: { announce?: boolean } = {}): void {
    const framework = this.readyFramework;
    if (!framework || !this.current) return;
    const before = ownAnswer(this.current.answers, criterionId);
    this.changeTo(withAnswer(framework, this.current, criterionId, answer), options);
    // The reason field has just appeared: say so, since the focus stays on the radio.
    if (answer.notApplicable === true && before?.notApplicable !== true && !answer.reason?.trim()) {
      this.announcer.announce(() => this.t('reasonNeeded'));
    }
  }

  private changeOffer(changes: Partial<Offer>): void {
    const framework = this.readyFramework;
    if (!framework || !this.current) return;
    this.changeTo(withOffer(framework, this.current, changes), { announce: false });
  }

  private startOver(): void {
    const framework = this.readyFramework;
    if (!framework) return;
    this.drafts.discard();
    this.notes.clear();
    this.orgNumberTouched = false;
    this.axisIndex = 0;
    // Not saved: a fresh form is no draft until the user changes something.
    this.changeTo(createAssessment(framework, { mode: this.activeMode, lang: this.resolvedLang }), { save: false });
  }

  private emitError(code: string, message: string, path?: string): void {
    const detail: MvErrorDetail = path === undefined ? { code, message } : { code, message, path };
    this.emit<MvErrorDetail>('mv-error', detail);
  }

  private announcement(): string {
    const framework = this.readyFramework;
    const current = this.current;
    if (!framework || !current) return '';
    const { answered, total } = overallProgress(framework, current.answers);
    const overall = current.scores.overall;
    return overall === null
      ? this.t('announcementNone', { answered, total })
      : this.t('announcement', { score: formatScore(overall, this.resolvedLang), answered, total });
  }

  // ---- View --------------------------------------------------------------------------------

  private t(key: AssessmentMessageKey, values?: Record<string, string | number>): string {
    return this.msg(assessmentMessages, key, values);
  }

  private viewContext(framework: Framework | undefined): ViewContext {
    return {
      lang: this.resolvedLang,
      // Only the views of a ready framework read it; the alerts never do.
      framework: framework as Framework,
      t: (key, values) => this.t(key, values),
      text: (value) => this.text(value),
      score: (value) => formatScore(value, this.resolvedLang),
    };
  }

  /** The form's shared level descriptions, made anew for another framework or language. */
  private levelDescriptions(ctx: ViewContext): SharedDescriptions {
    const kept = this.sharedDescriptions;
    if (kept && kept.framework === ctx.framework && kept.lang === ctx.lang) return kept.descriptions;
    const descriptions = new SharedDescriptions(this.ownerDocument, 'level-description');
    this.sharedDescriptions = { framework: ctx.framework, lang: ctx.lang, descriptions };
    return descriptions;
  }

  /** Whether the form shows one axis at a time. */
  private get paged(): boolean {
    return this.showAllChoice === undefined ? this.layout.narrow : !this.showAllChoice;
  }

  override render(): TemplateResult {
    return html`<div class="root" lang=${this.resolvedLang}>
      ${this.renderState()}
      <div class="visually-hidden" aria-live="polite">${this.announcer.message}</div>
    </div>`;
  }

  private renderState(): TemplateResult {
    const state = this.loader.state;
    const ctx = this.viewContext(this.readyFramework);
    switch (state.status) {
      case 'loading':
        return html`<p class="loading" role="status">${this.t('loading')}</p>`;
      case 'failed':
        return loadFailureAlert(ctx, failureMessage(ctx, state.failure), () => this.loader.retry());
      case 'invalid':
        return problemsAlert(ctx, 'invalidTitle', 'invalidIntro', state.problems);
      case 'ready':
        return this.current ? this.renderForm(ctx, this.current) : html``;
    }
  }

  private renderForm(ctx: ViewContext, current: Assessment): TemplateResult {
    const { framework } = ctx;
    const progress = overallProgress(framework, current.answers);
    return html`
      <div class="intro">
        <h2>${ctx.text(framework.title)}</h2>
        ${framework.description ? html`<p>${ctx.text(framework.description)}</p>` : nothing}
        ${framework.owner ? html`<p class="owner">${this.t('frameworkOwner', { owner: framework.owner.name })}</p>` : nothing}
      </div>
      ${this.assessmentProblems.length > 0
        ? problemsAlert(ctx, 'invalidAssessmentTitle', 'invalidAssessmentIntro', this.assessmentProblems)
        : nothing}
      ${draftNotes(ctx, {
        enabled: this.drafts.activeKey !== undefined,
        saving: this.drafts.saving,
        notices: this.drafts.notices,
        onStartOver: () => this.startOver(),
        onTakeOther: () => this.drafts.takeOther(),
        onKeepThis: () => this.drafts.keepThis(),
      })}
      <mv-assessment-actions
        lang=${this.resolvedLang}
        mode=${this.activeMode}
        .submitUrl=${this.submitUrl}
        .assessment=${current}
        .framework=${framework}
        .onReplace=${(assessment: Assessment) => this.changeTo(assessment)}
        .onAddReference=${(assessment: Assessment) => (this.reference = [...this.reference, assessment])}
      ></mv-assessment-actions>
      <div class="layout">
        <div class="overview">
          <mv-radar
            part="radar"
            lang=${this.resolvedLang}
            .framework=${framework}
            .assessments=${[current, ...this.references.map((item) => item.assessment)]}
            .labels=${[ownLabel(ctx, this.activeMode), ...this.references.map((item) => item.label)]}
            show-target
            caption=${this.t('radarCaption')}
          ></mv-radar>
          <div class="progress" part="progress">
            <label class="progress-label">
              <span>${this.t('answeredCount', { answered: progress.answered, total: progress.total })}</span>
              <progress max=${progress.total} .value=${progress.answered}></progress>
            </label>
            ${progress.answered === progress.total && progress.total > 0 ? html`<p>${this.t('complete')}</p>` : nothing}
            ${progress.missingReasons > 0
              ? html`<p class="error">${this.t('progressMissingReasons', { count: progress.missingReasons })}</p>`
              : nothing}
          </div>
        </div>
        <div class="form" part="form">
          ${offerForm(ctx, {
            offer: current.offer,
            orgNumberTouched: this.orgNumberTouched,
            onChange: (changes) => this.changeOffer(changes),
            onOrgNumberBlur: () => (this.orgNumberTouched = true),
          })}
          ${this.renderAxes(ctx, current)}
          ${this.levelDescriptions(ctx).element}
        </div>
      </div>
      ${summaryView(ctx, current)}
    `;
  }

  private renderAxes(ctx: ViewContext, current: Assessment): TemplateResult {
    const dimensions = ctx.framework.dimensions;
    const paged = this.paged;
    const index = Math.min(this.axisIndex, dimensions.length - 1);
    const shown = paged ? dimensions.slice(index, index + 1) : dimensions;
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
                  @click=${() => this.goToAxis(position)}
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
        ${shown.map((dimension) => this.renderAxis(ctx, current, dimension))}
        ${paged
          ? html`<div class="pager">
              ${index > 0
                ? html`<button type="button" part="button" @click=${() => this.goToAxis(index - 1)}>
                    ${this.t('previous')}
                  </button>`
                : nothing}
              <span>${this.t('axisPosition', { n: index + 1, total: dimensions.length })}</span>
              ${index < dimensions.length - 1
                ? html`<button type="button" part="button" @click=${() => this.goToAxis(index + 1)}>
                    ${this.t('next')}
                  </button>`
                : nothing}
            </div>`
          : nothing}
      </section>
    `;
  }

  private renderAxis(ctx: ViewContext, current: Assessment, dimension: Dimension): TemplateResult {
    const { answered, total } = axisProgress(ctx.framework, dimension, current.answers);
    const headingId = `axis-${dimension.id}`;
    const official = this.activeMode === 'official';
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
              this.references,
              ctx.lang,
              ctx.framework,
              official,
              this.notes.draftFor(criterion.id),
            ],
            () => criterionGroup(ctx, {
            criterion,
            answers: current.answers,
            descriptions: this.levelDescriptions(ctx),
            references: this.references,
            onAnswer: (id, answer) => this.answer(id, answer),
            mode: this.activeMode,
            notes: {
              draft: this.notes.draftFor(criterion.id),
              onComment: (id, comment) => this.notes.comment(id, comment),
              onReason: (id, reason) => this.notes.reason(id, reason),
              onEvidence: (id, index, typed, done) => this.notes.evidence(id, index, typed, done),
              onRemoveEvidence: (id, index, then) => this.notes.removeEvidence(id, index, then),
            },
          }),
          ),
        )}
      </section>
    `;
  }

  private goToAxis(position: number): void {
    const dimensions = this.readyFramework?.dimensions ?? [];
    const target = Math.max(0, Math.min(position, dimensions.length - 1));
    this.axisIndex = target;
    if (this.paged) {
      this.focusAxisAfterRender = true;
      return;
    }
    const id = dimensions[target]?.id;
    const heading = id ? this.renderRoot.querySelector<HTMLElement>(`#axis-${id}`) : null;
    heading?.focus();
  }
}

/** A criterion's own answer, read safely whatever the id (even `__proto__`). */
function ownAnswer(answers: Readonly<Record<string, Answer>>, id: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-assessment': MvAssessment;
  }
}
