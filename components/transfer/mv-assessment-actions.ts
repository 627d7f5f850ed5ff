import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { serializeAssessment } from '../../src/assessment/serialize-assessment.js';
import type { Assessment, Mode } from '../../src/assessment/types.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';
import type { ImportResult } from '../../src/transfer/import-file.js';
import type { SubmitFailure, SubmitReceipt } from '../../src/transfer/submit.js';
import { submitNetwork } from '../../src/transfer/transfer-messages.js';
import { MvElement } from '../base/mv-element.js';
import { copyText } from '../shared/copy-text.js';
import { downloadFile } from '../shared/download-file.js';
import { formatDate, formatPercent, formatScore } from '../i18n/number-format.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { downloadName } from './file-name.js';
import { importedFileFacts, importIntent } from './import-intent.js';
import type { ReportContext } from './print-report.js';
import type { SubmitEventDetail } from './transfer-events.js';
import { transferMessages, type TransferMessageKey } from './transfer.messages.js';
import { transferStyles } from './transfer.styles.js';

export type { SubmitEventDetail } from './transfer-events.js';

/** The print report's module; loaded once the widget is idle, or when the print button is used. */
type ReportModule = typeof import('./print-report.js');

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

/** Where a submission stands. */
type SubmitState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'done'; receipt: SubmitReceipt }
  | { phase: 'failed'; failure: SubmitFailure };

/**
 * The results that travel, for `<mv-assessment>`: download as JSON or CSV, print (or save as
 * PDF) a report for the case archive, import a file (picker or drag and drop), share a link
 * that carries the assessment in its fragment, and submit to the kommune when `submit-url`
 * is set. It also opens a shared link (`#mv=…` in the page's address) and offers to keep it.
 *
 * An internal part of `<mv-assessment>`, which passes it the assessment and receives changes
 * through `onReplace` and `onAddReference`; it never changes an assessment by itself, and
 * never replaces one that has content without asking first.
 *
 * Printing: on `beforeprint` (and before the print button calls `window.print()`) the element
 * renders a report that only print media show, and removes it again on `afterprint`;
 * `<mv-assessment>` hides the rest of itself in print. The radar is copied into the report as
 * an image when printing starts (a canvas may print blank). The host page's own content
 * prints as usual.
 *
 * Loading: the buttons render at once, but the code behind them (CSV, import, share links,
 * submission) is imported on first use, so it is not part of the widget's start-up download.
 * The report's module is imported when the widget is first idle after the page has loaded,
 * because a browser's own print command (Ctrl+P) lays out the page right after
 * `beforeprint` and leaves no time to fetch it; printed before then, the page shows no report.
 *
 * @fires mv-submit - Cancelable, detail `{ assessment }`: before a submission; cancel it to stop the POST.
 */
export class MvAssessmentActions extends MvElement {
  static override styles = [sharedStyles, transferStyles];

  /** The assessment on screen. */
  @property({ attribute: false }) assessment?: Assessment;
  /** The validated framework in use. */
  @property({ attribute: false }) framework?: Framework;
  /** The widget's mode; `official` adds "import as the entrepreneur's reference". */
  @property() mode: Mode = 'self';
  /** Where "Send inn" POSTs; without it there is no submit button. Relative to the page. */
  @property({ attribute: 'submit-url' }) submitUrl?: string;
  /** How long a submission may take, in milliseconds; unset, the core's default (20 s). */
  @property({ attribute: false }) submitTimeoutMs?: number;
  /** Makes `assessment` the user's own (after the user agreed where it had content). */
  @property({ attribute: false }) onReplace?: (assessment: Assessment) => void;
  /** Draws `assessment` beside the user's own, as a reference. */
  @property({ attribute: false }) onAddReference?: (assessment: Assessment) => void;

  @state() private statusText = '';
  @state() private alertTitle = '';
  @state() private alertItems: string[] = [];
  /** The alert offers the file instead of a link. */
  @state() private offerFile = false;
  @state() private link?: string;
  @state() private submitState: SubmitState = { phase: 'idle' };
  @state() private pending?: PendingReplace;
  @state() private shared?: Assessment;
  @state() private asReference = false;
  @state() private dragOver = false;
  @state() private radarImage?: string;
  @state() private printedAt = new Date().toISOString();
  /** The report is in the DOM only while printing. */
  @state() private printing = false;

  /** Whether the page's `#mv=` link has been looked at, so it opens once. */
  private fragmentChecked = false;
  private reportModule?: ReportModule;
  private reportLoad?: Promise<ReportModule | undefined>;
  private idleHandle?: number;
  private readonly onBeforePrint = (): void => this.prepareReport();
  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };
  private readonly onPageLoaded = (): void => this.preloadReportWhenIdle();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (document.readyState === 'complete') this.preloadReportWhenIdle();
    else window.addEventListener('load', this.onPageLoaded, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('load', this.onPageLoaded);
    if (this.idleHandle !== undefined) cancelIdle(this.idleHandle);
    this.idleHandle = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.fragmentChecked && this.framework) {
      this.fragmentChecked = true;
      void this.openFragment(this.framework);
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

  /**
   * Loads code fetched on first use. Offline, or when the file is gone from the server, the
   * user is told, with their answers untouched, instead of a button that silently does nothing.
   */
  private async loadOnUse<Module>(load: () => Promise<Module>): Promise<Module | undefined> {
    try {
      return await load();
    } catch {
      this.alert(this.t('codeUnavailable'));
      return undefined;
    }
  }

  private clearAlert(): void {
    this.alertTitle = '';
    this.alertItems = [];
    this.offerFile = false;
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
    const { assessment, framework } = this;
    if (!assessment || !framework) return;
    const name = downloadName(assessment.offer.title, new Date(), kind);
    if (kind === 'json') {
      downloadFile(this.renderRoot as ShadowRoot, name, serializeAssessment(assessment), 'application/json');
      return;
    }
    const csv = await this.loadOnUse(() => import('../../src/transfer/assessment-csv.js'));
    if (!csv) return;
    const { assessmentCsv, CSV_MEDIA_TYPE } = csv;
    downloadFile(this.renderRoot as ShadowRoot, name, assessmentCsv(framework, assessment, this.resolvedLang), CSV_MEDIA_TYPE);
  }

  // ---- Print -------------------------------------------------------------------------------

  /**
   * Brings the report up to date for printing: the time, and the radar copied from the
   * widget's chart as a PNG image. Rendered at once, since the browser lays out the printed
   * page right after `beforeprint`.
   */
  private prepareReport(): void {
    if (!this.reportModule) {
      // Too early for this print; the next one will have the report.
      void this.loadReport();
      return;
    }
    this.printing = true;
    this.printedAt = new Date().toISOString();
    this.radarImage = this.radarSnapshot();
    this.requestUpdate();
    this.performUpdate();
  }

  /** The widget's radar as a PNG data URL, or `undefined` when there is no drawn chart. */
  private radarSnapshot(): string | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const canvas = root.querySelector('mv-radar')?.shadowRoot?.querySelector('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) return undefined;
    try {
      return canvas.toDataURL('image/png');
    } catch {
      return undefined;
    }
  }

  private async print(): Promise<void> {
    await this.loadReport();
    this.prepareReport();
    await this.updateComplete;
    window.print();
  }

  /** Imports the report's module once; `undefined` when it cannot be loaded. */
  private loadReport(): Promise<ReportModule | undefined> {
    this.reportLoad ??= import('./print-report.js').then(
      (module) => (this.reportModule = module),
      () => {
        this.reportLoad = undefined; // try again on the next print
        return undefined;
      },
    );
    return this.reportLoad;
  }

  private preloadReportWhenIdle(): void {
    if (this.reportModule || this.idleHandle !== undefined) return;
    this.idleHandle = whenIdle(() => {
      this.idleHandle = undefined;
      void this.loadReport();
    });
  }

  // ---- Import ------------------------------------------------------------------------------

  private async importFiles(files: FileList | null | undefined): Promise<void> {
    const file = files?.[0];
    const framework = this.framework;
    if (!file || !framework) return;
    // A new attempt starts clean, so an old message is never taken for this file's.
    this.statusText = '';
    this.clearAlert();
    this.pending = undefined;
    const importer = await this.loadOnUse(() => import('../../src/transfer/import-file.js'));
    if (!importer) return;
    const { checkImportSize, importAssessment } = importer;
    let result: ImportResult = checkImportSize(file.size) ?? { outcome: 'ok', problems: [] };
    if (result.outcome === 'ok') {
      let text: string;
      try {
        text = await file.text();
      } catch {
        text = '\u0000';
      }
      result = importAssessment(text, framework);
    }
    if (!result.assessment) {
      this.alert(this.t('importFailed', { file: file.name }), this.problemLines(result.problems));
      return;
    }
    const intent = importIntent(this.mode, result.assessment, this.asReference);
    if (intent === 'reference') {
      this.onAddReference?.(result.assessment);
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

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragOver = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver = false;
    void this.importFiles(event.dataTransfer?.files);
  }

  /**
   * Makes another document the user's own. It takes this widget's mode, so it is kept as this
   * widget's draft. Asks first when the current assessment has any content.
   */
  private replaceOwn(pending: PendingReplace): void {
    const adopted: PendingReplace = { ...pending, assessment: { ...pending.assessment, mode: this.mode === 'official' ? 'official' : 'self' } };
    if (hasContent(this.assessment) || pending.mustConfirm) {
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
    this.onAddReference?.({ ...pending.assessment, mode: 'self' });
    this.say(this.t('importedReference', { file: pending.source }));
  }

  private commitReplace(pending: PendingReplace): void {
    this.pending = undefined;
    if (pending.fromShared) this.shared = undefined;
    this.onReplace?.(pending.assessment);
    this.say(pending.done);
  }

  // ---- Share -------------------------------------------------------------------------------

  private async share(): Promise<void> {
    if (!this.assessment) return;
    this.link = undefined;
    const sharing = await this.loadOnUse(() => import('../../src/transfer/share-link.js'));
    if (!sharing) return;
    const { createShareLink } = sharing;
    const result = await createShareLink(this.assessment, window.location.href);
    if (result.link === undefined) {
      this.alert(this.problemLines(result.problems).join(' '), [], true);
      return;
    }
    this.link = result.link;
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
    const fragment = window.location.hash;
    // A cheap look first, so that the decoder is only downloaded for a page that has a link.
    if (!fragment.includes('mv=')) return;
    const { openShareFragment, shareData } = await import('../../src/transfer/share-link.js');
    if (shareData(fragment) === undefined) return;
    const result = await openShareFragment(fragment, framework);
    if (result.assessment) this.shared = result.assessment;
    else this.alert(this.t('sharedProblems'), this.problemLines(result.problems));
  }

  private keepShared(): void {
    if (!this.shared) return;
    this.replaceOwn({ assessment: this.shared, source: this.t('sharedSource'), done: this.t('sharedKept'), fromShared: true });
  }

  private sharedAsReference(): void {
    if (!this.shared) return;
    this.onAddReference?.(this.shared);
    this.shared = undefined;
  }

  // ---- Submit ------------------------------------------------------------------------------

  private async submit(): Promise<void> {
    const assessment = this.assessment;
    if (!assessment || !this.submitUrl || this.submitState.phase === 'sending') return;
    const proceed = this.emit<SubmitEventDetail>('mv-submit', { assessment }, { cancelable: true });
    if (!proceed) {
      this.submitState = { phase: 'idle' };
      this.say(this.t('submitCancelled'));
      return;
    }
    this.submitState = { phase: 'sending' };
    this.say(this.t('submitting'));
    let url = this.submitUrl;
    try {
      url = new URL(this.submitUrl, this.ownerDocument.baseURI).href;
    } catch {
      // Left as written: the core refuses it with a clear message.
    }
    let submitAssessment: typeof import('../../src/transfer/submit.js').submitAssessment;
    try {
      ({ submitAssessment } = await import('../../src/transfer/submit.js'));
    } catch {
      // The sending code is fetched on first use, and offline that fetch fails as well: the
      // same network failure, with the same retry, not a button stuck on "Sender …".
      this.submitState = { phase: 'failed', failure: { kind: 'network', message: submitNetwork() } };
      this.alert(this.t('submitFailed'), [submitNetwork()[this.resolvedLang]]);
      return;
    }
    const result = await submitAssessment(url, assessment, this.submitTimeoutMs === undefined ? {} : { timeoutMs: this.submitTimeoutMs });
    if (result.ok) {
      this.submitState = { phase: 'done', receipt: result.receipt };
      const parts = [this.t('submitted', { time: formatDate(result.receipt.receivedAt, this.resolvedLang) })];
      if (result.receipt.id !== undefined) parts.push(this.t('receiptId', { id: result.receipt.id }));
      this.say(parts.join(' '));
    } else {
      this.submitState = { phase: 'failed', failure: result.failure };
      this.alert(this.t('submitFailed'), [result.failure.message[this.resolvedLang]]);
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

  override render(): TemplateResult {
    const official = this.mode === 'official';
    const sending = this.submitState.phase === 'sending';
    return html`
      <div lang=${this.resolvedLang}>
        ${this.shared ? this.renderShared(this.shared, official) : nothing}
        <section class="actions" aria-labelledby="actions-heading">
          <h3 id="actions-heading">${this.t('actionsHeading')}</h3>
          <div class="buttons">
            <button type="button" @click=${() => this.download('json')}>${this.t('downloadJson')}</button>
            <button type="button" @click=${() => this.download('csv')}>${this.t('downloadCsv')}</button>
            <button type="button" @click=${() => this.print()}>${this.t('print')}</button>
            <button type="button" @click=${() => this.share()}>${this.t('share')}</button>
            ${this.submitUrl
              ? html`<button type="button" class="primary" ?disabled=${sending} @click=${() => this.submit()}>
                  ${sending ? this.t('submitting') : this.t('submit')}
                </button>`
              : nothing}
          </div>
          <div
            class="dropzone ${this.dragOver ? 'over' : ''}"
            @dragover=${this.onDragOver}
            @dragleave=${() => (this.dragOver = false)}
            @drop=${this.onDrop}
          >
            <p id="import-hint">${this.t('importHint')}</p>
            <div class="buttons">
              <button
                type="button"
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
                <button type="button" @click=${() => this.copyLink()}>${this.t('copy')}</button>
              </div>`
            : nothing}
          ${this.pending ? this.renderConfirm(this.pending) : nothing}
          ${this.alertTitle ? this.renderAlert() : nothing}
          <div class="status" role="status" aria-live="polite">${this.statusText}</div>
        </section>
        ${this.printing && this.reportModule && this.assessment && this.framework
          ? html`<div class="report-wrap">
              ${this.reportModule.printReport(this.reportContext(), {
                framework: this.framework,
                assessment: this.assessment,
                ...(this.radarImage ? { radarImage: this.radarImage } : {}),
                printedAt: this.printedAt,
              })}
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderAlert(): TemplateResult {
    const failed = this.submitState.phase === 'failed';
    return html`<div class="alert" role="alert">
      <p><strong>${this.alertTitle}</strong></p>
      ${this.alertItems.length > 0 ? html`<ul>${this.alertItems.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      ${failed ? html`<button type="button" @click=${() => this.submit()}>${this.t('retry')}</button>` : nothing}
      ${this.offerFile ? html`<button type="button" @click=${() => this.download('json')}>${this.t('shareTooLongOffer')}</button>` : nothing}
    </div>`;
  }

  private renderConfirm(pending: PendingReplace): TemplateResult {
    return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
      ${pending.facts ? html`<p>${pending.facts}</p>` : nothing}
      <p id="confirm-question">
        ${this.t(pending.mustConfirm && this.mode === 'official' ? 'confirmAdoptSelf' : 'confirmReplace', { source: pending.source })}
      </p>
      <div class="buttons">
        ${pending.mustConfirm && this.mode === 'official'
          ? html`<button type="button" @click=${() => this.keepAsReference(pending)}>${this.t('confirmAsReference')}</button>`
          : nothing}
        <button type="button" @click=${() => this.commitReplace(pending)}>${this.t('confirmReplaceYes')}</button>
        <button type="button" @click=${() => (this.pending = undefined)}>${this.t('confirmReplaceNo')}</button>
      </div>
    </div>`;
  }

  private renderShared(shared: Assessment, official: boolean): TemplateResult {
    const title = shared.offer.title?.trim();
    return html`<section class="shared" aria-labelledby="shared-heading">
      <h3 id="shared-heading">${this.t('sharedHeading')}</h3>
      <p>${this.t('sharedIntro')}</p>
      ${title ? html`<p>${this.t('sharedOffer', { title })}</p>` : nothing}
      <mv-radar
        lang=${this.resolvedLang}
        .framework=${this.framework}
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

/** Runs `callback` when the browser is idle (at the latest after 5 s); returns a handle for {@link cancelIdle}. */
function whenIdle(callback: () => void): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(callback, { timeout: 5000 });
  return window.setTimeout(callback, 200);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
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
