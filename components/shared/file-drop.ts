import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A drop zone for files: tells the browser a drop is welcome (a copy, not a move), knows
 * whether files are being dragged over it so the zone can show it, and hands the dropped
 * files on. The file picker beside it stays the way in for keyboard and screen reader users;
 * dropping is a shortcut, never the only way.
 *
 * Bind the handlers in the template: `@dragover=${drop.over} @dragleave=${drop.leave}
 * @drop=${drop.drop}`.
 */
export class FileDrop implements ReactiveController {
  /** Whether files are being dragged over the zone. */
  dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly receive: (files: File[]) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dragging = false;
  }

  readonly over = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.set(true);
  };

  readonly leave = (): void => this.set(false);

  readonly drop = (event: DragEvent): void => {
    event.preventDefault();
    this.set(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) this.receive(files);
  };

  private set(dragging: boolean): void {
    if (dragging === this.dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }
}
