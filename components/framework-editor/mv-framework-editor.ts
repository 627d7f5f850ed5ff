import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { blankFramework } from '../../src/framework/blank-framework.js';
import { defaultFramework } from '../../src/framework/default-framework.js';
import {
  addCriterion,
  addDimension,
  getField,
  moveCriterion,
  moveDimension,
  removeCriterion,
  removeDimension,
  setDimensionId,
  setField,
} from '../../src/framework/edit-framework.js';
import { editableFramework } from '../../src/framework/editable-framework.js';
import { embedSnippet } from '../../src/framework/embed-snippet.js';
import { parsePath } from '../../src/framework/field-path.js';
import { parseFramework, type FrameworkParseResult } from '../../src/framework/parse-framework.js';
import { sdgTemplate } from '../../src/framework/sdg-template.js';
import type { Framework } from '../../src/framework/types.js';
import { canRedo, canUndo, record, redo, startHistory, undo, type EditHistory } from '../../src/history/edit-history.js';
import { awardCriteria, awardCriteriaText, type AwardCriteriaDraft, type TenderOptions } from '../../src/procurement/award-criteria.js';
import type { Problem } from '../../src/problems/problem.js';
import type { Lang } from '../../src/text/lang.js';
import { resolveText, type Text } from '../../src/text/text.js';
// The live preview is an <mv-assessment>. A static import: in the CDN build the assessment
// is in the start-up file already, and a dynamic one would make the bundler build a module
// namespace there, with a helper of its own in one more start-up file.
import '../assessment/define.js';
import { MvElement } from '../base/mv-element.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { copyText } from './copy-text.js';
import { downloadFile } from './download-file.js';
import { DEFAULT_DRAFT_KEY, DraftStore } from './draft-store.js';
import { editorStyles } from './framework-editor.styles.js';
import { editorMessages, type EditorMessageKey } from './framework-editor.messages.js';
import { axisDetailView, axisListView, axisName, type ListActions, type MoveDirection } from './views/axis-views.js';
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
 * file; edit every field in bokmål, nynorsk and English side by side; see each problem next
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

  @state() private history: EditHistory<Framework> = startHistory(defaultFramework as Framework);
  @state() private selectedAxis = 0;
  @state() private onlyMissing = true;
  @state() private picked: ReadonlySet<number> = new Set();
  @state() private fileReport?: FileReport;
  @state() private sdgHint?: string;
  @state() private storageNote?: EditorMessageKey;
  @state() private draftNote?: string;
  @state() private announcement = '';
  @state() private frameworkUrl?: string;
  @state() private awardLang?: Lang;
  /** The kommune's choices for the tender draft: areas, price, climate and environment. */
  @state() private tenderOptions: TenderOptions = {};
  @state() private copyMessage?: string;
  @state() private awardCopyMessage?: string;
  @state() private awardFallback?: string;
  @state() private previewFramework?: Framework;
  @state() private goalPaste: GoalPasteState = {};

  private result: FrameworkParseResult = parseFramework(defaultFramework);
  private byPath = new Map<string, Problem[]>();
  private initial?: Framework;
  private started = false;
  private store?: DraftStore;
  private previewTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
    this.index();
  }

  /**
   * The framework being edited. Set it to give the editor a starting point (a saved draft
   * in the browser wins on first load, and the user can discard it); read it for the
   * framework as it stands, which may still have problems.
   */
  get framework(): Framework {
    return this.history.present;
  }

  set framework(value: Framework) {
    const editable = editableFramework(value) ?? blankFramework();
    if (!this.started) {
      this.initial = editable;
      this.history = startHistory(editable);
      this.index();
      return;
    }
    this.load(editable, this.t('loaded', { title: resolveText(editable.title, this.resolvedLang) }));
  }

  /** The problems the validator finds in the framework as it stands. */
  get problems(): Problem[] {
    return this.result.problems;
  }

  /**
   * The framework as the JSON file the export button downloads, or `undefined` while it has
   * errors. Only the fields of the format are written, in the format's order.
   */
  exportJson(): string | undefined {
    const framework = this.result.framework;
    return framework ? `${JSON.stringify(framework, null, 2)}\n` : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  private start(): void {
    this.started = true;
    if (this.storage !== 'local') {
      this.storageNote = 'storageOff';
    } else {
      this.store = new DraftStore(this.storageKey || DEFAULT_DRAFT_KEY, () => window.localStorage);
      const found = this.store.load();
      if (found.status === 'restored') {
        this.history = startHistory(found.framework);
        this.draftNote = this.t('draftRestored');
        this.storageNote = 'savedAt';
      } else if (found.status === 'corrupt') {
        this.draftNote = this.t('draftCorrupt', { key: found.movedTo });
      } else if (found.status === 'unavailable') {
        this.storageNote = 'storageUnavailable';
      }
    }
    this.index();
    this.previewFramework = this.result.framework;
  }

  private t(key: EditorMessageKey, values?: Record<string, string | number>): string {
    return this.msg(editorMessages, key, values);
  }

  /** Validates the present state and files its problems by path. */
  private index(): void {
    this.result = parseFramework(this.history.present);
    this.byPath = new Map();
    for (const problem of this.result.problems) {
      const list = this.byPath.get(problem.path) ?? [];
      list.push(problem);
      this.byPath.set(problem.path, list);
    }
  }

  /** Records a new state: validate, save the draft, tell the page. */
  private commit(history: EditHistory<Framework>): void {
    if (history === this.history) return;
    this.history = history;
    this.index();
    const max = this.history.present.dimensions.length - 1;
    if (this.selectedAxis > max) this.selectedAxis = Math.max(0, max);
    if (this.store) this.storageNote = this.store.save(this.history.present) ? 'savedAt' : 'storageUnavailable';
    this.emit<FrameworkChangeDetail>('mv-framework-change', {
      framework: this.history.present,
      problems: this.result.problems,
    });
  }

  private edit(next: Framework, coalesceKey?: string): void {
    this.commit(record(this.history, next, coalesceKey ? { coalesceKey } : {}));
  }

  private load(framework: Framework, message: string): void {
    this.selectedAxis = 0;
    this.edit(framework);
    this.announce(message);
  }

  private set(path: string, value: unknown): void {
    const present = this.history.present;
    const idMatch = /^dimensions\[(\d+)\]\.id$/.exec(path);
    let next =
      idMatch && typeof value === 'string' ? setDimensionId(present, Number(idMatch[1]), value) : setField(present, path, value);
    next = pruneEmptyGroup(next, path);
    this.edit(next, path);
  }

  /** Puts a message in the live region; cleared first so a repeat is read again. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private undo(): void {
    this.restoreFocusAfter(() => this.commit(undo(this.history)));
    this.announce(this.t('undone'));
  }

  private redo(): void {
    this.restoreFocusAfter(() => this.commit(redo(this.history)));
    this.announce(this.t('redone'));
  }

  /** Runs a change; if it removed the focused control, focus goes to the undo button. */
  private restoreFocusAfter(change: () => void): void {
    const active = this.shadowRoot?.activeElement;
    change();
    void this.updateComplete.then(() => {
      if (active && !active.isConnected) this.query<HTMLButtonElement>('[data-action="undo"]')?.focus();
    });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      this.redo();
    }
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

  private hasErrorBelow(path: string): boolean {
    return this.result.problems.some(
      (p) => p.severity === 'error' && (p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)),
    );
  }

  /** Moves focus to the field a problem is about, opening what hides it. */
  private async goTo(path: string): Promise<void> {
    const segments = parsePath(path);
    if (segments[0] === 'dimensions' && typeof segments[1] === 'number' && segments.length > 2) {
      this.selectedAxis = segments[1];
    }
    await this.updateComplete;
    let target: HTMLElement | null = null;
    const special = /^dimensions(?:\[(\d+)\]\.criteria)?$/.exec(path);
    if (special) target = this.query(special[1] === undefined ? '[data-add="axis"]' : `[data-add="criterion-${special[1]}"]`);
    for (let length = segments.length; !target && length > 0; length -= 1) {
      const prefix = formatPrefix(path, segments, length);
      const found = this.query<HTMLElement>(`[data-path="${CSS.escape(prefix)}"]`);
      if (!found) continue;
      target = found.matches('input, select, textarea, button')
        ? found
        : found.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button');
    }
    if (!target) return;
    const details = target.closest('details');
    if (details && !details.open) details.open = true;
    target.focus();
  }

  private showProblems(): void {
    this.query<HTMLElement>('#problems-heading')?.focus();
  }

  // ---- list actions: these move focus and announce ----

  private listActions(): ListActions {
    return {
      selectedAxis: this.selectedAxis,
      selectAxis: (index) => {
        this.selectedAxis = index;
        void this.focusAfterUpdate(['#axis-detail-heading']);
      },
      addAxis: () => {
        const index = this.history.present.dimensions.length;
        this.edit(addDimension(this.history.present));
        this.selectedAxis = index;
        this.announce(this.t('axisAdded', { number: index + 1 }));
        void this.focusAfterUpdate([`#f-dimensions-${index}-title-nb`]);
      },
      removeAxis: (index) => {
        const name = axisName(this.context(), this.history.present.dimensions[index], index);
        this.edit(removeDimension(this.history.present, index));
        if (this.selectedAxis >= index && this.selectedAxis > 0) this.selectedAxis -= 1;
        this.announce(this.t('axisRemoved', { title: name }));
        void this.focusAfterUpdate([`[data-select="${index}"]`, `[data-select="${index - 1}"]`, '[data-add="axis"]']);
      },
      moveAxis: (index, direction) => {
        const to = direction === 'up' ? index - 1 : index + 1;
        const count = this.history.present.dimensions.length;
        if (to < 0 || to >= count) return;
        const name = axisName(this.context(), this.history.present.dimensions[index], index);
        this.edit(moveDimension(this.history.present, index, to));
        if (this.selectedAxis === index) this.selectedAxis = to;
        else if (this.selectedAxis === to) this.selectedAxis = index;
        this.announce(this.t('moved', { title: name, position: to + 1, count }));
        const other = direction === 'up' ? 'down' : 'up';
        void this.focusAfterUpdate([`[data-move="axis-${direction}-${to}"]`, `[data-move="axis-${other}-${to}"]`]);
      },
      addCriterion: (axis) => {
        const index = this.history.present.dimensions[axis]?.criteria.length ?? 0;
        this.edit(addCriterion(this.history.present, axis));
        this.announce(this.t('criterionAdded', { number: index + 1 }));
        void this.focusAfterUpdate([`#f-dimensions-${axis}-criteria-${index}-title-nb`]);
      },
      removeCriterion: (axis, index) => {
        const criterion = this.history.present.dimensions[axis]?.criteria[index];
        const name = this.textOf(criterion?.title) || this.t('criterion', { number: index + 1 });
        this.edit(removeCriterion(this.history.present, axis, index));
        this.announce(this.t('criterionRemoved', { title: name }));
        void this.focusAfterUpdate([`[data-add="criterion-${axis}"]`]);
      },
      moveCriterion: (axis, index, direction: MoveDirection) => {
        const to = direction === 'up' ? index - 1 : index + 1;
        const criteria = this.history.present.dimensions[axis]?.criteria ?? [];
        if (to < 0 || to >= criteria.length) return;
        const name = this.textOf(criteria[index]?.title) || this.t('criterion', { number: index + 1 });
        this.edit(moveCriterion(this.history.present, axis, index, to));
        this.announce(this.t('moved', { title: name, position: to + 1, count: criteria.length }));
        const other = direction === 'up' ? 'down' : 'up';
        void this.focusAfterUpdate([
          `[data-move="criterion-${axis}-${direction}-${to}"]`,
          `[data-move="criterion-${axis}-${other}-${to}"]`,
        ]);
      },
    };
  }

  private textOf(value: Text | undefined): string {
    return resolveText(value, this.resolvedLang).trim();
  }

  // ---- starting points ----

  private startFrom(framework: Framework, message: string): void {
    this.fileReport = undefined;
    this.load(framework, message);
  }

  private async openFile(file: File): Promise<void> {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      this.fileReport = { message: this.t('fileNotJson', { name: file.name }), problems: [] };
      return;
    }
    const parsed = parseFramework(value);
    const editable = parsed.framework ?? editableFramework(value);
    if (!editable) {
      this.fileReport = { message: this.t('fileUnusable', { name: file.name }), problems: parsed.problems };
      return;
    }
    const title = resolveText(editable.title, this.resolvedLang) || file.name;
    this.load(editable, this.t('loaded', { title }));
    this.fileReport = parsed.framework
      ? { message: this.t('loaded', { title }), problems: [] }
      : { message: this.t('fileProblems', { name: file.name, count: parsed.problems.length }), problems: parsed.problems };
  }

  private discardDraft(): void {
    this.store?.clear();
    this.draftNote = undefined;
    const start = this.initial ?? (defaultFramework as Framework);
    this.load(start, this.t('loaded', { title: resolveText(start.title, this.resolvedLang) }));
  }

  // ---- export ----

  private download(): void {
    const json = this.exportJson();
    const framework = this.result.framework;
    if (!json || !framework) {
      this.showProblems();
      return;
    }
    const file = `merverdi-framework-${framework.id}.json`;
    downloadFile(this.renderRoot as ShadowRoot, file, json, 'application/json');
    this.announce(this.t('downloaded', { file }));
  }

  private snippet(): string {
    return embedSnippet({ scriptUrl: this.scriptUrl, frameworkUrl: this.currentFrameworkUrl() });
  }

  private currentFrameworkUrl(): string {
    return this.frameworkUrl ?? `/merverdi/merverdi-framework-${this.history.present.id || 'rammeverk'}.json`;
  }

  private async copySnippet(): Promise<void> {
    if (await copyText(this.snippet())) {
      this.copyMessage = this.t('copied');
      this.announce(this.t('copied'));
      return;
    }
    this.copyMessage = this.t('copyFailed');
    await this.updateComplete;
    const area = this.query<HTMLTextAreaElement>('#snippet');
    area?.focus();
    area?.select();
  }

  private awardDraft(): AwardCriteriaDraft | undefined {
    const framework = this.result.framework;
    return framework ? awardCriteria(framework, this.awardLang ?? this.resolvedLang, this.tenderOptions) : undefined;
  }

  private async copyAward(): Promise<void> {
    const draft = this.awardDraft();
    if (!draft) return;
    const text = awardCriteriaText(draft);
    if (await copyText(text)) {
      this.awardFallback = undefined;
      this.awardCopyMessage = this.t('copied');
      this.announce(this.t('copied'));
      return;
    }
    this.awardFallback = text;
    this.awardCopyMessage = this.t('copyFailed');
    await this.updateComplete;
    const area = this.query<HTMLTextAreaElement>('#award-text');
    area?.focus();
    area?.select();
  }

  // ---- rendering ----

  private context(): EditorContext {
    return {
      lang: this.resolvedLang,
      draft: this.history.present,
      t: (key, values) => this.t(key, values),
      text: (value) => resolveText(value, this.resolvedLang),
      problemsAt: (path) => this.byPath.get(path) ?? [],
      hasErrorBelow: (path) => this.hasErrorBelow(path),
      set: (path, value) => this.set(path, value),
      apply: (edit, announcement) => {
        this.edit(edit(this.history.present));
        if (announcement) this.announce(announcement);
      },
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('history') && this.result.framework !== this.previewFramework) {
      clearTimeout(this.previewTimer);
      const next = this.result.framework;
      this.previewTimer = setTimeout(() => {
        this.previewFramework = next;
      }, PREVIEW_DELAY_MS);
    }
  }

  protected override render(): unknown {
    const ctx = this.context();
    const problems = this.result.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    return html`<div class="editor" role="region" aria-label=${this.t('editorLabel')}>
      <div class="toolbar chrome" role="toolbar" aria-label=${this.t('toolbar')}>
        <button type="button" data-action="undo" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!canUndo(this.history)} @click=${() => this.undo()}>
          ${this.t('undo')}
        </button>
        <button
          type="button"
          data-action="redo"
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          ?disabled=${!canRedo(this.history)}
          @click=${() => this.redo()}
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
      ${guidanceView(ctx)}
      ${translationsView(ctx, this.onlyMissing, (on) => {
        this.onlyMissing = on;
      })}
      ${previewView(ctx, this.previewFramework)}
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
        draft: this.awardDraft(),
        lang: this.awardLang ?? this.resolvedLang,
        setLang: (lang) => {
          this.awardLang = lang;
        },
        options: this.tenderOptions,
        setOptions: (options) => (this.tenderOptions = options),
        copy: () => void this.copyAward(),
        print: () => window.print(),
        copyMessage: this.awardCopyMessage,
      })}
      ${this.awardFallback !== undefined
        ? html`<div class="field chrome">
            <label for="award-text">${this.t('awardCopy')}</label>
            <textarea id="award-text" readonly rows="8" .value=${this.awardFallback}></textarea>
          </div>`
        : ''}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** The path of the first `length` segments, cut from the original so quoting is kept. */
function formatPrefix(path: string, segments: readonly unknown[], length: number): string {
  if (length === segments.length) return path;
  let cut = path;
  for (let drop = segments.length - length; drop > 0; drop -= 1) {
    cut = cut.replace(/(\.[A-Za-z_$][A-Za-z0-9_$]*|\[[^\]]*\])$/, '');
  }
  return cut;
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
