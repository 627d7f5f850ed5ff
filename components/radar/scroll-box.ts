import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the box a wide table scrolls in, and tells whether the table is wider than the
 * box. Only then is the box a named, focusable figure that keyboard users can scroll; a table
 * that fits gets no extra tab stop for keyboard users to pass.
 *
 * Measured only when a `ResizeObserver` reports the box or the table at a new size (and once
 * when they are first observed), in a task after the frame, never straight after a render:
 * reading `scrollWidth` there would force the browser to lay out the whole page in the
 * middle of every answer, before the radar has drawn, and lay it out again for the frame.
 * After the frame the layout is clean and the reading costs nothing.
 */
export class ScrollBox implements ReactiveController {
  /** The table is wider than its box, so the box scrolls. */
  scrolls = false;

  private observer?: ResizeObserver;
  private watched?: Element;
  private watchedTable?: Element;
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
    const table = box?.querySelector('table') ?? undefined;
    if (box === this.watched && table === this.watchedTable) return;
    this.observer?.disconnect();
    this.watched = box ?? undefined;
    this.watchedTable = table;
    if (!box) {
      this.settle(false);
      return;
    }
    // The observer reports each element once when it starts watching it, so a new box is
    // measured without a reading here.
    this.observer ??= new ResizeObserver(() => this.measureLater());
    this.observer.observe(box);
    if (table) this.observer.observe(table);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
    this.watchedTable = undefined;
    clearTimeout(this.pending);
  }

  /**
   * In a task of its own: a render from inside the observer's callback would resize the box
   * again in the same frame (becoming a focusable figure can change its width by a pixel),
   * which browsers report as a "ResizeObserver loop" error on the host page.
   */
  private measureLater(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      const box = this.watched;
      this.settle(box ? box.scrollWidth > box.clientWidth + 1 : false);
    });
  }

  private settle(scrolls: boolean): void {
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.host.requestUpdate();
  }
}
