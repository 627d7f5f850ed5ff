import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../../src/problems/problem.js';
import type { EditorContext } from './editor-context.js';

/**
 * The summary of every problem, errors first: each entry names the problem in the user's
 * language and where it is, and its button moves focus to the field so it can be fixed.
 */
export function problemsView(
  ctx: EditorContext,
  problems: readonly Problem[],
  goTo: (path: string) => void,
): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return html`<section class="panel chrome problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading" tabindex="-1">${ctx.t('problemsHeading')}</h2>
    ${problems.length === 0
      ? html`<p class="ok">${ctx.t('problemsNone')}</p>`
      : html`<p>${ctx.t('problemsCount', { errors: ctx.t('errorCount', { count: errors.length }), warnings: ctx.t('warningCount', { count: warnings.length }) })}</p>
          <ul class="problem-summary">
            ${[...errors, ...warnings].map(
              (problem) =>
                html`<li class=${problem.severity}>
                  <span class="severity">${ctx.t(problem.severity === 'error' ? 'error' : 'warning')}:</span>
                  ${problem.message[ctx.lang]}
                  <span class="path">${ctx.t('problemPath', { path: problem.path || ctx.t('rootPath') })}</span>
                  ${problem.path !== ''
                    ? html`<button type="button" class="link" @click=${() => goTo(problem.path)}>
                        ${ctx.t('goToField')}<span class="visually-hidden">: ${problem.path}</span>
                      </button>`
                    : nothing}
                </li>`,
            )}
          </ul>`}
  </section>`;
}
