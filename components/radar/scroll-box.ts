import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the box a wide table scrolls in, and tells whether the table is wider than the
 * box. Only then is the box a named, focusable figure that keyboard users can scroll; a table
 * that fits gets no extra tab stop for keyboard users to pass.
 */
export class ScrollBox implements ReactiveController {
  /** The table is wider than its box, so the box scrolls. */
  scrolls = false;

  /** The host's next update is the one this box asked for: it is not measured again. */
  private ownUpdate = false;
  private observer?: ResizeObserver;
  private watched?: Element;
  private pending?: ReturnType<typeof setTimeout>;

  /**
   * @param host The element that renders the box.
   * @param findBox Finds the box (and the table inside it) after a render.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly findBox: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.findBox();
    if (box !== this.watched) {
      this.observer?.disconnect();
      this.watched = box ?? undefined;
      if (box) {
        this.observer ??= new ResizeObserver(() => this.measureLater());
        this.observer.observe(box);
        const table = box.querySelector('table');
        if (table) this.observer.observe(table);
      }
    }
    // Measured at once after a render, so the box is focusable by the time the render is
    // complete; later size changes come through the observer. Not after the render this box
    // asked for itself: becoming a focusable figure can change the box's width by a pixel,
    // and measuring again there could flip the state back and forth in microtasks forever.
    if (this.ownUpdate) {
      this.ownUpdate = false;
      return;
    }
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
    clearTimeout(this.pending);
  }

  /** Measured in a task of its own: a render from inside the observer would resize again in the same frame. */
  private measureLater(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.measure());
  }

  private measure(): void {
    const box = this.watched;
    const scrolls = box ? box.scrollWidth > box.clientWidth + 1 : false;
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.ownUpdate = true;
    this.host.requestUpdate();
  }
}
