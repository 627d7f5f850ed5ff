import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseFramework } from '../../src/framework/parse-framework.js';
import type { Framework } from '../../src/framework/types.js';
import type { Problem } from '../../src/problems/problem.js';

/** Where the framework in use came from, in the contract's order of precedence. */
export type FrameworkSource = 'property' | 'inline' | 'url' | 'default';

/** Why a framework could not be fetched or read. Each kind gets its own message and a retry. */
export type LoadFailureKind = 'not-found' | 'server' | 'timeout' | 'network' | 'not-json';

/** A failed load: the kind, and the URL and HTTP status where there was one. */
export interface LoadFailure {
  kind: LoadFailureKind;
  url?: string;
  status?: number;
}

/** Where loading stands. `ready` carries the validated framework and any warnings. */
export type FrameworkLoadState =
  | { status: 'loading'; source: FrameworkSource }
  | { status: 'ready'; source: FrameworkSource; framework: Framework; warnings: Problem[] }
  | { status: 'invalid'; source: FrameworkSource; problems: Problem[] }
  | { status: 'failed'; source: FrameworkSource; failure: LoadFailure };

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
 * else the built-in default. Every framework, even one set as a property, goes through
 * `parseFramework`: a framework is untrusted input wherever it comes from.
 *
 * The built-in default (about a sixth of the CDN file's start-up bytes) is loaded with
 * `import()` only when the page gives no framework, so a kommune with its own framework
 * never downloads it.
 *
 * Never throws: failures become a `failed` or `invalid` state that the host shows with a
 * retry. A newer load supersedes an older one, whose late answer is ignored.
 */
export class FrameworkLoader implements ReactiveController {
  /** The current state; the host renders from it. */
  state: FrameworkLoadState = { status: 'loading', source: 'default' };

  /**
   * While the built-in default is being imported: a promise that settles once it has been
   * applied (or has failed). The host awaits it in `updateComplete`, so that awaiting an
   * element given no framework still yields the rendered form.
   */
  pendingDefault?: Promise<void>;

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
      this.settle(generation, validate('property', input.framework));
      return;
    }
    const inline = this.inlineScript();
    if (inline !== undefined) {
      this.settle(generation, readJson('inline', inline, undefined));
      return;
    }
    const src = input.src?.trim();
    if (src) {
      this.state = { status: 'loading', source: 'url' };
      this.host.requestUpdate();
      void this.fetchFramework(generation, src);
      return;
    }
    this.state = { status: 'loading', source: 'default' };
    this.host.requestUpdate();
    const pending = this.loadDefault(generation).finally(() => {
      if (this.pendingDefault === pending) this.pendingDefault = undefined;
    });
    this.pendingDefault = pending;
  }

  /** Imports the built-in default framework on demand; a chunk that cannot load is a `network` failure. */
  private async loadDefault(generation: number): Promise<void> {
    let state: FrameworkLoadState;
    try {
      const { defaultFramework } = await import('../../src/framework/default-framework.js');
      state = validate('default', defaultFramework);
    } catch {
      state = { status: 'failed', source: 'default', failure: { kind: 'network' } };
    }
    this.settle(generation, state);
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
    let state: FrameworkLoadState;
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const kind: LoadFailureKind = response.status === 404 ? 'not-found' : 'server';
        state = { status: 'failed', source: 'url', failure: { kind, url, status: response.status } };
      } else {
        state = readJson('url', await response.text(), url);
      }
    } catch {
      if (controller.signal.aborted && !timedOut) return; // superseded or disconnected
      state = { status: 'failed', source: 'url', failure: { kind: timedOut ? 'timeout' : 'network', url } };
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) this.inFlight = undefined;
    }
    this.settle(generation, state);
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

/** Parses JSON text and validates it; text that is not JSON is a `not-json` failure. */
function readJson(source: FrameworkSource, text: string, url: string | undefined): FrameworkLoadState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'failed', source, failure: url === undefined ? { kind: 'not-json' } : { kind: 'not-json', url } };
  }
  return validate(source, value);
}

function validate(source: FrameworkSource, value: unknown): FrameworkLoadState {
  const { framework, problems } = parseFramework(value);
  if (framework === undefined) return { status: 'invalid', source, problems };
  return { status: 'ready', source, framework, warnings: problems };
}
