import { serializeAssessment } from '../assessment/serialize-assessment.js';
import type { Assessment } from '../assessment/types.js';
import { safeUrl } from '../text/safe-url.js';
import type { Translated } from '../text/text.js';
import * as say from './transfer-messages.js';
import { abortController, globalFetch, later, type Fetch } from './web-platform.js';

/**
 * Submitting an assessment to the address a kommune configured (`submit-url`): one POST of
 * the assessment JSON. Whatever happens comes back as a value, never as an exception, so the
 * form can keep everything and offer to try again.
 */

/** How long a submission may take, answer included, before it counts as timed out. */
export const DEFAULT_SUBMIT_TIMEOUT_MS = 20_000;
/** The longest receipt id shown; a longer one is cut. */
export const MAX_RECEIPT_ID_LENGTH = 200;

/** What the receiver confirmed. */
export interface SubmitReceipt {
  /** The HTTP status (2xx). */
  status: number;
  /** When the answer came, ISO 8601, by this browser's clock. */
  receivedAt: string;
  /** The receiver's reference for the submission (`id` or `receipt` in a JSON answer), as plain text. */
  id?: string;
}

/** Why a submission did not go through. */
export type SubmitFailureKind = 'bad-url' | 'network' | 'timeout' | 'client-error' | 'server-error' | 'unexpected';

/** A submission that did not go through; `message` says so in every language. */
export interface SubmitFailure {
  kind: SubmitFailureKind;
  /** The HTTP status, when the receiver answered. */
  status?: number;
  message: Translated;
}

/** What {@link submitAssessment} returns. */
export type SubmitResult = { ok: true; receipt: SubmitReceipt } | { ok: false; failure: SubmitFailure };

/** Options for {@link submitAssessment}. */
export interface SubmitOptions {
  /** Time-out in milliseconds; default {@link DEFAULT_SUBMIT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The `fetch` to use; default the global one. */
  fetch?: Fetch;
  /** The clock for the receipt; default the current time. */
  now?: () => Date;
}

/**
 * POSTs `assessment` as JSON (`Content-Type: application/json`, the same text a downloaded
 * file holds) to `url`, which must be an absolute http(s) address. Cookies go only to the
 * page's own origin (`credentials: 'same-origin'`), so an internal receiver on the kommune's
 * own site can know the signed-in official, and nobody else learns anything.
 *
 * Any 2xx status is success; the receipt's id is read from a JSON answer's `id` or `receipt`
 * when there is one. 4xx and 5xx, an unreachable receiver and a time-out are failures.
 */
export async function submitAssessment(url: string, assessment: Assessment, options: SubmitOptions = {}): Promise<SubmitResult> {
  const href = safeUrl(url, ['https:', 'http:']);
  if (href === undefined) return failed('bad-url', say.badSubmitUrl());
  const fetch = options.fetch ?? globalFetch();
  if (!fetch) return failed('network', say.submitNetwork());
  const timeoutMs = options.timeoutMs ?? DEFAULT_SUBMIT_TIMEOUT_MS;
  const controller = abortController();
  let timedOut = false;
  const cancelTimer = later(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: serializeAssessment(assessment),
      signal: controller.signal,
      credentials: 'same-origin',
      redirect: 'follow',
    });
    const { status } = response;
    // The body is read under the same time-out: a receiver that stalls mid-answer has not confirmed.
    const body = await response.text().catch(() => '');
    if (status >= 200 && status < 300) {
      const id = receiptId(body);
      const receivedAt = (options.now?.() ?? new Date()).toISOString();
      return { ok: true, receipt: id === undefined ? { status, receivedAt } : { status, receivedAt, id } };
    }
    if (status >= 400 && status < 500) return failed('client-error', say.submitRefused(status), status);
    if (status >= 500 && status < 600) return failed('server-error', say.submitServerError(status), status);
    return failed('unexpected', say.submitUnexpected(status), status);
  } catch {
    const seconds = Math.round(timeoutMs / 1000);
    return timedOut ? failed('timeout', say.submitTimeout(seconds)) : failed('network', say.submitNetwork());
  } finally {
    cancelTimer();
  }
}

function failed(kind: SubmitFailureKind, message: Translated, status?: number): SubmitResult {
  return { ok: false, failure: status === undefined ? { kind, message } : { kind, status, message } };
}

/**
 * The receiver's reference from a JSON answer such as `{ "id": "2026/123" }` or
 * `{ "receipt": "…" }`: a string or number, trimmed and shortened. Anything else: none.
 */
export function receiptId(body: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  for (const key of ['id', 'receipt']) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const raw = (value as Record<string, unknown>)[key];
    const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
    if (text !== '') return text.length > MAX_RECEIPT_ID_LENGTH ? `${text.slice(0, MAX_RECEIPT_ID_LENGTH)}…` : text;
  }
  return undefined;
}
