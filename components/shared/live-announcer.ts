import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long an announcer with a delay waits for quiet before it speaks. */
export const ANNOUNCE_DELAY_MS = 900;

/**
 * Feeds an element's one polite live region, and renders it.
 *
 * With a delay (the default), announcements are debounced: a burst of changes (arrowing
 * through a radio group, typing) ends in one message about where things stand, instead of a
 * screen reader reading every intermediate score. With `delayMs` 0 each message is spoken at
 * once; the same message twice in a row ("Kopiert.") empties the region for a frame first,
 * so that it is read twice.
 */
export class LiveAnnouncer implements ReactiveController {
  /** The text currently in the live region. */
  message = '';

  private timer?: ReturnType<typeof setTimeout>;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number = ANNOUNCE_DELAY_MS,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Announces `message` (or what `message` returns when it is spoken); later calls win. */
  announce(message: string | (() => string)): void {
    const compose = typeof message === 'string' ? () => message : message;
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    if (this.delayMs > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.show(compose());
      }, this.delayMs);
      return;
    }
    const text = compose();
    if (text !== this.message) {
      this.show(text);
      return;
    }
    // The same words again: a live region reads only changes, so it is emptied for a frame.
    this.show('');
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.show(text);
    });
  }

  /** The live region itself: one per element, hidden from sight, polite. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }

  private show(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }
}
