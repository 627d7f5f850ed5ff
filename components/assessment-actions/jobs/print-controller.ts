import type { ReactiveController, ReactiveElement } from 'lit';

/** The print report's module; loaded once the widget is idle, or when the print button is used. */
export type ReportModule = typeof import('../print-report.js');

/**
 * Printing: the report is in the DOM only while the page prints. On `beforeprint` (and before
 * the print button calls `window.print()`) the host renders the report, with the time and the
 * radar's image taken at that moment, and on `afterprint` removes it again.
 *
 * The report's module is imported when the widget is first idle after the page has loaded,
 * because a browser's own print command (Ctrl+P) lays out the page right after `beforeprint`
 * and leaves no time to fetch it; printed before then, the page shows no report.
 */
export class PrintController implements ReactiveController {
  /** The report is shown (print media only). */
  printing = false;
  /** When the report was last prepared, ISO 8601. */
  printedAt = new Date().toISOString();
  /** The radar as a PNG data URL, taken when printing starts (a canvas may print blank). */
  radarImage?: string;
  report?: ReportModule;

  private reportLoad?: Promise<ReportModule | undefined>;
  private idleHandle?: number;
  private readonly onBeforePrint = (): void => this.prepare();
  private readonly onAfterPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };
  private readonly onPageLoaded = (): void => this.preloadWhenIdle();

  /**
   * @param host The element that renders the report.
   * @param radarImage Takes the radar's picture when printing starts.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly takeRadarImage: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (document.readyState === 'complete') this.preloadWhenIdle();
    else window.addEventListener('load', this.onPageLoaded, { once: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('load', this.onPageLoaded);
    if (this.idleHandle !== undefined) cancelIdle(this.idleHandle);
    this.idleHandle = undefined;
  }

  /** The print button: loads the report if need be, renders it, and opens the browser's print dialog. */
  async print(): Promise<void> {
    await this.load();
    this.prepare();
    await this.host.updateComplete;
    window.print();
  }

  /**
   * Brings the report up to date for printing and renders it at once, since the browser lays
   * out the printed page right after `beforeprint`.
   */
  private prepare(): void {
    if (!this.report) {
      // Too early for this print; the next one will have the report.
      void this.load();
      return;
    }
    this.printing = true;
    this.printedAt = new Date().toISOString();
    this.radarImage = this.takeRadarImage();
    this.host.requestUpdate();
    // Rendered now, not at the next microtask: `performUpdate` is protected API of the
    // element this controller belongs to, called for the one case that cannot wait.
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  }

  /** Imports the report's module once; `undefined` when it cannot be loaded. */
  private load(): Promise<ReportModule | undefined> {
    this.reportLoad ??= import('../print-report.js').then(
      (module) => (this.report = module),
      () => {
        this.reportLoad = undefined; // try again on the next print
        return undefined;
      },
    );
    return this.reportLoad;
  }

  private preloadWhenIdle(): void {
    if (this.report || this.idleHandle !== undefined) return;
    this.idleHandle = whenIdle(() => {
      this.idleHandle = undefined;
      void this.load();
    });
  }
}

/** Runs `callback` when the browser is idle (at the latest after 5 s); returns a handle for {@link cancelIdle}. */
function whenIdle(callback: () => void): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(callback, { timeout: 5000 });
  return window.setTimeout(callback, 200);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
