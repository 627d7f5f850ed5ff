import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the announcer waits for quiet before it speaks. */
export const ANNOUNCE_DELAY_MS = 900;

/**
 * Feeds the element's one polite live region. Announcements are debounced: a burst of
 * changes (arrowing through a radio group, typing) ends in one message about where things
 * stand, instead of a screen reader reading every intermediate score.
 */
export class LiveAnnouncer implements ReactiveController {
  /** The text currently in the live region. */
  message = '';

  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number = ANNOUNCE_DELAY_MS,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Announces what `compose` returns once changes have paused; later calls win. */
  announce(compose: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.message = compose();
      this.host.requestUpdate();
    }, this.delayMs);
  }
}
