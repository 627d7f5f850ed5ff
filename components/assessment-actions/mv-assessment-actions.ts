import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assessment } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';
import { AssessmentConsumer } from '../assessment/assessment-consumer.js';
import type { AssessmentContext } from '../assessment/assessment-context.js';
import { MvElement } from '../base/mv-element.js';
import { copyText } from '../shared/copy-text.js';
import { downloadFile } from '../shared/download-file.js';
import { formatDate, formatPercent, formatScore } from '../i18n/number-format.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { exportFile } from './jobs/export-file.js';
import { openAssessmentFile } from './jobs/open-file.js';
import { PrintController } from './jobs/print-controller.js';
import { makeShareLink, openSharedLink, shareWithDevice } from './jobs/share-link.js';
import { sendAssessment } from './jobs/submit.js';
import { importedFileFacts, importIntent } from './import-intent.js';
import type { ReportContext } from './print-report.js';
import type { SubmitEventDetail } from './transfer-events.js';
import { transferMessages, type TransferMessageKey } from './transfer.messages.js';
import { reportRules } from './report.styles.js';
import { transferStyles } from './transfer.styles.js';
import { FileDrop } from '../shared/file-drop.js';

export type { SubmitEventDetail } from './transfer-events.js';

/** A replacement of the user's own assessment that waits for the user's yes. */
interface PendingReplace {
  assessment: Assessment;
  /** How the question names the newcomer: a file name, or "the shared assessment". */
  source: string;
  /** What the status says once it is done. */
  done: string;
  /** Whether it is the shared assessment on show, which then closes. */
  fromShared?: boolean;
  /** What the file says it is (mode, author, date), shown with the question. */
  facts?: string;
  /** Ask even when the user's own assessment is empty: the file is another role's. */
  mustConfirm?: boolean;
}

/**
 * What to do with the result of the `<mv-assessment>` it is placed in: download it as JSON or
 * CSV, print (or save as PDF) a report for the case archive, import a file (picker or drag and
 * drop), share a link that carries the assessment in its fragment (through the device's share
 * sheet where there is one), and submit to the kommune when the assessment has `submit-url`.
 * It also opens a shared link (`#mv=…` in the page's address) and offers to keep it.
 *
 * Place it anywhere inside an `<mv-assessment>` (the default layout puts it after the
 * summary); it finds the assessment through `@lit/context` and hands every change to it. It
 * never replaces an assessment that has content without asking first. Outside an assessment
 * it renders nothing.
 *
 * Each job lives in a module of its own under `jobs/` (export, open a file, print, share,
 * submit); this element only shows the buttons and what happened.
 *
 * Printing: the print button prints the report as a document of its own, from a hidden frame
 * inside this element, so nothing of the host page is on the paper (an official's report is
 * the archive copy of the case: case number, assessor, impartiality, conclusion and reasons,
 * scores and every answered criterion). A browser's own print command prints the page: on
 * `beforeprint` the element renders the same report, shown by print media only, and removes
 * it again on `afterprint`; the assessment and its other parts hide themselves in print, and
 * the host page's own content prints as the page decides. The radar is copied into the report
 * as an image when printing starts, through `<mv-radar>`'s `toImage()`.
 *
 * Loading: the buttons render at once, but the code behind them (CSV, import, share links,
 * submission) is imported on first use, so it is not part of the widget's start-up download.
 *
 * @summary Download, print, import, share and submit the assessment it sits in.
 *
 * @fires {CustomEvent<{ assessment: Assessment }>} mv-submit - Cancelable, detail `{ assessment }`:
 *   before a submission; cancel it to stop the POST.
 *
 * @csspart button - Every button.
 */
export class MvAssessmentActions extends MvElement {
  // The report's rules apply to a report that only print media show.
  static override styles = [sharedStyles, transferStyles, reportRules];

  /** How long a submission may take, in milliseconds; unset, the core's default (20 s). */
  @property({ attribute: false }) submitTimeoutMs?: number;

  @state() private statusText = '';
  @state() private alertTitle = '';
  @state() private alertItems: string[] = [];
  /** The alert offers the file instead of a link. */
  @state() private offerFile = false;
  @state() private link?: string;
  @state() private sending = false;
  /** The last submission failed: the alert offers to try again. */
  @state() private submitFailed = false;
  @state() private pending?: PendingReplace;
  @state() private shared?: Assessment;
  @state() private asReference = false;
  /** Files dropped on the import zone go where chosen ones go. */
  private readonly fileDrop = new FileDrop(this, (files) => void this.importFiles(files));

  private readonly source = new AssessmentConsumer(this);
  private readonly printer = new PrintController(this, () => this.source.value?.actions.radarImage(), {
    report: () => this.reportTemplate(),
    title: () => this.reportTitle(),
    lang: () => this.resolvedLang,
  });

  /** Whether the page's `#mv=` link has been looked at, so it opens once. */
  private fragmentChecked = false;

  /** What the enclosing assessment shares; `undefined` outside one or before it is ready. */
  private get context(): AssessmentContext | undefined {
    return this.source.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const context = this.context;
    if (context && !this.hasAttribute('lang') && this.resolvedLang !== context.lang) this.resolvedLang = context.lang;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const framework = this.context?.framework;
    if (!this.fragmentChecked && framework) {
      this.fragmentChecked = true;
      void this.openFragment(framework);
    }
  }

  // ---- Messages ----------------------------------------------------------------------------

  private t(key: TransferMessageKey, values?: Record<string, string | number>): string {
    return this.msg(transferMessages, key, values);
  }

  private say(text: string): void {
    this.statusText = text;
    this.clearAlert();
  }

  private alert(title: string, items: string[] = [], offerFile = false): void {
    this.statusText = '';
    this.alertTitle = title;
    this.alertItems = items;
    this.offerFile = offerFile;
  }

  private clearAlert(): void {
    this.alertTitle = '';
    this.alertItems = [];
    this.offerFile = false;
    this.submitFailed = false;
  }

  /**
   * Runs a job whose code is fetched on first use. Offline, or when the file is gone from the
   * server, the user is told, with their answers untouched, instead of a button that silently
   * does nothing.
   */
  private async loadOnUse<Result>(job: () => Promise<Result>): Promise<Result | undefined> {
    try {
      return await job();
    } catch {
      this.alert(this.t('codeUnavailable'));
      return undefined;
    }
  }

  /** Problems as lines for the user: errors first, each with its JSON path where it has one. */
  private problemLines(problems: readonly Problem[]): string[] {
    const errors = problems.filter((problem) => problem.severity === 'error');
    return errors.map((problem) =>
      problem.path ? `${problem.path}: ${problem.message[this.resolvedLang]}` : problem.message[this.resolvedLang],
    );
  }

  // ---- Export ------------------------------------------------------------------------------

  private async download(kind: 'json' | 'csv'): Promise<void> {
    const context = this.context;
    if (!context) return;
    const file = await this.loadOnUse(() => exportFile(kind, context.framework, context.assessment, this.resolvedLang));
    if (file) downloadFile(this.renderRoot as ShadowRoot, file.name, file.content, file.type);
  }

  // ---- Import ------------------------------------------------------------------------------

  private async importFiles(files: FileList | readonly File[] | null | undefined): Promise<void> {
    const file = files?.[0];
    const context = this.context;
    if (!file || !context) return;
    // A new attempt starts clean, so an old message is never taken for this file's.
    this.statusText = '';
    this.clearAlert();
    this.pending = undefined;
    const result = await this.loadOnUse(() => openAssessmentFile(file, context.framework));
    if (!result) return;
    if (!result.assessment) {
      this.alert(this.t('importFailed', { file: file.name }), this.problemLines(result.problems));
      return;
    }
    const intent = importIntent(context.mode, result.assessment, this.asReference);
    if (intent === 'reference') {
      context.actions.addReference(result.assessment);
      this.say(this.t('importedReference', { file: file.name }));
      return;
    }
    this.replaceOwn({
      assessment: result.assessment,
      source: file.name,
      done: this.t('imported', { file: file.name }),
      facts: this.describeFile(file.name, result.assessment),
      mustConfirm: intent === 'confirm',
    });
  }

  private onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.importFiles(input.files).finally(() => {
      // Choosing the same file again must fire `change` again.
      input.value = '';
    });
  }

  /**
   * Makes another document the user's own. It takes the assessment's mode, so it is kept as
   * that assessment's draft. Asks first when the current assessment has any content.
   */
  private replaceOwn(pending: PendingReplace): void {
    const context = this.context;
    if (!context) return;
    const adopted: PendingReplace = {
      ...pending,
      assessment: { ...pending.assessment, mode: context.mode === 'official' ? 'official' : 'self' },
    };
    if (hasContent(context.assessment) || pending.mustConfirm) {
      this.pending = adopted;
      this.clearAlert();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm button')?.focus());
      return;
    }
    this.commitReplace(adopted);
  }

  /** The file's own account of itself: mode, author and date, each as the file states it. */
  private describeFile(fileName: string, assessment: Assessment): string {
    const facts = importedFileFacts(assessment);
    return this.t(facts.mode === 'official' ? 'fileFactsOfficial' : 'fileFactsSelf', {
      file: fileName,
      author: facts.author ?? this.t('fileFactsNoAuthor'),
      date: formatDate(facts.updatedAt, this.resolvedLang),
    });
  }

  /** Shows a pending file beside the user's own, as the entrepreneur's, instead of adopting it. */
  private keepAsReference(pending: PendingReplace): void {
    this.pending = undefined;
    this.context?.actions.addReference({ ...pending.assessment, mode: 'self' });
    this.say(this.t('importedReference', { file: pending.source }));
  }

  private commitReplace(pending: PendingReplace): void {
    this.pending = undefined;
    if (pending.fromShared) this.shared = undefined;
    this.context?.actions.replace(pending.assessment);
    this.say(pending.done);
  }

  // ---- Share -------------------------------------------------------------------------------

  private async share(): Promise<void> {
    const assessment = this.context?.assessment;
    if (!assessment) return;
    this.link = undefined;
    const outcome = await this.loadOnUse(() => makeShareLink(assessment, window.location.href));
    if (!outcome) return;
    if ('problems' in outcome) {
      this.alert(this.problemLines(outcome.problems).join(' '), [], true);
      return;
    }
    const title = assessment.offer.title?.trim() || this.t('reportUntitled');
    if ((await shareWithDevice(outcome.link, title)) === 'shared') {
      this.say(this.t('shareSent'));
      return;
    }
    this.link = outcome.link;
    this.say(this.t('shareReady'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
  }

  private async copyLink(): Promise<void> {
    if (!this.link) return;
    const copied = await copyText(this.link);
    if (!copied) this.renderRoot.querySelector<HTMLInputElement>('.share input')?.select();
    this.say(this.t(copied ? 'copied' : 'copyFailed'));
  }

  /** Opens the page's `#mv=…` link, if it has one. */
  private async openFragment(framework: Framework): Promise<void> {
    const result = await openSharedLink(window.location.hash, framework);
    if (!result) return;
    if (result.assessment) this.shared = result.assessment;
    else this.alert(this.t('sharedProblems'), this.problemLines(result.problems));
  }

  private keepShared(): void {
    if (!this.shared) return;
    this.replaceOwn({ assessment: this.shared, source: this.t('sharedSource'), done: this.t('sharedKept'), fromShared: true });
  }

  private sharedAsReference(): void {
    if (!this.shared) return;
    this.context?.actions.addReference(this.shared);
    this.shared = undefined;
  }

  // ---- Submit ------------------------------------------------------------------------------

  private async submit(): Promise<void> {
    const context = this.context;
    const assessment = context?.assessment;
    if (!assessment || !context.submitUrl || this.sending) return;
    const proceed = this.emit<SubmitEventDetail>('mv-submit', { assessment }, { cancelable: true });
    if (!proceed) {
      this.say(this.t('submitCancelled'));
      return;
    }
    this.sending = true;
    this.say(this.t('submitting'));
    const result = await sendAssessment(context.submitUrl, this.ownerDocument.baseURI, assessment, this.submitTimeoutMs);
    this.sending = false;
    if (result.ok) {
      const parts = [this.t('submitted', { time: formatDate(result.receipt.receivedAt, this.resolvedLang) })];
      if (result.receipt.id !== undefined) parts.push(this.t('receiptId', { id: result.receipt.id }));
      this.say(parts.join(' '));
    } else {
      this.alert(this.t('submitFailed'), [result.failure.message[this.resolvedLang]]);
      this.submitFailed = true;
    }
  }

  // ---- View --------------------------------------------------------------------------------

  private reportContext(): ReportContext {
    const lang = this.resolvedLang;
    return {
      lang,
      t: (key, values) => this.t(key, values),
      text: (value) => this.text(value),
      score: (value) => formatScore(value, lang),
      percent: (share) => formatPercent(share, lang),
      date: (iso) => formatDate(iso, lang),
    };
  }

  /** The printed report as it stands, with the time and radar image the printer took. */
  private reportTemplate(): TemplateResult | undefined {
    const context = this.context;
    const { printer } = this;
    if (!context || !printer.report) return undefined;
    return printer.report.printReport(this.reportContext(), {
      framework: context.framework,
      assessment: context.assessment,
      ...(printer.radarImage ? { radarImage: printer.radarImage } : {}),
      printedAt: printer.printedAt,
      references: context.references,
    });
  }

  /** The printed document's title, which a PDF printer offers as the file's name. */
  private reportTitle(): string {
    const assessment = this.context?.assessment;
    const title = assessment?.offer.title?.trim();
    if (assessment?.mode === 'official') {
      const caseNumber = assessment.decision?.caseNumber?.trim();
      const name = title ? this.t('reportCaseTitle', { title }) : this.t('reportCaseUntitled');
      return caseNumber ? `${caseNumber} ${name}` : name;
    }
    return title ? this.t('reportTitle', { title }) : this.t('reportUntitled');
  }

  override render(): TemplateResult | typeof nothing {
    const context = this.context;
    if (!context) return nothing;
    const official = context.mode === 'official';
    const sending = this.sending;
    const { printer } = this;
    return html`
      <div lang=${this.resolvedLang}>
        ${this.shared ? this.renderShared(context, this.shared, official) : nothing}
        <section class="actions" aria-labelledby="actions-heading">
          <h3 id="actions-heading">${this.t('actionsHeading')}</h3>
          <div class="buttons">
            <button type="button" part="button" @click=${() => this.download('json')}>${this.t('downloadJson')}</button>
            <button type="button" part="button" @click=${() => this.download('csv')}>${this.t('downloadCsv')}</button>
            <button type="button" part="button" @click=${() => printer.print()}>${this.t('print')}</button>
            <button type="button" part="button" aria-describedby="share-hint" @click=${() => this.share()}>${this.t('share')}</button>
            ${context.submitUrl
              ? html`<button type="button" part="button" class="primary" ?disabled=${sending} @click=${() => this.submit()}>
                  ${sending ? this.t('submitting') : this.t('submit')}
                </button>`
              : nothing}
          </div>
          <p class="hint" id="share-hint">${this.t('shareHint')}</p>
          <div
            class="dropzone ${this.fileDrop.dragging ? 'over' : ''}"
            @dragover=${this.fileDrop.over}
            @dragleave=${this.fileDrop.leave}
            @drop=${this.fileDrop.drop}
          >
            <p id="import-hint">${this.t('importHint')}</p>
            <div class="buttons">
              <button
                type="button"
                part="button"
                aria-describedby="import-hint"
                @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}
              >
                ${this.t('importFile')}
              </button>
              <input type="file" accept=".json,application/json" hidden tabindex="-1" aria-hidden="true" @change=${this.onFileChosen} />
              ${official
                ? html`<label>
                    <input type="checkbox" .checked=${this.asReference} @change=${(event: Event) => (this.asReference = (event.target as HTMLInputElement).checked)} />
                    ${this.t('importAsReference')}
                  </label>`
                : nothing}
            </div>
          </div>
          ${this.link
            ? html`<div class="share">
                <label>
                  ${this.t('shareLabel')}
                  <input type="text" readonly .value=${this.link} />
                </label>
                <button type="button" part="button" @click=${() => this.copyLink()}>${this.t('copy')}</button>
              </div>`
            : nothing}
          ${this.pending ? this.renderConfirm(this.pending) : nothing}
          ${this.alertTitle ? this.renderAlert() : nothing}
          <div class="status" role="status" aria-live="polite">${this.statusText}</div>
        </section>
        ${printer.printing && printer.report ? html`<div class="report-wrap">${this.reportTemplate()}</div>` : nothing}
      </div>
    `;
  }

  private renderAlert(): TemplateResult {
    return html`<div class="alert" role="alert">
      <p><strong>${this.alertTitle}</strong></p>
      ${this.alertItems.length > 0 ? html`<ul>${this.alertItems.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      ${this.submitFailed ? html`<button type="button" part="button" @click=${() => this.submit()}>${this.t('retry')}</button>` : nothing}
      ${this.offerFile ? html`<button type="button" part="button" @click=${() => this.download('json')}>${this.t('shareTooLongOffer')}</button>` : nothing}
    </div>`;
  }

  private renderConfirm(pending: PendingReplace): TemplateResult {
    const official = this.context?.mode === 'official';
    return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
      ${pending.facts ? html`<p>${pending.facts}</p>` : nothing}
      <p id="confirm-question">
        ${this.t(pending.mustConfirm && official ? 'confirmAdoptSelf' : 'confirmReplace', { source: pending.source })}
      </p>
      <div class="buttons">
        ${pending.mustConfirm && official
          ? html`<button type="button" @click=${() => this.keepAsReference(pending)}>${this.t('confirmAsReference')}</button>`
          : nothing}
        <button type="button" @click=${() => this.commitReplace(pending)}>${this.t('confirmReplaceYes')}</button>
        <button type="button" @click=${() => (this.pending = undefined)}>${this.t('confirmReplaceNo')}</button>
      </div>
    </div>`;
  }

  private renderShared(context: AssessmentContext, shared: Assessment, official: boolean): TemplateResult {
    const title = shared.offer.title?.trim();
    return html`<section class="shared" aria-labelledby="shared-heading">
      <h3 id="shared-heading">${this.t('sharedHeading')}</h3>
      <p>${this.t('sharedIntro')}</p>
      ${title ? html`<p>${this.t('sharedOffer', { title })}</p>` : nothing}
      <mv-radar
        lang=${this.resolvedLang}
        .framework=${context.framework}
        .assessments=${[shared]}
        .labels=${[this.t('sharedHeading')]}
        caption=${this.t('sharedHeading')}
      ></mv-radar>
      <div class="buttons">
        <button type="button" class="primary" @click=${() => this.keepShared()}>${this.t('keepDraft')}</button>
        ${official ? html`<button type="button" @click=${() => this.sharedAsReference()}>${this.t('keepReference')}</button>` : nothing}
        <button type="button" @click=${() => (this.shared = undefined)}>${this.t('closeShared')}</button>
      </div>
    </section>`;
  }
}

/** Whether an assessment holds anything a user typed or chose. */
function hasContent(assessment: Assessment | undefined): boolean {
  if (!assessment) return false;
  if (Object.keys(assessment.answers).length > 0) return true;
  return Object.values(assessment.offer).some((value) => typeof value === 'string' && value.trim() !== '');
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-assessment-actions': MvAssessmentActions;
  }
}
