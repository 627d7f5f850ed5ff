import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether a page placed its own layout inside the element: any child element but an
 * inline framework's `<script>`. Then the element shows the page's children (through a slot)
 * instead of its default layout; the children's own changes are the page's business, so only
 * the element's direct children are watched.
 */
export class PageLayout implements ReactiveController {
  present = false;

  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.present = this.measure();
    this.observer = new MutationObserver(() => {
      const present = this.measure();
      if (present === this.present) return;
      this.present = present;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private measure(): boolean {
    return Array.from(this.host.children).some((child) => child.localName !== 'script');
  }
}
