import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Framework } from '../../src/framework/types.js';
import { canRedo, canUndo, record, redo, startHistory, undo, type EditHistory } from '../../src/history/edit-history.js';
import { indexFramework, type FrameworkIndex } from './framework-index.js';

/** What the history tells its element. */
export interface EditorHistoryHost {
  /** A new present: validated already; save it, tell the page. */
  changed(framework: Framework, index: FrameworkIndex): void;
  /** The user stepped back or forth; say so. */
  stepped(direction: 'undo' | 'redo'): void;
}

/**
 * The editor's undo history and its keys: every edit is recorded (typing in one field
 * coalesces into one step), Ctrl/Cmd+Z undoes, Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y redo.
 * Each present is validated and indexed once, here, for the views to read. When an undo
 * removes the control that had focus (an added axis, say), focus goes to the undo button
 * instead of being lost to the page.
 */
export class EditorHistory implements ReactiveController {
  private history: EditHistory<Framework>;
  private indexed: FrameworkIndex;
  private readonly onKeydown = (event: KeyboardEvent): void => this.keydown(event);

  /**
   * @param start The built-in default framework, where every editor starts; it is taken as
   *   valid without validating it again (its test checks it).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly listener: EditorHistoryHost,
    start: Framework,
  ) {
    this.history = startHistory(start);
    this.indexed = indexFramework(start, 'valid');
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  /** The framework as it stands. */
  get present(): Framework {
    return this.history.present;
  }

  /** Its validation and what the views ask of it. */
  get index(): FrameworkIndex {
    return this.indexed;
  }

  get canUndo(): boolean {
    return canUndo(this.history);
  }

  get canRedo(): boolean {
    return canRedo(this.history);
  }

  /** Starts afresh from `framework`, with nothing to undo (before the user has done anything). */
  reset(framework: Framework): void {
    this.history = startHistory(framework);
    this.indexed = indexFramework(framework);
    this.host.requestUpdate();
  }

  /** Records `next` as a step; edits with the same `coalesceKey` in a row make one step. */
  edit(next: Framework, coalesceKey?: string): void {
    this.commit(record(this.history, next, coalesceKey ? { coalesceKey } : {}));
  }

  undo(): void {
    this.keepingFocus(() => this.commit(undo(this.history)));
    this.listener.stepped('undo');
  }

  redo(): void {
    this.keepingFocus(() => this.commit(redo(this.history)));
    this.listener.stepped('redo');
  }

  private commit(history: EditHistory<Framework>): void {
    if (history === this.history) return;
    this.history = history;
    this.indexed = indexFramework(history.present);
    this.host.requestUpdate();
    this.listener.changed(history.present, this.indexed);
  }

  /** Runs a change; if it removed the focused control, focus goes to the undo button. */
  private keepingFocus(change: () => void): void {
    const root = this.host.shadowRoot;
    const active = root?.activeElement;
    change();
    void this.host.updateComplete.then(() => {
      if (active && !active.isConnected) root?.querySelector<HTMLButtonElement>('[data-action="undo"]')?.focus();
    });
  }

  private keydown(event: KeyboardEvent): void {
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
}
