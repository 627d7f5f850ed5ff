import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Below this width (in CSS pixels) the form shows one area at a time: a phone, or a narrow
 * column of a page's layout. The form beside the radar on a laptop is wider.
 */
export const NARROW_BELOW_PX = 560;

/** From this width (in CSS pixels) the assessment's default layout puts the radar beside the form. */
export const WIDE_FROM_PX = 896;

/**
 * Tells whether the element itself is narrow: a widget in a CMS column may be narrow on a
 * wide screen, so it is the host's width that counts, not the viewport's.
 */
export class NarrowLayout implements ReactiveController {
  narrow = false;

  private observer?: ResizeObserver;
  private pending?: ReturnType<typeof setTimeout>;

  /**
   * @param host The element whose own width counts.
   * @param below The width, in CSS pixels, under which the host counts as narrow.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly below = NARROW_BELOW_PX,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measure at once, so a phone never sees the wide layout first; the observer follows
    // later changes (a rotated phone, a resized window).
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < this.below;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // A hidden element has width 0; keep the last layout rather than flip to narrow.
      if (width === 0) return;
      const narrow = width < this.below;
      if (narrow === this.narrow) return;
      // Re-rendering inside the observer's callback would resize the host again in the same
      // frame, which browsers report as a "ResizeObserver loop" error on the host page. A
      // task (not an animation frame, which a background tab never gets) runs after it.
      clearTimeout(this.pending);
      this.pending = setTimeout(() => {
        this.pending = undefined;
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.pending);
    this.pending = undefined;
  }
}
