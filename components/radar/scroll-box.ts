import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the box a wide table scrolls in, and tells whether the table is wider than the
 * box. Only then is the box a named, focusable figure that keyboard users can scroll; a table
 * that fits gets no extra tab stop for keyboard users to pass.
 *
 * Measured in a task of its own after a render that gives the table other rows or columns,
 * and the host's `updateComplete` waits for it ({@link settled}), so the box is a focusable
 * figure by the time that render is complete. Not in the render's own task: reading
 * `scrollWidth` there forces the browser to lay out the whole page in the middle of it (at
 * start, the page's first layout: about a quarter of the widget's first render). A render
 * that only changes the values (every answer does) is not measured at all: if new values do
 * make the table wider, a `ResizeObserver` reports it, and the box is measured in a task
 * after the frame, when the layout is clean and the reading costs nothing.
 */
export class ScrollBox implements ReactiveController {
  /** The table is wider than its box, so the box scrolls. */
  scrolls = false;

  private observer?: ResizeObserver;
  private watched?: Element;
  private watchedTable?: Element;
  /** A measurement waiting for its task, and the promise that settles when it is made (or dropped). */
  private pending?: { timer: ReturnType<typeof setTimeout>; done: Promise<void>; settle(): void };
  /** The rows × columns of the table when it was last measured after a render. */
  private measuredShape?: string;
  /** The host's next update is the one this box asked for: it is not measured again. */
  private ownUpdate = false;

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
    if (box !== this.watched || table !== this.watchedTable) {
      this.observer?.disconnect();
      this.watched = box ?? undefined;
      this.watchedTable = table;
      if (box) {
        this.observer ??= new ResizeObserver(() => this.measureLater());
        this.observer.observe(box);
        if (table) this.observer.observe(table);
      }
    }
    // Not after the render this box asked for itself: becoming a focusable figure can change
    // the box's width by a pixel, and measuring again there could flip the state back and
    // forth in microtasks forever.
    if (this.ownUpdate) {
      this.ownUpdate = false;
      return;
    }
    const shape = table ? `${table.rows.length}×${table.rows[0]?.cells.length ?? 0}` : '';
    if (shape === this.measuredShape) return;
    this.measuredShape = shape;
    this.measureLater();
  }

  /**
   * Settles once no measurement is waiting; `undefined` when none is. The host's
   * `getUpdateComplete` awaits it, then its own update again (a measurement may render).
   */
  get settled(): Promise<void> | undefined {
    return this.pending?.done;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
    this.watchedTable = undefined;
    this.measuredShape = undefined;
    this.dropPending();
  }

  /**
   * In a task of its own: a render from inside the observer's callback would resize the box
   * again in the same frame (becoming a focusable figure can change its width by a pixel),
   * which browsers report as a "ResizeObserver loop" error on the host page.
   */
  private measureLater(): void {
    // A measurement already waiting moves to the new task; whoever waits on it keeps waiting.
    let settle!: () => void;
    const done = this.pending?.done ?? new Promise<void>((resolve) => (settle = resolve));
    if (this.pending) {
      clearTimeout(this.pending.timer);
      settle = this.pending.settle;
    }
    const timer = setTimeout(() => {
      this.pending = undefined;
      this.measure();
      settle();
    });
    this.pending = { timer, done, settle };
  }

  /** Drops a waiting measurement and releases whoever waits on it. */
  private dropPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.settle();
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
