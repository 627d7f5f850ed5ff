import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFramework, type FrameworkMessages } from '../../src/framework/check-framework.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';
import type { ProblemList } from '../../src/problems/problem-list.js';

/** Why a framework could not be fetched or read. Each kind gets its own message and a retry. */
export type LoadFailureKind = 'not-found' | 'server' | 'timeout' | 'network' | 'not-json';

/** A failed load: the kind, and the URL and HTTP status where there was one. */
export interface LoadFailure {
  kind: LoadFailureKind;
  url?: string;
  status?: number;
}

/**
 * Where loading stands. `ready` carries the validated framework (its warnings, such as a
 * missing translation, change nothing for the visitor: the text falls back to another
 * language); `invalid` carries the problems to show.
 */
export type FrameworkLoadState =
  | { status: 'loading' }
  | { status: 'ready'; framework: Framework }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'failed'; failure: LoadFailure };

/** What the host offers as a framework: its `framework` property and `framework-src` attribute. */
export interface FrameworkInput {
  framework: unknown;
  src: string | null | undefined;
}

/** How long a fetch of `framework-src` may take before it counts as failed. */
export const FRAMEWORK_FETCH_TIMEOUT_MS = 15_000;

/**
 * Finds, fetches and validates the framework an element should use: the `framework`
 * property, else an inline `<script type="application/json">` child, else `framework-src`,
 * else the built-in default. Every framework, even one set as a property, is validated as
 * `parseFramework` does: a framework is untrusted input wherever it comes from.
 *
 * The built-in default (about a sixth of the CDN file's start-up bytes) is loaded with
 * `import()` only when the page gives no framework, so a kommune with its own framework
 * never downloads it. Likewise the validator's messages (about 3 KB gzip): a valid framework
 * shows none of them, so they are imported only for a framework with errors, which stays
 * `loading` until its problems can be shown.
 *
 * Never throws: failures become a `failed` or `invalid` state that the host shows with a
 * retry. A newer load supersedes an older one, whose late answer is ignored.
 */
export class FrameworkLoader implements ReactiveController {
  /** The current state; the host renders from it. */
  state: FrameworkLoadState = { status: 'loading' };

  /**
   * While the built-in default or the messages of an invalid framework are being imported: a
   * promise that settles once the state they were wanted for has been applied (or has
   * failed). The host awaits it in `updateComplete`, so that awaiting an element given no
   * framework, or a broken one, still yields what is rendered from it.
   */
  pending?: Promise<void>;

  private generation = 0;
  private inFlight?: AbortController;
  private childObserver?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly readInput: () => FrameworkInput,
    private readonly onSettled: (state: FrameworkLoadState) => void,
    private readonly timeoutMs: number = FRAMEWORK_FETCH_TIMEOUT_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // An inline framework may be added or edited after the element is on the page (a CMS
    // that renders late); follow it, as long as no property overrides it.
    this.childObserver = new MutationObserver(() => {
      if (this.readInput().framework === undefined || this.readInput().framework === null) this.load();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Reconnected while a fetch was cut off by the disconnect: start it again.
    if (this.state.status === 'loading' && this.inFlight === undefined && this.generation > 0) this.load();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.abortInFlight();
  }

  /** Tries again with the same inputs, e.g. after a network failure. */
  retry(): void {
    this.load();
  }

  /** (Re)loads from the host's current inputs. */
  load(): void {
    this.abortInFlight();
    const generation = ++this.generation;
    const input = this.readInput();

    if (input.framework !== undefined && input.framework !== null) {
      this.validate(generation, input.framework);
      return;
    }
    const inline = this.inlineScript();
    if (inline !== undefined) {
      this.readJson(generation, inline, undefined);
      return;
    }
    const src = input.src?.trim();
    if (src) {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
      void this.fetchFramework(generation, src);
      return;
    }
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    this.track(this.loadDefault(generation));
  }

  /**
   * Imports the built-in default framework on demand; a chunk that cannot load is a `network`
   * failure. It is not validated again here: it is our own frozen data, and its test checks
   * that the validator passes it unchanged with no problem at all. Validating its 120 kB of
   * texts was a quarter of the default widget's first render (187 of 735 ms in a profile of the
   * demo's first page at 4× CPU slowdown).
   */
  private async loadDefault(generation: number): Promise<void> {
    let defaultFramework: Framework;
    try {
      ({ defaultFramework } = await import('../../src/framework/default-framework.js'));
    } catch {
      this.settle(generation, { status: 'failed', failure: { kind: 'network' } });
      return;
    }
    this.settle(generation, { status: 'ready', framework: defaultFramework });
  }

  /**
   * Validates a framework and settles on it. An invalid one first imports the messages its
   * problems are shown with, and stays `loading` meanwhile.
   */
  private validate(generation: number, value: unknown): void {
    const { framework, problems } = checkFramework(value);
    if (framework !== undefined) {
      this.settle(generation, { status: 'ready', framework });
      return;
    }
    if (this.state.status !== 'loading') {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
    }
    this.track(describeProblems(problems).then((state) => this.settle(generation, state)));
  }

  /** Parses JSON text and validates it; text that is not JSON is a `not-json` failure. */
  private readJson(generation: number, text: string, url: string | undefined): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.settle(generation, { status: 'failed', failure: url === undefined ? { kind: 'not-json' } : { kind: 'not-json', url } });
      return;
    }
    this.validate(generation, value);
  }

  /** Keeps an import the state waits on in {@link pending} until it is done. */
  private track(work: Promise<void>): void {
    const pending = work.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }

  /** The text of the first `<script type="application/json">` child, if there is one. */
  private inlineScript(): string | undefined {
    // A server render (@lit-labs/ssr) gives the element no children to read.
    for (const child of Array.from(this.host.children ?? [])) {
      if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
        return child.textContent ?? '';
      }
    }
    return undefined;
  }

  private async fetchFramework(generation: number, url: string): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    let outcome: FrameworkLoadState | { text: string };
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const kind: LoadFailureKind = response.status === 404 ? 'not-found' : 'server';
        outcome = { status: 'failed', failure: { kind, url, status: response.status } };
      } else {
        outcome = { text: await response.text() };
      }
    } catch {
      if (controller.signal.aborted && !timedOut) return; // superseded or disconnected
      outcome = { status: 'failed', failure: { kind: timedOut ? 'timeout' : 'network', url } };
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) this.inFlight = undefined;
    }
    if ('text' in outcome) this.readJson(generation, outcome.text, url);
    else this.settle(generation, outcome);
  }

  private settle(generation: number, state: FrameworkLoadState): void {
    if (generation !== this.generation) return;
    this.state = state;
    this.host.requestUpdate();
    this.onSettled(state);
  }

  private abortInFlight(): void {
    const controller = this.inFlight;
    this.inFlight = undefined;
    controller?.abort();
  }
}

/**
 * The `invalid` state of a framework with errors, its problems written with the validator's
 * messages, which are imported for it; messages that cannot load are a `network` failure.
 */
async function describeProblems(problems: ProblemList<FrameworkMessages>): Promise<FrameworkLoadState> {
  try {
    const { frameworkTexts } = await import('../../src/framework/framework-texts.js');
    return { status: 'invalid', problems: problems.toArray(frameworkTexts) };
  } catch {
    return { status: 'failed', failure: { kind: 'network' } };
  }
}
