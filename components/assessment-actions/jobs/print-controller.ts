import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { Lang } from '../../../src/text/lang.js';
import { reportDocumentStyles } from '../report.styles.js';

/** The print report's module; loaded once the widget is idle, or when the print button is used. */
export type ReportModule = typeof import('../print-report.js');

/** What the print button's document needs from the host: the report as it stands now, its title and language. */
export interface ReportDocumentSource {
  /** The report, rendered from the controller's `printedAt` and `radarImage`; `undefined` when there is nothing to print. */
  report(): TemplateResult | undefined;
  title(): string;
  lang(): Lang;
}

/**
 * Printing. The print button prints the report as a document of its own (in a hidden frame),
 * so the paper holds the report and nothing of the host page around the widget. A browser's
 * own print command (Ctrl+P) prints the page as it is: then the report is in the DOM only
 * while the page prints, in place of the widget. On `beforeprint` the host renders it, with
 * the time and the radar's image taken at that moment, and on `afterprint` removes it again.
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
    private readonly source?: ReportDocumentSource,
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

  /**
   * The print button: loads the report if need be and prints it as a document of its own;
   * where no such document can be made, renders it in place and prints the page.
   */
  async print(): Promise<void> {
    await this.load();
    const source = this.source;
    // Fetched on first use: most visitors never print.
    const printDocument = await import('../../shared/print-document.js').then(
      (module) => module.printDocument,
      () => undefined,
    );
    if (this.report && source && printDocument) {
      this.printedAt = new Date().toISOString();
      this.radarImage = this.takeRadarImage();
      const content = source.report();
      const root = this.host.renderRoot as ShadowRoot | HTMLElement;
      if (content && printDocument(root, { title: source.title(), lang: source.lang(), content, styles: [reportDocumentStyles] })) return;
    }
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
