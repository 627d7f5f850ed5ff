import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createAssessment } from '../../src/assessment/create-assessment.js';
import type { Assessment } from '../../src/assessment/types.js';
import { caseOverview, type CaseOverview } from '../../src/case/overview.js';
import { caseOverviewCsv } from '../../src/case/overview-csv.js';
import { createBundle } from '../../src/library/library-bundle.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import type { Framework } from '../../src/framework/types.js';
import type { AssessmentEventDetail } from '../assessment/assessment-events.js';
import { MvElement } from '../base/mv-element.js';
import { formatDate, formatScore } from '../i18n/number-format.js';
import {
  AssessmentLibrary,
  DEFAULT_DATABASE_NAME,
  DEFAULT_STORE_NAME,
  DEFAULT_UNDO_WINDOW_MS,
  type ImportFile,
  type ImportResult,
  type LibrarySummary,
} from './assessment-library.js';
import type { LibraryError, LibraryResult } from './library-errors.js';
import { downloadFile } from '../shared/download-file.js';
import { FileDrop } from '../shared/file-drop.js';
import type { ImportMark } from '../../src/compare/offer-identity.js';
import { checkLibraryFileSize, readImportFile } from '../../src/library/library-bundle.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { workspaceMessages } from './workspace.messages.js';
import { workspaceStyles } from './workspace.styles.js';
import { agreedFrom, agreementView, sourcesText, type AgreementChoice, type AgreementState } from './views/agreement-view.js';
import { agreementMessages } from './views/agreement.messages.js';
import { overviewView } from './views/overview-view.js';
import { overviewMessages } from './views/overview.messages.js';
import { assessorDisagreements } from '../../src/case/disagreement.js';
import { resolveText } from '../../src/text/text.js';
import { localize } from '../i18n/define-messages.js';

/**
 * The case officer's workspace: a library of assessments kept in this browser, a comparison
 * of the assessments the officer ticks (right below the library), two assessors' agreement
 * on one assessment, an overview for leaders, and an assessment form in official mode.
 *
 * @summary An official's library of assessments with editing, import, export and comparison.
 *
 * - The library (IndexedDB, database `database-name`, store `store-name`) lists each
 *   assessment's title, organisation, the day it was assessed on (`createdAt`) apart from
 *   when it was last edited (`updatedAt`), type and overall score; each can be opened,
 *   renamed (its offer title), deleted with undo, and ticked for comparison. Saving never
 *   changes the day an assessment was assessed on, so versions keep their before/after order.
 * - The comparison sits right after the library, says which assessments to tick for
 *   self-assessment against the official's or for before/after, and prints and exports
 *   (the ticked assessments as one `merverdi-library` file) on its own.
 * - Two assessors, one agreed assessment: the officer picks their own assessment and a
 *   colleague's of the same offer (from the library or a file); exactly the criteria the two
 *   judged differently are listed with both levels and justifications; for each, the agreed
 *   level is chosen with native radio buttons and a note. The radar shows both and the agreed
 *   one. The agreed assessment is saved as a new entry and records in `basedOn` whose
 *   assessments it rests on.
 * - The overview for leaders: the newest official assessment of each offer, counted by
 *   conclusion and by the framework's goals (how many offers serve each goal, their mean
 *   score and basis), as the core's `caseOverview` computes them; it prints on its own and
 *   downloads as CSV.
 * - "Eksporter alle" downloads one JSON file, a `merverdi-library` bundle (format version 1:
 *   `{ format, version, exportedAt, assessments }`); import takes many files at once, from the
 *   file picker or dropped together, checks each against the framework and reports per file
 *   what was imported and why anything was not.
 * - A full store, or a browser without IndexedDB (e.g. private mode), is reported in the
 *   user's language with `role="alert"`; nothing saved before is lost, and without IndexedDB
 *   the workspace keeps working for the session (import, compare, export), saying so.
 *
 * The assessment on screen is saved to the library as the officer goes (once typing pauses,
 * and before another is opened or a new one started), the one save model it shares with the
 * assessment page's drafts; "Lagre i biblioteket" saves at once.
 *
 * Nothing leaves the browser: import and export go through local files only.
 *
 * @csspart library - The library section: list, import and export.
 * @csspart editor - The section holding the `<mv-assessment mode="official">`.
 * @csspart compare - The section holding the `<mv-compare>`, its instructions and its print and export buttons.
 * @csspart agreement - Two assessors' agreement on one assessment.
 * @csspart overview - The overview for leaders.
 * @csspart alert - A storage problem (full or unavailable).
 * @csspart drop-zone - Where files may be dropped; holds the file picker.
 *
 * @cssprop [--mv-color-accent=#0062ba] - Buttons and the active drop zone.
 * @cssprop [--mv-color-danger=#b3261e] - The alert's border and rejected imports.
 * @cssprop [--mv-color-border=#6b7280] - The drop zone's dashed border.
 * @cssprop [--mv-color-surface=#f3f5f8] - The drop zone while files are dragged over it.
 */
/** How long the workspace waits for typing to pause before it saves to the library. */
const AUTOSAVE_DELAY_MS = 600;

export class MvWorkspace extends MvElement {
  static override styles = [sharedStyles, workspaceStyles];

  /** The framework assessments are made with and checked against; the default framework when unset. */
  @property({ attribute: false }) framework?: Framework;

  /**
   * IndexedDB database name (default `merverdi`); give each workspace on a page its own.
   * Read when connected.
   * @type {string}
   */
  @property({ attribute: 'database-name' }) databaseName = DEFAULT_DATABASE_NAME;

  /**
   * Object store within the database (default `assessments`). Read when connected.
   * @type {string}
   */
  @property({ attribute: 'store-name' }) storeName = DEFAULT_STORE_NAME;

  /**
   * How long a deletion can be undone, in milliseconds (default 30 000). Read when connected.
   * @type {number}
   */
  @property({ attribute: 'undo-window', type: Number }) undoWindow = DEFAULT_UNDO_WINDOW_MS;

  @state() private library?: AssessmentLibrary;
  @state() private entries: LibrarySummary[] = [];
  @state() private storageError?: LibraryError;
  /** The id of the opened entry; `undefined` for a new, unsaved assessment. */
  @state() private currentId?: string;
  /** The document handed to the form (changes only on open or new, never while typing). */
  @state() private loaded?: Assessment;
  @state() private selected: string[] = [];
  @state() private compared: Assessment[] = [];
  /** Which compared assessments came in as files, by position in `compared`. */
  @state() private comparedImports: (ImportMark | undefined)[] = [];
  /** How many stored records could not be read as entries, and were skipped. */
  @state() private damagedCount = 0;
  @state() private importResults: ImportResult[] = [];
  @state() private renamingId?: string;
  @state() private undoable?: { id: string; title: string };
  @state() private status = '';
  /** The overview for leaders, computed from the whole library at each refresh. */
  @state() private overview?: CaseOverview;
  /** Which section is being printed on its own; the rest is hidden in print. */
  @state() private printing?: 'compare' | 'overview';
  @state() private agreeMineId?: string;
  @state() private agreeTheirsId?: string;
  @state() private agreeMine?: Assessment;
  @state() private agreeTheirs?: Assessment;
  @state() private agreeTheirsFile?: string;
  @state() private agreeFileError?: string;
  @state() private agreeNames = { mine: '', theirs: '' };
  @state() private agreeChoices: Record<string, AgreementChoice> = {};
  @state() private agreeError?: string;

  /** The form's latest document, kept out of reactive state so typing never re-renders the form. */
  private edited?: Assessment;
  /** Whether the form holds changes the library does not have yet. */
  private unsaved = false;
  /** The autosave waiting for typing to pause. */
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** Saves run one after another, so that a new assessment is created once, not once per save. */
  private saving: Promise<void> = Promise.resolve();

  private readonly drop = new FileDrop(this, (files) => void this.importFiles(files));

  /** Counts reads of the compared assessments, so that a slower, older read is discarded. */
  private compareRun = 0;

  private get activeFramework(): Framework {
    return this.framework ?? defaultFramework;
  }

  private readonly onAfterPrint = (): void => {
    this.printing = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('afterprint', this.onAfterPrint);
    void this.openLibrary();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.onAfterPrint);
    // What was typed last is saved before the library closes.
    const library = this.library;
    this.library = undefined;
    void this.flush(library).finally(() => library?.close());
  }

  private async openLibrary(): Promise<void> {
    const opened = await AssessmentLibrary.open({
      databaseName: this.databaseName,
      storeName: this.storeName,
      undoWindowMs: this.undoWindow,
    });
    if (!this.isConnected) {
      if (opened.ok) opened.value.close();
      return;
    }
    if (opened.ok) {
      this.library = opened.value;
    } else {
      // Without IndexedDB the workspace still works for this session, and says so.
      this.storageError = opened.error;
      this.library = AssessmentLibrary.inMemory({ undoWindowMs: this.undoWindow });
    }
    if (!this.loaded) await this.startNew(false);
    await this.refresh();
  }

  /** Reloads the list; a failure is shown, and the list on screen stays as it was. */
  private async refresh(): Promise<void> {
    const result = await this.library?.list();
    if (!result) return;
    const damaged = await this.library?.damaged();
    this.damagedCount = damaged?.ok ? damaged.value.length : 0;
    if (this.check(result)) {
      // Read before anything is set, so that the list and the overview change in one render.
      const all = await this.library?.exportAll();
      if (all?.ok) this.overview = caseOverview(this.activeFramework, all.value.assessments);
      this.entries = result.value;
      this.selected = this.selected.filter((id) => result.value.some((entry) => entry.id === id));
      await this.loadCompared();
    }
  }

  /** Shows a failed result's error; returns whether the result is a success. */
  private check<T>(result: LibraryResult<T>): result is { ok: true; value: T } {
    if (result.ok) return true;
    this.storageError = result.error;
    return false;
  }

  private async loadCompared(): Promise<void> {
    const library = this.library;
    if (!library) return;
    // Ticks can come faster than the reads: only the latest selection's read is shown.
    const run = ++this.compareRun;
    const loaded: Assessment[] = [];
    const imports: (ImportMark | undefined)[] = [];
    for (const id of this.selected) {
      const result = await library.get(id);
      if (!result.ok) continue;
      loaded.push(result.value);
      imports.push(this.entries.find((entry) => entry.id === id)?.imported);
    }
    if (run === this.compareRun) {
      this.compared = loaded;
      this.comparedImports = imports;
    }
  }

  override render(): TemplateResult {
    return html`
      <div class="workspace ${this.printing ? `printing-${this.printing}` : ''}" lang=${this.resolvedLang}>
        <h2>${this.t('heading')}</h2>
        ${this.storageError
          ? html`<div class="alert" role="alert" part="alert">${this.storageError.message[this.resolvedLang]}</div>`
          : nothing}
        ${this.renderLibrary()} ${this.renderCompare()}
        ${agreementView(this.agreementState(), (text) => html`<h3 id="agreement-heading">${text}</h3>`)}
        ${overviewView(
          { lang: this.resolvedLang, overview: this.overview, print: () => void this.printSection('overview'), exportCsv: () => this.exportOverview() },
          (text) => html`<h3 id="overview-heading">${text}</h3>`,
        )}
        ${this.renderEditor()}
      </div>
    `;
  }

  private renderLibrary(): TemplateResult {
    return html`
      <section part="library">
        <h3>${this.t('libraryHeading')}</h3>
        ${this.library && !this.library.persistent ? html`<p>${this.t('sessionOnly')}</p>` : nothing}
        <div class="toolbar">
          <button type="button" @click=${() => void this.startNew(true)}>${this.t('newAssessment')}</button>
          <button type="button" @click=${this.exportAll} ?disabled=${!this.library}>${this.t('exportAll')}</button>
        </div>
        <div
          class="drop-zone ${this.drop.dragging ? 'dragging' : ''}"
          part="drop-zone"
          @dragover=${this.drop.over}
          @dragleave=${this.drop.leave}
          @drop=${this.drop.drop}
        >
          <label>
            ${this.t('importLabel')}
            <input type="file" multiple accept=".json,application/json" @change=${this.onFilesChosen} />
          </label>
          <p>${this.t('dropZone')}</p>
        </div>
        <div class="status" role="status">
          ${this.status}
          ${this.undoable
            ? html`<button type="button" @click=${this.undoRemove}>${this.t('undo')}</button>`
            : nothing}
        </div>
        ${this.renderImportResults()}
        ${this.damagedCount > 0 ? html`<p class="damaged" part="alert">${this.t('damagedEntries', { count: this.damagedCount })}</p>` : nothing}
        ${!this.library
          ? html`<p>${this.t('loading')}</p>`
          : this.entries.length === 0
            ? html`<p>${this.t('emptyLibrary')}</p>`
            : this.renderList()}
      </section>
    `;
  }

  private renderList(): TemplateResult {
    return html`
      <div class="table-scroll">
        <table>
          <caption>${this.t('libraryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('compareHeader')}</th>
              <th scope="col">${this.t('titleHeader')}</th>
              <th scope="col">${this.t('organisationHeader')}</th>
              <th scope="col">${this.t('assessedHeader')}</th>
              <th scope="col">${this.t('editedHeader')}</th>
              <th scope="col">${this.t('modeHeader')}</th>
              <th scope="col">${this.t('scoreHeader')}</th>
              <th scope="col">${this.t('actionsHeader')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.entries.map((entry) => this.renderEntry(entry))}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderEntry(entry: LibrarySummary): TemplateResult {
    const title = entry.title || this.t('untitled');
    return html`
      <tr>
        <td>
          <input
            type="checkbox"
            aria-label=${this.t('chooseForCompare', { title })}
            .checked=${this.selected.includes(entry.id)}
            @change=${(event: Event) => this.toggleSelected(entry.id, (event.target as HTMLInputElement).checked)}
          />
        </td>
        <th scope="row">
          ${this.renamingId === entry.id
            ? html`<form class="rename" data-mv-form @submit=${(event: Event) => this.submitRename(event, entry.id)}>
                <label>
                  ${this.t('newName', { title })}
                  <input type="text" name="title" .value=${entry.title} required />
                </label>
                <button type="submit">${this.t('saveName')}</button>
                <button type="button" @click=${() => (this.renamingId = undefined)}>${this.t('cancel')}</button>
              </form>`
            : title}
        </th>
        <td>${entry.organisation}</td>
        <td>${formatDate(entry.createdAt, this.resolvedLang)}</td>
        <td>${formatDate(entry.updatedAt, this.resolvedLang)}</td>
        <td>
          ${this.t(entry.mode === 'official' ? 'modeOfficial' : 'modeSelf')}
          ${entry.basedOn
            ? html`<br /><span class="agreed">${localize(agreementMessages, this.resolvedLang, 'agreedMark', {
                sources: sourcesText(entry.basedOn, this.resolvedLang),
              })}</span>`
            : nothing}
          ${entry.imported
            ? html`<br /><span class="imported">${this.t('importedMark', {
                file: entry.imported.fileName,
                date: formatDate(entry.imported.importedAt, this.resolvedLang),
              })}</span>`
            : nothing}
        </td>
        <td class="number">
          ${entry.overall === null
            ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${this.t('notAssessed')}</span>`
            : formatScore(entry.overall, this.resolvedLang)}
        </td>
        <td>
          <div class="actions">
            <button type="button" aria-label=${this.t('openNamed', { title })} @click=${() => this.open(entry.id)}>
              ${this.t('open')}
            </button>
            <button type="button" aria-label=${this.t('renameNamed', { title })} @click=${() => this.startRename(entry.id)}>
              ${this.t('rename')}
            </button>
            <button type="button" aria-label=${this.t('removeNamed', { title })} @click=${() => this.removeEntry(entry)}>
              ${this.t('remove')}
            </button>
          </div>
        </td>
      </tr>
    `;
  }

  private renderImportResults(): TemplateResult | typeof nothing {
    if (this.importResults.length === 0) return nothing;
    const imported = this.importResults.filter((result) => result.status === 'imported').length;
    return html`
      <div class="import-results">
        <h4>${this.t('importHeading')}</h4>
        <p>${this.t('importSummary', { imported, rejected: this.importResults.length - imported })}</p>
        <ul>
          ${this.importResults.map((result) => html`<li class=${result.status}>${this.importText(result)}</li>`)}
        </ul>
      </div>
    `;
  }

  private importText(result: ImportResult): string {
    const file = result.fileName;
    const item = result.item ?? 0;
    if (result.status === 'imported') {
      const title = result.title || this.t('untitled');
      return this.t(result.item ? 'importedItem' : 'imported', { file, item, title });
    }
    const error = result.problems.find((problem) => problem.severity === 'error');
    const reason = error
      ? `${error.message[this.resolvedLang]}${error.path ? ` ${this.t('atPath', { path: error.path })}` : ''}`
      : this.t('unreadable');
    return this.t(result.item ? 'rejectedItem' : 'rejected', { file, item, reason });
  }

  private renderEditor(): TemplateResult {
    const title = this.loaded?.offer.title || this.t('untitled');
    return html`
      <section part="editor">
        <h3>${this.t('editorHeading')}</h3>
        <p>${this.currentId ? this.t('editingSaved', { title }) : this.t('editingNew')} ${this.t('autosaves')}</p>
        <div class="toolbar">
          <button type="button" class="primary" @click=${this.save} ?disabled=${!this.library}>${this.t('save')}</button>
        </div>
        ${this.loaded
          ? html`<mv-assessment
              mode="official"
              storage="none"
              lang=${this.resolvedLang}
              .framework=${this.activeFramework}
              .assessment=${this.loaded}
              @mv-change=${this.onAssessmentChange}
            ></mv-assessment>`
          : nothing}
      </section>
    `;
  }

  private renderCompare(): TemplateResult {
    return html`
      <section part="compare" class="compare">
        <div class="compare-help no-print">
          <p>${this.t('compareHint')}</p>
          <ul>
            <li>${this.t('compareHowSelf')}</li>
            <li>${this.t('compareHowOverTime')}</li>
          </ul>
        </div>
        ${this.compared.length === 0
          ? nothing
          : html`<div class="toolbar no-print">
                <button type="button" @click=${() => void this.printSection('compare')}>${this.t('printCompare')}</button>
                <button type="button" @click=${this.exportCompared}>${this.t('exportCompare')}</button>
              </div>
              <mv-compare
              heading-level="3"
              lang=${this.resolvedLang}
              .framework=${this.activeFramework}
              .assessments=${this.compared}
              .imports=${this.comparedImports}
            ></mv-compare>`}
      </section>
    `;
  }

  /** Prints one section on its own: the rest of the workspace is hidden while it prints. */
  private async printSection(section: 'compare' | 'overview'): Promise<void> {
    this.printing = section;
    await this.updateComplete;
    window.print();
  }

  /** Downloads the ticked assessments as one library file, the comparison's own export. */
  private exportCompared(): void {
    const bundle = createBundle(this.compared);
    const file = `merverdi-sammenligning-${bundle.exportedAt.slice(0, 10)}.json`;
    downloadFile(this.renderRoot as ShadowRoot, file, JSON.stringify(bundle, null, 2), 'application/json');
    this.status = this.t('exported', { count: bundle.assessments.length, file });
  }

  private exportOverview(): void {
    if (!this.overview) return;
    const file = `merverdi-oversikt-${new Date().toISOString().slice(0, 10)}.csv`;
    downloadFile(this.renderRoot as ShadowRoot, file, caseOverviewCsv(this.overview, this.resolvedLang), 'text/csv;charset=utf-8');
    this.status = localize(overviewMessages, this.resolvedLang, 'exported', { file });
  }

  private agreementState(): AgreementState {
    return {
      framework: this.activeFramework,
      lang: this.resolvedLang,
      entries: this.entries,
      mineId: this.agreeMineId,
      theirsId: this.agreeTheirsId,
      mine: this.agreeMine,
      theirs: this.agreeTheirs,
      theirsFile: this.agreeTheirsFile,
      fileError: this.agreeFileError,
      names: this.agreeNames,
      choices: this.agreeChoices,
      error: this.agreeError,
      chooseMine: (id) => void this.chooseAgreement('mine', id),
      chooseTheirs: (id) => void this.chooseAgreement('theirs', id),
      chooseFile: (file) => void this.chooseAgreementFile(file),
      setName: (which, name) => {
        this.agreeNames = { ...this.agreeNames, [which]: name };
      },
      setChoice: (id, choice) => {
        this.agreeChoices = { ...this.agreeChoices, [id]: choice };
        this.agreeError = undefined;
      },
      save: () => void this.saveAgreement(),
    };
  }

  private async chooseAgreement(which: 'mine' | 'theirs', id: string): Promise<void> {
    const result = id ? await this.library?.get(id) : undefined;
    const assessment = result?.ok ? result.value : undefined;
    const name = assessment?.decision?.assessor?.name ?? '';
    if (which === 'mine') {
      this.agreeMineId = assessment ? id : undefined;
      this.agreeMine = assessment;
      if (this.agreeTheirsId === id) {
        this.agreeTheirsId = undefined;
        this.agreeTheirs = undefined;
      }
    } else {
      this.agreeTheirsId = assessment ? id : undefined;
      this.agreeTheirs = assessment;
      this.agreeTheirsFile = undefined;
      this.agreeFileError = undefined;
    }
    this.agreeNames = { ...this.agreeNames, [which]: name };
    this.agreeChoices = {};
    this.agreeError = undefined;
  }

  /** A colleague's assessment from a file: checked as an import is, but not added to the library. */
  private async chooseAgreementFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const say = (key: 'fileRejected' | 'fileUnreadable', reason = '') =>
      localize(agreementMessages, this.resolvedLang, key, { file: file.name, reason });
    const tooBig = checkLibraryFileSize(file.name, file.size);
    let documents;
    try {
      documents = tooBig ? [tooBig] : readImportFile(file.name, await file.text(), this.activeFramework);
    } catch {
      this.agreeFileError = say('fileRejected', say('fileUnreadable'));
      return;
    }
    const document = documents.find((candidate) => candidate.assessment);
    if (!document?.assessment) {
      const error = documents[0]?.problems.find((problem) => problem.severity === 'error');
      this.agreeFileError = say('fileRejected', error ? error.message[this.resolvedLang] : say('fileUnreadable'));
      return;
    }
    this.agreeTheirs = document.assessment;
    this.agreeTheirsId = undefined;
    this.agreeTheirsFile = file.name;
    this.agreeFileError = undefined;
    this.agreeNames = { ...this.agreeNames, theirs: document.assessment.decision?.assessor?.name ?? '' };
    this.agreeChoices = {};
    this.agreeError = undefined;
  }

  /** Saves the agreed assessment as a new entry, or says which differences are still open. */
  private async saveAgreement(): Promise<void> {
    const state = this.agreementState();
    const mine = this.agreeMine;
    const theirs = this.agreeTheirs;
    if (!this.library || !mine || !theirs) return;
    const agreed = agreedFrom(state);
    const lang = this.resolvedLang;
    if (!agreed) {
      const open = assessorDisagreements(this.activeFramework, mine, theirs).filter((item) => {
        const choice = this.agreeChoices[item.criterionId];
        return !choice || (!choice.notApplicable && choice.level === undefined);
      });
      const titles = new Map(
        this.activeFramework.dimensions.flatMap((dimension) => dimension.criteria.map((criterion) => [criterion.id, resolveText(criterion.title, lang)])),
      );
      this.agreeError = localize(agreementMessages, lang, 'unresolved', {
        count: open.length,
        criteria: open.map((item) => titles.get(item.criterionId) ?? item.criterionId).join(', '),
      });
      await this.updateComplete;
      const first = open[0];
      if (first) this.renderRoot.querySelector<HTMLInputElement>(`fieldset[data-criterion="${first.criterionId}"] input[type="radio"]`)?.focus();
      return;
    }
    const result = await this.library.save(agreed);
    if (!this.check(result)) return;
    this.agreeError = undefined;
    this.status = localize(agreementMessages, lang, 'saved', {
      title: agreed.offer.title || this.t('untitled'),
      sources: sourcesText(agreed.basedOn ?? [], lang),
    });
    this.undoable = undefined;
    await this.refresh();
  }

  private async startNew(announce: boolean): Promise<void> {
    await this.flush();
    const fresh = createAssessment(this.activeFramework, { mode: 'official', lang: this.resolvedLang });
    this.loaded = fresh;
    this.edited = fresh;
    this.currentId = undefined;
    if (announce) this.status = this.t('editingNew');
  }

  /**
   * Every change is saved to the library once typing pauses, as the assessment page saves its
   * drafts: one save model, so that opening another assessment, starting a new one or leaving
   * the page never drops what was typed. "Lagre i biblioteket" saves at once.
   */
  private onAssessmentChange(event: CustomEvent<AssessmentEventDetail>): void {
    this.edited = event.detail.assessment;
    this.unsaved = true;
    clearTimeout(this.saveTimer);
    // Saved quietly: a status message after every pause in typing would keep a screen reader talking.
    this.saveTimer = setTimeout(() => void this.flush(this.library, false), AUTOSAVE_DELAY_MS);
  }

  /** Saves now, whatever is unsaved. */
  private async save(): Promise<void> {
    this.unsaved = true;
    await this.flush();
  }

  /** Saves unsaved changes, after any save still running; nothing when all is saved. */
  private flush(library = this.library, announce = true): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saving = this.saving.then(async () => {
      const assessment = this.edited;
      if (!library || !assessment || !this.unsaved) return;
      this.unsaved = false;
      const result = await library.save(assessment, this.currentId);
      if (!this.check(result)) {
        this.unsaved = true;
        return;
      }
      this.storageError = undefined;
      this.currentId = result.value;
      if (announce) {
        this.status = this.t('saved', { title: assessment.offer.title || this.t('untitled') });
        this.undoable = undefined;
      }
      if (this.isConnected) await this.refresh();
    });
    return this.saving;
  }

  private async open(id: string): Promise<void> {
    await this.flush();
    const result = await this.library?.get(id);
    if (!result || !this.check(result)) return;
    this.loaded = result.value;
    this.edited = result.value;
    this.currentId = id;
    this.status = this.t('opened', { title: result.value.offer.title || this.t('untitled') });
  }

  private startRename(id: string): void {
    this.renamingId = id;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>('.rename input')?.focus();
    });
  }

  private async submitRename(event: Event, id: string): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('input');
    const title = input?.value.trim() ?? '';
    if (!this.library || title === '') return;
    const result = await this.library.rename(id, title);
    if (!this.check(result)) return;
    this.renamingId = undefined;
    this.status = this.t('renamed', { title });
    await this.refresh();
  }

  private async removeEntry(entry: LibrarySummary): Promise<void> {
    if (!this.library) return;
    const result = await this.library.remove(entry.id);
    if (!this.check(result)) return;
    const title = entry.title || this.t('untitled');
    this.undoable = { id: entry.id, title };
    this.status = this.t('removed', { title });
    await this.refresh();
    // The undo button goes when the deletion becomes final.
    setTimeout(() => {
      if (this.undoable?.id === entry.id) this.undoable = undefined;
    }, this.undoWindow);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.status button')?.focus();
  }

  private async undoRemove(): Promise<void> {
    const pending = this.undoable;
    if (!this.library || !pending) return;
    const result = await this.library.undoRemove(pending.id);
    this.undoable = undefined;
    if (!this.check(result)) return;
    this.status = this.t('restored', { title: pending.title });
    await this.refresh();
  }

  private toggleSelected(id: string, checked: boolean): void {
    this.selected = checked ? [...this.selected.filter((other) => other !== id), id] : this.selected.filter((other) => other !== id);
    void this.loadCompared();
  }

  private async exportAll(): Promise<void> {
    const result = await this.library?.exportAll();
    if (!result || !this.check(result)) return;
    const file = `merverdi-bibliotek-${result.value.exportedAt.slice(0, 10)}.json`;
    downloadFile(this.renderRoot as ShadowRoot, file, JSON.stringify(result.value, null, 2), 'application/json');
    this.status = this.t('exported', { count: result.value.assessments.length, file });
  }

  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.importFiles(files);
  }

  /** Reads every file, then imports them together; an unreadable file is reported, not fatal. */
  private async importFiles(files: File[]): Promise<void> {
    const library = this.library;
    if (!library || files.length === 0) return;
    const readable: ImportFile[] = [];
    const unreadable: ImportResult[] = [];
    for (const file of files) {
      // A file over the limit is refused before it is read into memory.
      const tooBig = checkLibraryFileSize(file.name, file.size);
      if (tooBig) {
        unreadable.push({ fileName: file.name, status: 'rejected', problems: tooBig.problems });
        continue;
      }
      try {
        readable.push({ name: file.name, content: await file.text(), size: file.size });
      } catch {
        unreadable.push({ fileName: file.name, status: 'rejected', problems: [] });
      }
    }
    const results = await library.importFiles(readable, this.activeFramework);
    this.importResults = [...results, ...unreadable];
    const failed = results.find((result) => result.problems.some((problem) => problem.code === 'quota-exceeded'));
    if (failed) this.storageError = { code: 'quota-exceeded', message: failed.problems[0]!.message };
    const imported = results.filter((result) => result.status === 'imported').length;
    this.status = this.t('importSummary', { imported, rejected: this.importResults.length - imported });
    await this.refresh();
  }

  private t(key: keyof (typeof workspaceMessages)['nb'], values?: Record<string, string | number>): string {
    return this.msg(workspaceMessages, key, values);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-workspace': MvWorkspace;
  }
}
