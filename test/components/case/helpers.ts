import { waitUntil } from '@open-wc/testing';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { goalsFramework } from '../../fixtures/goals-framework.js';
import { deepQueryAll, getByRole } from '../../helpers/accessible.js';
import { goalsDocument, mountOnGoals } from '../../helpers/goals-assessment.js';

/** Mounts an official's assessment on the goals framework; with `storageKey`, drafts are saved under it. */
export async function mountOfficial(options: { lang?: string; storageKey?: string; assessment?: Assessment } = {}) {
  const element = await mountOnGoals({ ...options, mode: 'official' });
  await waitUntil(() => recordOf(element)?.shadowRoot?.querySelector('section'), 'the decision record is drawn', { timeout: 5000 });
  await settle(element);
  return element;
}

/** The decision record of the default layout. */
export function recordOf(element: MvAssessment): HTMLElementTagNameMap['mv-decision-record'] | null {
  return element.shadowRoot!.querySelector('mv-decision-record');
}

/** The reply letter of the default layout. */
export function letterOf(element: MvAssessment): HTMLElementTagNameMap['mv-reply-letter'] | null {
  return element.shadowRoot!.querySelector('mv-reply-letter');
}

/** Lets the assessment and every part settle. */
export async function settle(element: MvAssessment): Promise<void> {
  await element.updateComplete;
  for (const part of deepQueryAll<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'mv-decision-record, mv-reply-letter, mv-assessment-actions')) {
    await part.updateComplete;
  }
  await element.updateComplete;
}

/** Types into the text field named `name`, as pasting would: the whole text, then one `input` event. */
export async function fill(element: MvAssessment, name: string | RegExp, text: string): Promise<void> {
  const field = getByRole<HTMLInputElement | HTMLTextAreaElement>(element, 'textbox', name);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(element);
}

/** Clicks the control (radio, checkbox, button) with this role and name. */
export async function click(element: MvAssessment, role: string, name: string | RegExp): Promise<void> {
  getByRole<HTMLElement>(element, role, name).click();
  await settle(element);
}

/** An official's document for the goals framework with these answers, scored with the real scoring. */
export function officialDocument(answers: Assessment['answers'], extra: Partial<Assessment> = {}): Assessment {
  return goalsDocument(answers, {
    mode: 'official',
    offer: { title: 'Arbeidskafé', organisation: 'Kafé Sammen SA' },
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...extra,
  });
}

/** The text of the document the last print job built inside `root`, white space folded. */
export function printedText(root: ShadowRoot): string {
  const frame = root.querySelector<HTMLIFrameElement>('iframe.print-frame');
  return (frame?.contentDocument?.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { goalsFramework };
