import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/assessment/define.js';
import type { MvAssessment } from '../../../components/assessment/mv-assessment.js';
import type { MvAssessmentActions } from '../../../components/assessment-actions/mv-assessment-actions.js';
import type { Assessment } from '../../../src/assessment/types.js';
import { smallFramework } from '../../fixtures/small-framework.js';
import { getByRole, radiosOf } from '../../helpers/accessible.js';

declare global {
  interface Window {
    /** Set by a payload that ran; must stay undefined. */
    __pwned?: unknown;
  }
}

/** Markup and script that set `window.__pwned` if they are ever parsed as HTML or run. */
export const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** Mounts `<mv-assessment>` on the small framework. */
export async function mount(options: { lang?: string; mode?: string; submitUrl?: string; storageKey?: string } = {}) {
  const element = await fixture<MvAssessment>(html`<mv-assessment
    storage=${options.storageKey ? 'local' : 'none'}
    storage-key=${options.storageKey ?? ''}
    lang=${options.lang ?? 'nb'}
    mode=${options.mode ?? 'self'}
    submit-url=${options.submitUrl ?? ''}
    .framework=${smallFramework}
  ></mv-assessment>`);
  if (!options.submitUrl) element.removeAttribute('submit-url');
  await element.updateComplete;
  await waitUntil(() => actionsOf(element), 'the actions are rendered');
  await actionsOf(element).updateComplete;
  return element;
}

/** The transfer actions inside an assessment element. */
export function actionsOf(element: MvAssessment): MvAssessmentActions {
  return element.shadowRoot!.querySelector('mv-assessment-actions') as MvAssessmentActions;
}

/** Waits for both elements to settle. */
export async function settled(element: MvAssessment): Promise<void> {
  await element.updateComplete;
  await actionsOf(element).updateComplete;
  await element.updateComplete;
}

/** Picks the radio named `level` in the group named `criterion`, as a click would. */
export async function choose(element: MvAssessment, criterion: string, level: string): Promise<void> {
  const radio = radiosOf(element, criterion).find((candidate) => candidate.labels?.[0]?.textContent?.trim().startsWith(level));
  if (!radio) throw new Error(`No radio ${level} in ${criterion}`);
  radio.click();
  await settled(element);
}

/** Clicks the button with this accessible name and lets everything settle. */
export async function press(element: MvAssessment, name: string | RegExp): Promise<void> {
  getByRole<HTMLButtonElement>(element, 'button', name).click();
  await settled(element);
}

/**
 * Presses a download button and returns the file the user would get: its name and text.
 * The temporary link the element clicks is caught (and the browser's download prevented),
 * and the Blob behind its object URL is read back.
 */
export async function downloadVia(element: MvAssessment, name: string): Promise<{ fileName: string; text: string; bytes: Uint8Array }> {
  const root = actionsOf(element).shadowRoot!;
  let caught: HTMLAnchorElement | undefined;
  const catcher = (event: Event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      caught = event.target;
      event.preventDefault();
    }
  };
  root.addEventListener('click', catcher, true);
  try {
    await press(element, name);
    // The CSV writer is imported on first use, so the download can start a moment later.
    await waitUntil(() => caught !== undefined, 'No download was started', { timeout: 5000 }).catch(() => undefined);
  } finally {
    root.removeEventListener('click', catcher, true);
  }
  if (!caught) throw new Error('No download was started');
  const response = await fetch(caught.href);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { fileName: caught.download, text: new TextDecoder().decode(bytes), bytes };
}

/** Imports a file through the file input, as the file picker would hand it over. */
export async function importFile(element: MvAssessment, content: string | Blob, fileName = 'vurdering.json'): Promise<void> {
  const input = actionsOf(element).shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], fileName, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await actionsOf(element).updateComplete;
  await waitForStatusOrAlert(element);
}

/** Drops a file on the drop zone. */
export async function dropFile(element: MvAssessment, content: string, fileName = 'vurdering.json'): Promise<void> {
  const zone = actionsOf(element).shadowRoot!.querySelector('.dropzone')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], fileName, { type: 'application/json' }));
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  await actionsOf(element).updateComplete;
  await waitForStatusOrAlert(element);
}

/** Waits until the actions show a status, an alert or a question. */
export async function waitForStatusOrAlert(element: MvAssessment): Promise<void> {
  const root = actionsOf(element).shadowRoot!;
  await waitUntil(
    () => root.querySelector('[role=alert], .confirm') || (root.querySelector('[role=status]')?.textContent ?? '').trim() !== '',
    'a status, an alert or a question',
    // The importer is fetched on first use; on a busy machine that takes more than a second.
    { timeout: 5000 },
  );
  await settled(element);
}

/** The text of the polite status region. */
export function statusText(element: MvAssessment): string {
  return (actionsOf(element).shadowRoot!.querySelector('[role=status]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the alert, if any. */
export function alertText(element: MvAssessment): string {
  return (actionsOf(element).shadowRoot!.querySelector('[role=alert]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The assessment the element holds; fails the test when there is none. */
export function current(element: MvAssessment): Assessment {
  if (!element.assessment) throw new Error('no assessment');
  return element.assessment;
}

/** Places a share link's fragment in the page's address, as opening the link would. */
export function openAddress(link: string): void {
  history.replaceState(null, '', new URL(link).hash);
}

/** Clears the page's fragment again. */
export function clearAddress(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

export { smallFramework };
