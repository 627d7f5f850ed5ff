import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment } from '../../src/assessment/types.js';
import type { Contact, Criterion, Dimension } from '../../src/framework/types.js';
import { summarize, type ContactSuggestion } from '../../src/scoring/insights.js';
import { safeUrl } from '../../src/text/safe-url.js';
import type { ViewContext } from './view-context.js';

function findDimension(ctx: ViewContext, id: string): Dimension | undefined {
  return ctx.framework.dimensions.find((dimension) => dimension.id === id);
}

function findCriterion(ctx: ViewContext, id: string): Criterion | undefined {
  for (const dimension of ctx.framework.dimensions) {
    const criterion = dimension.criteria.find((candidate) => candidate.id === id);
    if (criterion) return criterion;
  }
  return undefined;
}

/**
 * The summary an entrepreneur takes to the meeting: strengths, the gaps worth closing first
 * with what the next level would take, the kommune's guidance that applies, and who in the
 * kommune to contact. Everything is derived afresh from the framework and the answers.
 */
export function summaryView(ctx: ViewContext, assessment: Assessment): TemplateResult {
  const summary = summarize(ctx.framework, assessment);
  const dimensionTitle = (id: string) => ctx.text(findDimension(ctx, id)?.title) || id;
  const criterionTitle = (id: string) => ctx.text(findCriterion(ctx, id)?.title) || id;
  const { strengths } = summary;
  const hasStrengths = strengths.dimensions.length > 0 || strengths.criteria.length > 0;

  return html`
    <section class="summary" part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${ctx.t('summaryHeading')}</h3>

      <h4>${ctx.t('strengths')}</h4>
      ${hasStrengths
        ? html`<ul>
            ${strengths.dimensions.map(
              (strength) =>
                html`<li>
                  <strong>${dimensionTitle(strength.dimensionId)}</strong>:
                  ${ctx.t('axisScore', { score: ctx.score(strength.score) })}
                </li>`,
            )}
            ${strengths.criteria.map(
              (strength) =>
                html`<li>${criterionTitle(strength.criterionId)}: ${ctx.text(strength.level.label)}</li>`,
            )}
          </ul>`
        : html`<p>${ctx.t('strengthsNone')}</p>`}

      <h4>${ctx.t('gaps')}</h4>
      ${summary.gaps.length > 0
        ? html`<ol>
            ${summary.gaps.map(
              (gap) => html`<li>
                <strong>${criterionTitle(gap.criterionId)}</strong>
                (${dimensionTitle(gap.dimensionId)}): ${ctx.text(gap.current.label)} →
                ${ctx.t('gapNext', { label: ctx.text(gap.next.label) })}.
                ${ctx.text(gap.next.description)}
              </li>`,
            )}
          </ol>`
        : html`<p>${ctx.t('gapsNone')}</p>`}

      ${summary.guidance.length > 0
        ? html`<h4>${ctx.t('guidance')}</h4>
            <ul>
              ${summary.guidance.map((item) => html`<li>${ctx.text(item.text)}</li>`)}
            </ul>`
        : nothing}

      <h4>${ctx.t('contacts')}</h4>
      ${summary.contacts.length > 0
        ? html`<ul class="contacts">
            ${summary.contacts.map((suggestion) => contactItem(ctx, suggestion, dimensionTitle(suggestion.dimensionId)))}
          </ul>`
        : html`<p>${ctx.t('contactsNone')}</p>`}
    </section>
  `;
}

/**
 * One contact. Links are made only from values `safeUrl` accepts; `mailto:` and `tel:` are
 * built from the address and number, so nothing in a framework can smuggle in another scheme.
 * A value that is refused is still shown, as plain text.
 */
function contactItem(ctx: ViewContext, suggestion: ContactSuggestion, axis: string): TemplateResult {
  const contact: Contact = suggestion.contact;
  const unit = ctx.text(contact.unit);
  const mail = contact.email ? safeUrl(`mailto:${contact.email.trim()}`, ['mailto:']) : undefined;
  const phone = contact.phone ? safeUrl(`tel:${contact.phone.replace(/[\s()-]/g, '')}`, ['tel:']) : undefined;
  const web = contact.url ? safeUrl(contact.url, ['https:', 'http:']) : undefined;
  return html`<li>
    <strong>${ctx.t('contactAxis', { axis })}</strong>
    (${ctx.t('axisScore', { score: ctx.score(suggestion.score) })})
    ${unit ? html`<br />${unit}` : nothing}
    ${contact.name ? html`<br />${contact.name}` : nothing}
    ${contact.email
      ? html`<br />${mail
            ? html`<a href=${mail}>${ctx.t('contactEmail', { email: contact.email })}</a>`
            : ctx.t('contactEmail', { email: contact.email })}`
      : nothing}
    ${contact.phone
      ? html`<br />${phone
            ? html`<a href=${phone}>${ctx.t('contactPhone', { phone: contact.phone })}</a>`
            : ctx.t('contactPhone', { phone: contact.phone })}`
      : nothing}
    ${contact.url
      ? html`<br />${web ? html`<a href=${web}>${ctx.t('contactWeb')}</a>` : contact.url}`
      : nothing}
  </li>`;
}
