import { ContextProvider } from '@lit/context';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import type { Answer, Assessment, Decision, Mode, Offer } from '../../src/assessment/types.js';
import { withAnswer, withDecision, withOffer, withScores } from '../../src/assessment/update.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';
import { MvElement } from '../base/mv-element.js';
import { updateAfterPending } from '../base/update-after-pending.js';
import { formatScore } from '../i18n/number-format.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { assessmentContext, type AssessmentActions, type AssessmentContext } from './assessment-context.js';
import { assessmentReaderNow, loadAssessmentReader, type AssessmentReader } from './assessment-reader.js';
import { assessmentMessages, type AssessmentMessageKey } from './assessment.messages.js';
import type { AssessmentEventDetail, MvErrorDetail } from './assessment-events.js';
import { assessmentStyles } from './assessment.styles.js';
import { draftNotes } from './draft-notes.js';
import { defaultDraftKey, DraftSync } from './draft-sync.js';
import { readReferences, writeReferences } from './reference-drafts.js';
import { DraftStore } from '../shared/draft-store.js';
import { FrameworkLoader, type FrameworkLoadState } from './framework-loader.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { NarrowLayout, WIDE_FROM_PX } from './narrow-layout.js';
import { PageLayout } from './page-layout.js';
import { printHostStyles } from './print-host-styles.js';
import { failureMessage, loadFailureAlert, problemsAlert } from './problem-alert.js';
import { overallProgress } from './progress.js';
import type { LabelledAssessment } from './reference-answers.js';
import { ownLabel, referenceLabel } from './series-labels.js';
import type { MessageContext, ViewContext } from './view-context.js';

export type { AssessmentEventDetail, MvErrorDetail } from './assessment-events.js';

/** The parts the default layout is built from. */
const DEFAULT_PARTS =
  'mv-assessment-form, mv-assessment-progress, mv-assessment-summary, mv-decision-record, mv-reply-letter, mv-assessment-actions, mv-radar';

/**
 * The whole self-assessment: the framework's criteria as radio groups, grouped by area, the
 * offer's details, a live radar with the kommune's target ring, progress, and a summary with
 * strengths, gaps, guidance and whom in the kommune to contact.
 *
 * Parts a page can place: `<mv-assessment-form>`, `<mv-assessment-progress>`,
 * `<mv-assessment-summary>`, `<mv-assessment-actions>` and `<mv-radar>` find the assessment
 * they sit in through `@lit/context`, anywhere in its light DOM and in any layout the page
 * writes (say, the form in the main column and the radar with the progress in a sticky side
 * column). Each assessment answers only the parts inside it, so two on one page never mix.
 * Without child elements it renders its own layout from the same parts: the form first, with
 * the radar and the progress beside the criteria on a wide screen (sticky while one scrolls),
 * or a compact sticky progress bar with the radar on demand on a narrow one; then the summary,
 * then (official mode only) the decision record and the reply letter, then what to do with the
 * result. `<mv-decision-record>` and `<mv-reply-letter>` may be placed by a page too.
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
 * Results travel through the actions bar (`<mv-assessment-actions>`): JSON and CSV downloads,
 * a printed report, file import, share links (`#mv=…` in the page's address opens one) and
 * submission.
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
 * @fires {CustomEvent<{ code: string; message: string; path?: string }>} mv-error - Detail
 *   `{ code, message, path? }`: once per error in an unusable framework or assessment document (`code`
 *   and `path` from the problem), or when a framework cannot be loaded (`code` is
 *   `framework-not-found`, `framework-server-error`, `framework-timeout`, `framework-network` or
 *   `framework-not-json`), or when the code that reads a stored draft or a given document cannot
 *   be fetched (`reader-network`; nothing stored is touched). `message` is in the element's language.
 *
 * @slot - The page's own layout of the parts (any elements but an inline framework
 *   `<script type="application/json">`); without any, the default layout is rendered. Shown
 *   once the framework is ready: a framework that cannot be used shows its alert instead.
 *
 * @csspart form - The `<mv-assessment-form>` of the default layout: the offer fields and the criteria.
 * @csspart criterion - One criterion's `<fieldset>` (default layout).
 * @csspart radar - The `<mv-radar>` chart with its table (default layout).
 * @csspart progress - The `<mv-assessment-progress>` of the default layout (the overall score is under the radar's table).
 * @csspart summary - The `<mv-assessment-summary>` of the default layout: strengths, gaps, guidance and contacts.
 * @csspart record - Official mode: the `<mv-decision-record>` of the default layout (case number, assessor, impartiality, conclusion, reasons).
 * @csspart letter - Official mode: the `<mv-reply-letter>` of the default layout (the draft reply to the entrepreneur).
 * @csspart actions - The `<mv-assessment-actions>` of the default layout.
 * @csspart button - Every button (retry, start over, area navigation).
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
  protected static override languagePacks = [assessmentMessages];

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

  /**
   * Overrides the draft key, by default `merverdi:draft:<framework id>:<mode>`. The first
   * draft is kept under the key itself; each further offer's draft under `<key>:utkast-<id>`.
   */
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
  /** The area shown when the form shows one area at a time. */
  @state() private areaIndex = 0;

  /** The official's parts (decision record, reply letter), imported once official mode is used. */
  private caseParts?: Promise<unknown>;

  /** A document given through `assessment` before the framework was ready. */
  private pendingAssessment?: unknown;
  /** Whether the last known state was complete, so `mv-complete` fires once per completion. */
  private wasComplete = false;

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
  /** Narrow: the default layout stacks its parts; wide: the radar and progress go beside the form. */
  private readonly width = new NarrowLayout(this, WIDE_FROM_PX);
  /** Whether the page placed parts of its own inside the element. */
  private readonly pageLayout = new PageLayout(this);

  /** What the parts inside share; set anew on every update. */
  private readonly provider = new ContextProvider(this, { context: assessmentContext });

  /** What the parts may ask of this assessment; one object for the element's life. */
  private readonly actions: AssessmentActions = {
    answer: (criterionId, answer, options) => this.answer(criterionId, answer, options),
    changeOffer: (changes) => this.changeOffer(changes),
    decide: (decision) => this.decide(decision),
    goToArea: (index) => {
      const count = this.readyFramework?.dimensions.length ?? 0;
      this.areaIndex = Math.max(0, Math.min(index, count - 1));
    },
    startOver: () => this.startOver(),
    replace: (assessment) => this.changeTo(assessment),
    addReference: (assessment) => this.addReference(assessment),
    radarImage: () => this.ownRadar()?.toImage(),
  };

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
    const reader = assessmentReaderNow();
    if (framework && reader) {
      this.load(reader, value, framework);
      return;
    }
    this.pendingAssessment = value;
    if (framework) {
      this.afterReader(() => {
        const given = this.pendingAssessment;
        this.pendingAssessment = undefined;
        const ready = this.readyFramework;
        const loaded = assessmentReaderNow();
        if (given !== undefined && ready && loaded) this.load(loaded, given, ready);
      });
    }
  }

  /** The assessment reader on its way (assessment-reader.ts); `updateComplete` waits for it. */
  private readerArrival?: Promise<unknown>;
  /** The reader could not be fetched (offline); shown with a retry when there is no form yet. */
  @state() private readerFailed = false;

  /**
   * Runs `then` once the assessment reader is loaded, loading it first. Should it fail to
   * load (offline), the element stays as it is and says so; nothing stored is touched.
   */
  private afterReader(then: () => void): void {
    this.readerFailed = false;
    const arrival = loadAssessmentReader().then(
      () => then(),
      () => {
        this.readerFailed = true;
        this.emitError('reader-network', this.t('readerNetwork'));
      },
    );
    const done = arrival.finally(() => {
      if (this.readerArrival === done) this.readerArrival = undefined;
      this.requestUpdate();
    });
    this.readerArrival = done;
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
   * Also waits for the built-in default framework and for the messages of a framework with
   * errors, which are imported on demand, so that `await element.updateComplete` on an
   * element given no framework yields the rendered form, and on one given a broken framework
   * its problems, as it does for a valid framework given as a property or inline; and for the
   * parts of the default layout to render what the update gave them. (A `framework-src` fetch is not
   * awaited: watch for the loading status to go.)
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await updateAfterPending(
      await super.getUpdateComplete(),
      () => this.loader.pending ?? this.readerArrival,
      () => super.getUpdateComplete(),
    );
    if (this.caseParts) await this.caseParts;
    // The default layout's parts render what this update shared with them.
    for (const part of this.renderRoot.querySelectorAll<MvElement>(DEFAULT_PARTS)) await part.updateComplete;
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A server render sends the first paint ("loading"); the framework, the draft and the
    // page's storage belong to the browser, where the element loads them once it upgrades.
    if (isServer) return;
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
    this.provider.setValue(this.shared());
    // The official's parts are not part of the start-up download: an entrepreneur never sees them.
    if (this.activeMode === 'official') this.caseParts ??= import('../case/define.js').catch(() => undefined);
  }

  /** What the parts share, once the framework is ready and an assessment is on screen. */
  private shared(): AssessmentContext | undefined {
    const framework = this.readyFramework;
    const assessment = this.current;
    if (!framework || !assessment) return undefined;
    const ctx = this.viewContext(framework);
    return {
      framework,
      lang: this.resolvedLang,
      mode: this.activeMode,
      assessment,
      references: this.references,
      ownLabel: ownLabel(ctx, this.activeMode),
      radarCaption: this.t('radarCaption'),
      ...(this.submitUrl ? { submitUrl: this.submitUrl } : {}),
      areaIndex: Math.min(this.areaIndex, framework.dimensions.length - 1),
      actions: this.actions,
    };
  }

  /**
   * The radar that draws this assessment: the default layout's, else the first one the page
   * placed inside this element (not one inside a nested assessment).
   */
  private ownRadar(): HTMLElementTagNameMap['mv-radar'] | undefined {
    const inside = this.renderRoot.querySelector<HTMLElementTagNameMap['mv-radar']>('.root > .layout mv-radar, .root > mv-radar');
    if (inside) return inside;
    return Array.from(this.querySelectorAll('mv-radar')).find((radar) => radar.closest('mv-assessment') === this);
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
      this.emitError(code, failureMessage(this.messageContext(), state.failure));
    }
  }

  /** Starts (or restarts) the assessment for a ready framework: a given document, a draft, or a new one. */
  private start(framework: Framework): void {
    const key = this.storage === 'none' ? undefined : this.storageKey?.trim() || defaultDraftKey(framework.id, this.activeMode);
    const reader = assessmentReaderNow();
    if (!reader && (this.pendingAssessment !== undefined || this.drafts.hasStored(key))) {
      // Something to read first: a document the page gave, or drafts in storage.
      this.afterReader(() => {
        if (this.readyFramework === framework) this.start(framework);
      });
      return;
    }
    const given = this.pendingAssessment;
    this.pendingAssessment = undefined;
    const draft = this.drafts.start(key, framework, this.activeMode, { restore: given === undefined });
    this.areaIndex = 0;
    this.assessmentProblems = [];
    if (given !== undefined && reader && this.load(reader, given, framework)) return;
    const carried =
      this.current && this.current.framework.id === framework.id && this.current.mode === this.activeMode
        ? withScores(framework, this.current)
        : undefined;
    this.current = draft ?? carried ?? createAssessment(framework, { mode: this.activeMode, lang: this.resolvedLang });
    this.wasComplete = this.current.completeness === 1;
    this.restoreReferences();
  }

  /** References the user laid beside this draft, kept with it: brought back after a reload. */
  private addedReferences: Assessment[] = [];
  private readonly referenceStore = new DraftStore();

  /**
   * Lays another assessment of the offer beside this one (an official importing the
   * entrepreneur's self-assessment), stores it beside the draft, and, while this
   * assessment's offer is still blank, takes the offer's details from it.
   */
  private addReference(assessment: Assessment): void {
    this.addedReferences = [...this.addedReferences, assessment];
    this.reference = [...this.reference, assessment];
    writeReferences(this.referenceStore, this.drafts.activeKey, this.addedReferences);
    const own = this.current?.offer;
    const blank = own !== undefined && !own.title?.trim() && !own.organisation?.trim();
    if (!blank) return;
    const offer: Partial<Offer> = {};
    for (const field of ['title', 'organisation', 'orgNumber', 'contact', 'description'] as const) {
      const value = assessment.offer[field];
      if (value !== undefined) offer[field] = value;
    }
    this.changeOffer(offer);
  }

  /** Brings back the references stored beside the draft now in use, after those the page gave. */
  private restoreReferences(): void {
    const stored = readReferences(this.referenceStore, this.drafts.activeKey) as Assessment[];
    const given = this.reference.filter((item) => !this.addedReferences.includes(item));
    this.addedReferences = stored;
    if (stored.length > 0 || given.length !== this.reference.length) this.reference = [...given, ...stored];
  }

  /** Loads a document given through `assessment`; false (and problems shown) when it cannot be used. */
  private load(reader: AssessmentReader, value: unknown, framework: Framework): boolean {
    const { assessment, problems } = reader(value, framework);
    if (!assessment) {
      this.assessmentProblems = problems;
      for (const problem of problems) {
        if (problem.severity === 'error') this.emitError(problem.code, problem.message[this.resolvedLang], problem.path);
      }
      return false;
    }
    this.assessmentProblems = [];
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
    const reader = assessmentReaderNow();
    if (list.length > 0 && !reader) {
      this.afterReader(() => this.validateReferences());
      return;
    }
    const usable: LabelledAssessment[] = [];
    list.forEach((value, index) => {
      const { assessment, problems } = reader!(value, framework);
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

  private decide(decision: Decision | undefined): void {
    const framework = this.readyFramework;
    if (!framework || !this.current || this.activeMode !== 'official') return;
    this.changeTo(withDecision(framework, this.current, decision), { announce: false });
  }

  private startOver(): void {
    const framework = this.readyFramework;
    if (!framework) return;
    this.drafts.startNew();
    this.areaIndex = 0;
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

  /** What the alerts need, before or without a usable framework. */
  private messageContext(): MessageContext {
    return { lang: this.resolvedLang, t: (key, values) => this.t(key, values) };
  }

  private viewContext(framework: Framework): ViewContext {
    return {
      ...this.messageContext(),
      framework,
      text: (value) => this.text(value),
      score: (value) => formatScore(value, this.resolvedLang),
    };
  }

  override render(): TemplateResult {
    return html`<div class="root" lang=${this.resolvedLang}>
      ${this.renderState()}
      ${this.announcer.render()}
    </div>`;
  }

  private renderState(): TemplateResult {
    const state = this.loader.state;
    const ctx = this.messageContext();
    switch (state.status) {
      case 'loading':
        return html`<p class="loading" role="status">${this.t('loading')}</p>`;
      case 'failed':
        return loadFailureAlert(ctx, failureMessage(ctx, state.failure), () => this.loader.retry());
      case 'invalid':
        return problemsAlert(ctx, 'invalidTitle', 'invalidIntro', state.problems);
      case 'ready':
        if (this.current) return this.renderForm(this.viewContext(state.framework));
        // The draft or document is being read (the reader loads on first use).
        if (this.readerFailed) {
          return loadFailureAlert(ctx, this.t('readerNetwork'), () => this.start(state.framework));
        }
        return this.readerArrival ? html`<p class="loading" role="status">${this.t('loading')}</p>` : html``;
    }
  }

  private renderForm(ctx: ViewContext): TemplateResult {
    const { framework } = ctx;
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
        others: this.drafts.others,
        onStartOver: () => this.startOver(),
        onTakeOther: () => this.drafts.takeOther(),
        onKeepThis: () => this.drafts.keepThis(),
        onUndoStartOver: () => this.drafts.undoStartOver(),
        onPick: (key) => this.drafts.pick(key),
      })}
      ${this.pageLayout.present ? html`<slot></slot>` : this.renderDefaultLayout()}
    `;
  }

  /**
   * The layout without parts of the page's own, built from the same public parts. The form
   * keeps its place in the template whatever the width, so a rotated phone keeps what was
   * typed and which area is open.
   */
  private renderDefaultLayout(): TemplateResult {
    const narrow = this.width.narrow;
    return html`
      ${narrow
        ? html`<mv-assessment-progress part="progress" class="bar" radar-toggle></mv-assessment-progress>`
        : nothing}
      <div class="layout ${narrow ? '' : 'wide'}">
        <mv-assessment-form part="form" exportparts="criterion, button"></mv-assessment-form>
        ${narrow
          ? nothing
          : html`<aside class="overview" aria-label=${this.t('layoutSide')} tabindex="0">
              <mv-assessment-progress part="progress"></mv-assessment-progress>
              <mv-radar part="radar" show-target></mv-radar>
            </aside>`}
      </div>
      ${narrow ? html`<mv-radar part="radar" show-target></mv-radar>` : nothing}
      <mv-assessment-summary part="summary"></mv-assessment-summary>
      ${this.activeMode === 'official'
        ? html`<mv-decision-record part="record"></mv-decision-record>
            <mv-reply-letter part="letter" exportparts="button"></mv-reply-letter>`
        : nothing}
      <mv-assessment-actions part="actions"></mv-assessment-actions>
    `;
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
