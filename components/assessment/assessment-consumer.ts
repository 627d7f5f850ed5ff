import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { assessmentContext, type AssessmentContext } from './assessment-context.js';

/**
 * Finds the `<mv-assessment>` a part sits in and follows what it shares. A part asks when it
 * is connected; the nearest assessment around it (across its own shadow root) answers, and
 * sends every later change.
 *
 * A page may register the parts before `<mv-assessment>` itself (or load them in any order):
 * a part already in the page then asks before anything can answer. So a part whose enclosing
 * `<mv-assessment>` is not yet defined asks again once it is, instead of staying empty.
 */
export class AssessmentConsumer implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof assessmentContext, ReactiveElement>;

  constructor(private readonly host: ReactiveElement) {
    this.consumer = new ContextConsumer(host, { context: assessmentContext, subscribe: true });
    host.addController(this);
  }

  /** What the assessment shares; `undefined` outside an assessment or before it is ready. */
  get value(): AssessmentContext | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    const enclosing = this.host.closest('mv-assessment');
    if (!enclosing || customElements.get('mv-assessment')) return;
    void customElements.whenDefined('mv-assessment').then(() => {
      if (!this.host.isConnected || this.consumer.value !== undefined) return;
      // Asking again: the consumer sends a new request when it is connected.
      this.consumer.hostDisconnected();
      this.consumer.hostConnected();
    });
  }
}
