import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (in CSS pixels) the form shows one axis at a time. */
export const NARROW_BELOW_PX = 640;

/**
 * Tells whether the element itself is narrow: a widget in a CMS column may be narrow on a
 * wide screen, so it is the host's width that counts, not the viewport's.
 */
export class NarrowLayout implements ReactiveController {
  narrow = false;

  private observer?: ResizeObserver;
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // A hidden element has width 0; keep the last layout rather than flip to narrow.
      if (width === 0) return;
      const narrow = width < NARROW_BELOW_PX;
      if (narrow === this.narrow) return;
      // Re-rendering inside the observer's callback would resize the host again in the same
      // frame, which browsers report as a "ResizeObserver loop" error on the host page.
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
