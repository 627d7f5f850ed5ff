import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { blankFramework } from '../../src/framework/blank-framework.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import { getField, setDimensionId, setField } from '../../src/framework/edit-framework.js';
import { editableFramework } from '../../src/framework/editable-framework.js';
import { embedSnippet } from '../../src/framework/embed-snippet.js';
import { sdgTemplate } from '../../src/framework/sdg-template.js';
import type { Framework } from '../../src/framework/types.js';
import { awardCriteria, awardCriteriaText, type AwardCriteriaDraft, type TenderOptions } from '../../src/procurement/award-criteria.js';
import type { Problem } from '../../src/problems/problem.js';
import type { Lang } from '../../src/text/lang.js';
import { resolveText } from '../../src/text/text.js';
import { MvElement } from '../base/mv-element.js';
import { formatFileSize } from '../i18n/number-format.js';
import { copyText } from '../shared/copy-text.js';
import { downloadFile } from '../shared/download-file.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { NearView } from '../shared/near-view.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { DEFAULT_DRAFT_KEY, EditorDrafts } from './editor-drafts.js';
import { EditorHistory } from './editor-history.js';
import { editorStyles } from './framework-editor.styles.js';
import { editorMessages, type EditorMessageKey } from './framework-editor.messages.js';
import { frameworkFileName, MAX_FRAMEWORK_FILE_BYTES, readFrameworkFile } from './framework-file.js';
import type { FrameworkIndex } from './framework-index.js';
import { areaOfPath, criterionOfPath, focusProblemField, itemsOfPath, ruleOfPath } from './problem-focus.js';
import { listActions } from './list-actions.js';
import { axisDetailView, axisListView, type ListActions } from './views/axis-views.js';
import type { EditorContext } from './views/editor-context.js';
import { defaultScaleView, generalView } from './views/general-view.js';
import { goalsView, type GoalPasteState } from './views/goals-view.js';
import { guidanceView } from './views/guidance-view.js';
import { awardView, exportView, previewView } from './views/output-views.js';
import { problemsView } from './views/problems-view.js';
import { startView, type FileReport } from './views/start-view.js';
import { translationsView } from './views/translations-view.js';

/** Detail of `mv-framework-change`. */
export interface FrameworkChangeDetail {
  /** The framework as edited; it may be unfinished, so check `problems` for errors. */
  framework: Framework;
  /** Every problem the validator finds in it, errors and warnings. */
  problems: Problem[];
}

/** How long the preview waits for typing to pause before it redraws. */
const PREVIEW_DELAY_MS = 400;

/** Where the draft is kept: `local` (the browser's localStorage) or `none`. */
export type EditorStorage = 'local' | 'none';

/**
 * Lets a kommune build its own framework without a developer: start from the default
 * framework, from the sustainable development goals it picks, from a blank framework or a
 * file; paste the goal list of its plan to get goals, each with a draft criterion that
 * serves it, and name each goal's owner and source; edit every field in bokmål, nynorsk
 * and English side by side; see each problem next
 * to its field; preview the real assessment; export the JSON and the embed snippet; and draft
 * award criteria (*tildelingskriterier*) for a tender. Work in progress is saved in the
 * browser, and every edit can be undone (Ctrl/Cmd+Z) and redone (Ctrl+Shift+Z, Ctrl+Y).
 *
 * A framework with errors cannot be downloaded: the button says why and leads to the
 * problems, because a file with errors would show the kommune's visitors an error message
 * instead of a form. Warnings (such as missing translations) do not block export.
 *
 * @summary A kommune builds, checks, previews and exports its own framework.
 *
 * @fires {CustomEvent<{ framework: Framework; problems: Problem[] }>} mv-framework-change - On
 *   every edit, undo, redo and load; detail `{ framework, problems }`.
 *
 * @csspart preview - The live `<mv-assessment>` preview.
 * @csspart download - The button that downloads the framework JSON.
 * @csspart award - The award-criteria section, the only part that prints.
 *
 * @cssprop --mv-color-accent - Buttons and the selected axis. Falls back to `--ds-color-accent-base-default`.
 * @cssprop --mv-color-danger - Problems and remove buttons. Falls back to `--ds-color-danger-text-default`.
 * @cssprop --mv-color-surface - Panel background. Falls back to `--ds-color-neutral-surface-tinted`.
 * @cssprop --mv-color-border - Field borders. Falls back to `--ds-color-neutral-border-default`.
 * @cssprop --mv-border-radius - Corner radius. Falls back to `--ds-border-radius-md`.
 * @cssprop --mv-font-family - Font. Falls back to `--ds-font-family`.
 */
export class MvFrameworkEditor extends MvElement {
  static override styles = [sharedStyles, editorStyles];

  /**
   * Where work in progress is kept: `local` (default; a reload brings it back) or `none`.
   */
  @property() storage: EditorStorage = 'local';

  /** Overrides the storage key of the draft (default `merverdi:framework-editor:draft`). */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Address of `merverdi.js` proposed in the embed snippet; the user can change it. */
  @property({ attribute: 'script-url' }) scriptUrl = '/merverdi/merverdi.js';

  @state() private selectedAxis = 0;
  /** The criterion of the selected area whose fields are shown (one at a time). */
  @state() private openCriterion = 0;
  /** The guidance rule whose fields are shown; none (-1) until the user opens one. */
  @state() private openRule = -1;
  /** Per list path (a scale's levels), the item whose fields are shown; none until opened. */
  @state() private openItems: ReadonlyMap<string, number> = new Map();
  /** Paths of the parts whose disclosure is open (the sustainable development goals' lists). */
  @state() private openParts: ReadonlySet<string> = new Set();
  @state() private onlyMissing = true;
  @state() private picked: ReadonlySet<number> = new Set();
  @state() private fileReport?: FileReport;
  @state() private sdgHint?: string;
  @state() private storageNote?: EditorMessageKey;
  @state() private draftNote?: string;
  @state() private frameworkUrl?: string;
  @state() private awardLang?: Lang;
  /** The kommune's choices for the tender draft: areas, price, climate and environment. */
  @state() private tenderOptions: TenderOptions = {};
  @state() private copyMessage?: string;
  @state() private awardCopyMessage?: string;
  @state() private awardFallback?: string;
  @state() private previewFramework?: Framework;
  /** Whether the reader has come near the preview, which is made only then. */
  private readonly previewNear = new NearView(this, () => this.renderRoot.querySelector('.preview'));
  /**
   * Whether the reader has come near the tender draft at the page's foot, which is written
   * out only then (or when it is copied or printed): its document was a sixth of the page.
   */
  private readonly awardNear = new NearView(this, () => this.renderRoot.querySelector('.award'));
  /** Printing prints the tender draft: it is written out first, whatever started the print. */
  private readonly onBeforePrint = (): void => this.awardNear.show();
  @state() private goalPaste: GoalPasteState = {};

  private readonly edits = new EditorHistory(
    this,
    {
      changed: (framework, index) => this.changed(framework, index),
      stepped: (direction) => this.announcer.announce(this.t(direction === 'undo' ? 'undone' : 'redone')),
    },
    defaultFramework as Framework,
  );

  private readonly announcer = new LiveAnnouncer(this, 0);
  private initial?: Framework;
  private started = false;
  private drafts?: EditorDrafts;
  private previewTimer?: ReturnType<typeof setTimeout>;
  /** The framework the preview will show once typing pauses. */
  private previewPending?: Framework;

  /**
   * The framework being edited. Set it to give the editor a starting point (a saved draft
   * in the browser wins on first load, and the user can discard it); read it for the
   * framework as it stands, which may still have problems.
   */
  get framework(): Framework {
    return this.edits.present;
  }

  set framework(value: Framework) {
    const editable = editableFramework(value) ?? blankFramework();
    if (!this.started) {
      this.initial = editable;
      this.edits.reset(editable);
      return;
    }
    this.load(editable, this.t('loaded', { title: resolveText(editable.title, this.resolvedLang) }));
  }

  /** The problems the validator finds in the framework as it stands. */
  get problems(): Problem[] {
    return this.edits.index.result.problems;
  }

  /**
   * The framework as the JSON file the export button downloads, or `undefined` while it has
   * errors. Only the fields of the format are written, in the format's order.
   */
  exportJson(): string | undefined {
    const framework = this.edits.index.result.framework;
    return framework ? `${JSON.stringify(framework, null, 2)}\n` : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) this.start();
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  private start(): void {
    this.started = true;
    if (this.storage !== 'local') {
      this.storageNote = 'storageOff';
    } else {
      this.drafts = new EditorDrafts(this.storageKey || DEFAULT_DRAFT_KEY);
      const found = this.drafts.load();
      if (found.status === 'restored') {
        this.edits.reset(found.framework);
        this.draftNote = this.t('draftRestored');
        this.storageNote = 'savedAt';
      } else if (found.status === 'corrupt') {
        this.draftNote = this.t('draftCorrupt', { key: found.movedTo });
      } else if (found.status === 'unavailable') {
        this.storageNote = 'storageUnavailable';
      }
    }
    // Pending starts as what is shown: an edit to an invalid framework (undefined) must still
    // be told apart from "nothing scheduled".
    this.previewFramework = this.previewPending = this.edits.index.result.framework;
  }

  private t(key: EditorMessageKey, values?: Record<string, string | number>): string {
    return this.msg(editorMessages, key, values);
  }

  /** A new present, recorded by the history: keep the selection in range, save the draft, tell the page. */
  private changed(framework: Framework, index: FrameworkIndex): void {
    const max = framework.dimensions.length - 1;
    if (this.selectedAxis > max) this.selectedAxis = Math.max(0, max);
    const criteria = framework.dimensions[this.selectedAxis]?.criteria.length ?? 0;
    if (this.openCriterion >= criteria) this.openCriterion = Math.max(0, criteria - 1);
    if (this.drafts) this.storageNote = this.drafts.save(framework) ? 'savedAt' : 'storageUnavailable';
    this.emit<FrameworkChangeDetail>('mv-framework-change', { framework, problems: index.result.problems });
  }

  private edit(next: Framework, coalesceKey?: string): void {
    this.edits.edit(next, coalesceKey);
  }

  private load(framework: Framework, message: string): void {
    this.closeAll();
    this.edit(framework);
    this.announcer.announce(message);
  }

  /** Back to the start's view of a framework: the first area, its first criterion, nothing else open. */
  private closeAll(): void {
    this.selectedAxis = 0;
    this.openCriterion = 0;
    this.openRule = -1;
    this.openItems = new Map();
    this.openParts = new Set();
  }

  private set(path: string, value: unknown): void {
    const present = this.edits.present;
    const idMatch = /^dimensions\[(\d+)\]\.id$/.exec(path);
    let next =
      idMatch && typeof value === 'string' ? setDimensionId(present, Number(idMatch[1]), value) : setField(present, path, value);
    next = pruneEmptyGroup(next, path);
    this.edit(next, path);
  }

  private query<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private async focusAfterUpdate(selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const element = this.query<HTMLElement>(selector);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  }

  /** Moves focus to the field a problem is about, showing the area it lies in first. */
  private async goTo(path: string): Promise<void> {
    const area = areaOfPath(path);
    if (area !== undefined && area !== this.selectedAxis) {
      this.selectedAxis = area;
      this.openCriterion = 0;
    }
    const criterion = criterionOfPath(path);
    if (criterion !== undefined) this.openCriterion = criterion;
    const rule = ruleOfPath(path);
    if (rule !== undefined) this.openRule = rule;
    for (const { list, index } of itemsOfPath(path)) this.setOpenItem(list, index);
    await this.updateComplete;
    focusProblemField(this.renderRoot as ShadowRoot, path);
  }

  /** Makes the preview at once, and moves focus to its heading: the button that asked for it is gone. */
  private async showPreview(): Promise<void> {
    this.previewNear.show();
    await this.updateComplete;
    this.query<HTMLElement>('#preview-heading')?.focus();
  }

  private showProblems(): void {
    this.query<HTMLElement>('#problems-heading')?.focus();
  }

  // ---- list actions: these move focus and announce ----

  private listActions(): ListActions {
    return listActions({
      context: this.context(),
      selectedAxis: this.selectedAxis,
      openCriterion: this.openCriterion,
      select: (index) => {
        if (index !== this.selectedAxis) this.openCriterion = 0;
        this.selectedAxis = index;
      },
      open: (criterion) => {
        this.openCriterion = criterion;
      },
      edit: (next) => this.edit(next),
      announce: (message) => this.announcer.announce(message),
      focusAfterUpdate: (selectors) => void this.focusAfterUpdate(selectors),
    });
  }

  // ---- starting points ----

  private startFrom(framework: Framework, message: string): void {
    this.fileReport = undefined;
    this.load(framework, message);
  }

  private async openFile(file: File): Promise<void> {
    const read = await readFrameworkFile(file);
    const name = file.name;
    switch (read.kind) {
      case 'too-large':
        this.fileReport = {
          message: this.t('fileTooLarge', {
            name,
            size: formatFileSize(read.bytes, this.resolvedLang),
            max: formatFileSize(MAX_FRAMEWORK_FILE_BYTES, this.resolvedLang),
          }),
          problems: [],
          refused: true,
        };
        return;
      case 'not-json':
        this.fileReport = { message: this.t('fileNotJson', { name }), problems: [], refused: true };
        return;
      case 'unusable':
        this.fileReport = { message: this.t('fileUnusable', { name }), problems: read.problems, refused: true };
        return;
      case 'opened': {
        const title = resolveText(read.framework.title, this.resolvedLang) || name;
        this.load(read.framework, this.t('loaded', { title }));
        this.fileReport =
          read.problems.length === 0
            ? { message: this.t('loaded', { title }), problems: [] }
            : { message: this.t('fileProblems', { name, count: read.problems.length }), problems: read.problems };
      }
    }
  }

  /**
   * Puts the restored draft aside and starts again from the page's starting point. One step
   * in the history like any other: "Angre" or Ctrl+Z brings the draft back.
   */
  private discardDraft(): void {
    this.draftNote = undefined;
    const start = this.initial ?? (defaultFramework as Framework);
    this.closeAll();
    this.edit(start);
    this.announcer.announce(this.t('draftDiscarded'));
    void this.focusAfterUpdate(['[data-action="undo"]']);
  }

  // ---- export ----

  private download(): void {
    const json = this.exportJson();
    const framework = this.edits.index.result.framework;
    if (!json || !framework) {
      this.showProblems();
      return;
    }
    const file = frameworkFileName(framework);
    downloadFile(this.renderRoot as ShadowRoot, file, json, 'application/json');
    this.announcer.announce(this.t('downloaded', { file }));
  }

  private snippet(): string {
    return embedSnippet({ scriptUrl: this.scriptUrl, frameworkUrl: this.currentFrameworkUrl() });
  }

  private currentFrameworkUrl(): string {
    return this.frameworkUrl ?? `/merverdi/merverdi-framework-${this.edits.present.id || 'rammeverk'}.json`;
  }

  private async copySnippet(): Promise<void> {
    const copied = await this.copyOrSelect(this.snippet(), '#snippet', () => {
      this.copyMessage = this.t('copyFailed');
    });
    if (copied) this.copyMessage = this.t('copied');
  }

  /**
   * Copies `text` and says so; where the browser refuses, `refused` shows the text in a field
   * (`fieldSelector`), which is then focused and selected for the user to copy by hand.
   */
  private async copyOrSelect(text: string, fieldSelector: string, refused: () => void): Promise<boolean> {
    if (await copyText(text)) {
      this.announcer.announce(this.t('copied'));
      return true;
    }
    refused();
    await this.updateComplete;
    const field = this.query<HTMLTextAreaElement>(fieldSelector);
    field?.focus();
    field?.select();
    return false;
  }

  private awardDraft(): AwardCriteriaDraft | undefined {
    const framework = this.edits.index.result.framework;
    return framework ? awardCriteria(framework, this.awardLang ?? this.resolvedLang, this.tenderOptions) : undefined;
  }

  /** Writes the tender draft out if it is not yet, then opens the browser's print dialog. */
  private async printAward(): Promise<void> {
    this.awardNear.show();
    await this.updateComplete;
    window.print();
  }

  private async copyAward(): Promise<void> {
    const draft = this.awardDraft();
    if (!draft) return;
    const text = awardCriteriaText(draft);
    const copied = await this.copyOrSelect(text, '#award-text', () => {
      this.awardFallback = text;
      this.awardCopyMessage = this.t('copyFailed');
    });
    if (copied) {
      this.awardFallback = undefined;
      this.awardCopyMessage = this.t('copied');
    }
  }

  // ---- rendering ----

  private context(): EditorContext {
    return {
      lang: this.resolvedLang,
      draft: this.edits.present,
      t: (key, values) => this.t(key, values),
      text: (value) => resolveText(value, this.resolvedLang),
      problemsAt: this.edits.index.problemsAt,
      hasErrorBelow: this.edits.index.hasErrorBelow,
      missingBelow: this.edits.index.missingBelow,
      texts: this.edits.index.texts,
      set: (path, value) => this.set(path, value),
      apply: (edit, announcement) => {
        this.edit(edit(this.edits.present));
        if (announcement) this.announcer.announce(announcement);
      },
      openItem: (list) => this.openItems.get(list) ?? -1,
      setOpenItem: (list, index) => this.setOpenItem(list, index),
      isOpen: (path) => this.openParts.has(path),
      setOpen: (path, open) => this.setOpenPart(path, open),
    };
  }

  private setOpenItem(list: string, index: number): void {
    if ((this.openItems.get(list) ?? -1) === index) return;
    this.openItems = new Map(this.openItems).set(list, index);
  }

  private setOpenPart(path: string, open: boolean): void {
    if (open === this.openParts.has(path)) return;
    const next = new Set(this.openParts);
    if (open) next.add(path);
    else next.delete(path);
    this.openParts = next;
  }

  protected override update(changed: PropertyValues): void {
    // A keyboard user who tabs to the preview's button scrolls it into view, which makes the
    // preview and takes the button away: focus then moves to the preview's heading, not to
    // the page's start.
    const buttonFocused = this.shadowRoot?.activeElement?.matches('[data-action="show-preview"]') ?? false;
    super.update(changed);
    if (buttonFocused && !this.shadowRoot?.activeElement) this.query<HTMLElement>('#preview-heading')?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.edits.index.result.framework !== this.previewFramework && this.previewPending !== this.edits.index.result.framework) {
      clearTimeout(this.previewTimer);
      const next = this.edits.index.result.framework;
      this.previewPending = next;
      this.previewTimer = setTimeout(() => {
        this.previewFramework = next;
      }, PREVIEW_DELAY_MS);
    }
  }

  protected override render(): unknown {
    const ctx = this.context();
    const problems = this.edits.index.result.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    return html`<div class="editor" role="region" aria-label=${this.t('editorLabel')}>
      <div class="toolbar chrome" role="toolbar" aria-label=${this.t('toolbar')}>
        <button type="button" data-action="undo" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!this.edits.canUndo} @click=${() => this.edits.undo()}>
          ${this.t('undo')}
        </button>
        <button
          type="button"
          data-action="redo"
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          ?disabled=${!this.edits.canRedo}
          @click=${() => this.edits.redo()}
        >
          ${this.t('redo')}
        </button>
        ${this.storageNote ? html`<p class="storage-note">${this.t(this.storageNote)}</p>` : ''}
      </div>
      ${this.draftNote
        ? html`<div class="draft-note chrome">
            <p>${this.draftNote}</p>
            <button type="button" class="secondary" @click=${() => this.discardDraft()}>${this.t('discardDraft')}</button>
          </div>`
        : ''}
      ${startView(ctx, {
        picked: this.picked,
        togglePick: (goal, on) => {
          const next = new Set(this.picked);
          if (on) next.add(goal);
          else next.delete(goal);
          this.picked = next;
          this.sdgHint = undefined;
        },
        startDefault: () =>
          this.startFrom(defaultFramework as Framework, this.t('loaded', { title: resolveText(defaultFramework.title, this.resolvedLang) })),
        startBlank: () => this.startFrom(blankFramework(), this.t('loadedBlank')),
        startSdg: () => {
          if (this.picked.size === 0) {
            this.sdgHint = this.t('sdgNonePicked');
            return;
          }
          const framework = sdgTemplate([...this.picked]);
          this.startFrom(framework, this.t('loaded', { title: resolveText(framework.title, this.resolvedLang) }));
        },
        openFile: (file) => void this.openFile(file),
        fileReport: this.fileReport,
        sdgHint: this.sdgHint,
      })}
      ${problemsView(ctx, problems, (path) => void this.goTo(path))} ${generalView(ctx)}
      ${goalsView(ctx, this.goalPaste, (next) => (this.goalPaste = next))}
      ${axisListView(ctx, this.listActions())} ${axisDetailView(ctx, this.listActions())} ${defaultScaleView(ctx)}
      ${guidanceView(ctx, {
        open: this.openRule,
        openAt: (index) => {
          this.openRule = index;
        },
      })}
      ${translationsView(ctx, this.onlyMissing, (on) => {
        this.onlyMissing = on;
      })}
      ${previewView(ctx, this.previewFramework, this.previewNear.near, () => this.showPreview())}
      ${exportView(ctx, {
        errorCount: errors,
        warningCount: problems.length - errors,
        scriptUrl: this.scriptUrl,
        frameworkUrl: this.currentFrameworkUrl(),
        snippet: this.snippet(),
        setScriptUrl: (value) => {
          this.scriptUrl = value;
        },
        setFrameworkUrl: (value) => {
          this.frameworkUrl = value;
        },
        download: () => this.download(),
        showProblems: () => this.showProblems(),
        copySnippet: () => void this.copySnippet(),
        copyMessage: this.copyMessage,
      })}
      ${awardView(ctx, {
        available: this.edits.index.result.framework !== undefined,
        draft: this.awardNear.near ? this.awardDraft() : undefined,
        lang: this.awardLang ?? this.resolvedLang,
        setLang: (lang) => {
          this.awardLang = lang;
        },
        options: this.tenderOptions,
        setOptions: (options) => (this.tenderOptions = options),
        copy: () => void this.copyAward(),
        print: () => void this.printAward(),
        copyMessage: this.awardCopyMessage,
      })}
      ${this.awardFallback !== undefined
        ? html`<div class="field chrome">
            <label for="award-text">${this.t('awardCopy')}</label>
            <textarea id="award-text" readonly rows="8" .value=${this.awardFallback}></textarea>
          </div>`
        : ''}
      ${this.announcer.render()}
    </div>`;
  }
}

/**
 * Removes an owner or contact that the user emptied field by field: the format requires an
 * owner's name once there is an owner, so an emptied group must disappear, not linger as an error.
 */
function pruneEmptyGroup(framework: Framework, path: string): Framework {
  const group = /^(owner|dimensions\[\d+\]\.contact|goals\[\d+\]\.(?:owner|source))\./.exec(path)?.[1];
  if (!group) return framework;
  const value = getField(framework, group);
  if (typeof value !== 'object' || value === null) return framework;
  const empty = Object.values(value as Record<string, unknown>).every((field) =>
    typeof field === 'string'
      ? field.trim() === ''
      : typeof field === 'object' && field !== null
        ? Object.values(field).every((v) => typeof v !== 'string' || v.trim() === '')
        : field === undefined,
  );
  return empty ? setField(framework, group, undefined) : framework;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-framework-editor': MvFrameworkEditor;
  }
  interface GlobalEventHandlersEventMap {
    'mv-framework-change': CustomEvent<FrameworkChangeDetail>;
  }
}
