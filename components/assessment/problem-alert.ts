import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../src/problems/problem.js';
import type { AssessmentMessageKey } from './assessment.messages.js';
import type { LoadFailure } from './framework-loader.js';
import type { ViewContext } from './view-context.js';

/** The message for a failed load, in the view's language. */
export function failureMessage(ctx: Pick<ViewContext, 't'>, failure: LoadFailure): string {
  const url = failure.url ?? '';
  const keys: Record<LoadFailure['kind'], AssessmentMessageKey> = {
    'not-found': 'failureNotFound',
    server: 'failureServer',
    timeout: 'failureTimeout',
    // No URL: the built-in framework's own module could not be loaded.
    network: failure.url === undefined ? 'failureDefaultNetwork' : 'failureNetwork',
    'not-json': failure.url === undefined ? 'failureInlineNotJson' : 'failureNotJson',
  };
  return ctx.t(keys[failure.kind], { url, status: failure.status ?? '' });
}

/** A load that failed: what went wrong, and a retry button. */
export function loadFailureAlert(
  ctx: Pick<ViewContext, 't'>,
  message: string,
  onRetry: () => void,
): TemplateResult {
  return html`
    <div class="alert" role="alert" part="alert">
      <p class="alert-title"><strong>${ctx.t('loadFailedTitle')}</strong></p>
      <p>${message}</p>
      <button type="button" part="button" @click=${onRetry}>${ctx.t('retry')}</button>
    </div>
  `;
}

/**
 * A document that cannot be used: every problem with its JSON path, errors first, in the
 * view's language. The list is what a kommune's web editor needs to correct the file.
 */
export function problemsAlert(
  ctx: Pick<ViewContext, 't' | 'lang'>,
  title: AssessmentMessageKey,
  intro: AssessmentMessageKey,
  problems: readonly Problem[],
): TemplateResult {
  const ordered = [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity !== 'error'),
  ];
  return html`
    <div class="alert" role="alert" part="alert">
      <p class="alert-title"><strong>${ctx.t(title)}</strong></p>
      <p>${ctx.t(intro)}</p>
      <ul class="problems">
        ${ordered.map(
          (problem) => html`<li>
            ${problem.message[ctx.lang]}
            <span class="path">${ctx.t('problemPath', { path: problem.path || ctx.t('rootPath') })}</span>
          </li>`,
        )}
      </ul>
    </div>
  `;
}
