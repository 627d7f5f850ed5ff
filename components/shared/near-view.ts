import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether a part of an element has come within a screen's height of the visible part of
 * the page, so that something costly and far down (a live preview under a long form) is made
 * when the reader comes near it, not while the page starts. Once near, it stays near.
 *
 * Where the browser has no `IntersectionObserver`, everything counts as near at once.
 */
export class NearView implements ReactiveController {
  /** The watched part is, or has been, within a screen's height of the visible part. */
  near = typeof IntersectionObserver !== 'function';

  private observer?: IntersectionObserver;
  private watched?: Element;
  /** The host has rendered at least once. */
  private rendered = false;

  /**
   * @param host The element that renders the part.
   * @param findPart Finds the part to watch after a render.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly findPart: () => Element | null,
  ) {
    host.addController(this);
  }

  /** Counts the part as near from now on, as when the reader asks for it. */
  show(): void {
    if (this.near) return;
    this.stopWatching();
    this.near = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Lit does not render again on reconnection; an update finds the part to watch again.
    if (!this.near && this.rendered) this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.rendered = true;
    if (this.near) return;
    const part = this.findPart();
    if (part === this.watched) return;
    this.stopWatching();
    if (!part) return;
    this.watched = part;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.show();
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(part);
  }

  hostDisconnected(): void {
    this.stopWatching();
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }
}
