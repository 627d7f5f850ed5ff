import type { Assessment } from '../../../src/assessment/types.js';
import type { SubmitResult } from '../../../src/transfer/submit.js';
import { submitNetwork } from '../../../src/transfer/transfer-messages.js';

/**
 * Sends the assessment to the kommune: POSTs it as JSON to `submitUrl`, resolved against the
 * page's address. The sending code is fetched on first use, and offline that fetch fails as
 * well: it is reported as the same network failure, with the same retry, not a button stuck
 * on "Sender …".
 */
export async function sendAssessment(
  submitUrl: string,
  baseUri: string,
  assessment: Assessment,
  timeoutMs?: number,
): Promise<SubmitResult> {
  let url = submitUrl;
  try {
    url = new URL(submitUrl, baseUri).href;
  } catch {
    // Left as written: the core refuses it with a clear message.
  }
  let submit: typeof import('../../../src/transfer/submit.js').submitAssessment;
  try {
    ({ submitAssessment: submit } = await import('../../../src/transfer/submit.js'));
  } catch {
    return { ok: false, failure: { kind: 'network', message: submitNetwork() } };
  }
  return submit(url, assessment, timeoutMs === undefined ? {} : { timeoutMs });
}
