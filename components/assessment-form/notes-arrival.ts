import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterStartUp } from '../base/after-start-up.js';

/** The module that shows and edits the notes of answers. */
export type NotesModule = typeof import('../assessment/answer-notes-module.js');

/**
 * Brings the notes' module to a form: once the page has loaded and the browser is idle, or at
 * once when the form has an answer to show notes for (a restored draft, a first click). A form
 * with nothing answered has no notes to show, so the start does not wait for them; by the
 * time a visitor answers, the module is almost always there, and otherwise the notes appear
 * below the answer a moment later.
 */
export class NotesArrival implements ReactiveController {
  /** The module, once it is here. */
  module?: NotesModule;
  /** While the module is on its way: settles once it has arrived (or failed). */
  pending?: Promise<void>;

  /**
   * @param host The form.
   * @param arrived Called once with the module, before the host renders with it.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly arrived: (module: NotesModule) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.module) afterStartUp(this.host.ownerDocument, () => this.request());
  }

  /** Starts loading the module unless it is here or on its way. */
  request(): void {
    if (this.module || this.pending) return;
    this.pending = import('../assessment/answer-notes-module.js').then(
      (module) => {
        this.pending = undefined;
        this.module = module;
        this.arrived(module);
        this.host.requestUpdate();
      },
      () => {
        // Offline at that moment: the answers are kept, and the notes come with the connection.
        this.pending = undefined;
        this.host.ownerDocument.defaultView?.addEventListener('online', () => this.request(), { once: true });
      },
    );
  }
}
