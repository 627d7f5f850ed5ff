import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../src/assessment/limits.js';
import { checkOrgNumber } from '../../src/assessment/org-number.js';
import type { Offer } from '../../src/assessment/types.js';
import type { ViewContext } from './view-context.js';

/** What the offer form needs from the element. */
export interface OfferFormProps {
  offer: Offer;
  /** Whether the organisation number field has been left once (then an unfinished number is an error). */
  orgNumberTouched: boolean;
  onChange(changes: Partial<Offer>): void;
  onOrgNumberBlur(): void;
}

/** What the live organisation number check says, if anything. */
type OrgNumberVerdict = { kind: 'none' } | { kind: 'valid' } | { kind: 'error'; message: string };

function judgeOrgNumber(ctx: ViewContext, value: string, touched: boolean): OrgNumberVerdict {
  if (value.trim() === '') return { kind: 'none' };
  const check = checkOrgNumber(value);
  if (check.valid) return { kind: 'valid' };
  const digits = value.replace(/[\s\u00a0]/g, '');
  if (check.fault === 'not-nine-digits') {
    // While the user is still typing the first digits, do not scold; once they leave the
    // field, or type too many or something other than digits, say what is wrong.
    const unfinished = /^[0-9]{0,8}$/.test(digits);
    return unfinished && !touched ? { kind: 'none' } : { kind: 'error', message: ctx.t('orgNumberNotNine') };
  }
  return { kind: 'error', message: ctx.t('orgNumberCheckDigit') };
}

/**
 * The offer: its title, the organisation and its organisation number (checked live with the
 * modulus-11 check digit), a contact and a short description. Native inputs with visible
 * labels; hints and errors attached with `aria-describedby`.
 */
export function offerForm(ctx: ViewContext, props: OfferFormProps): TemplateResult {
  const { offer } = props;
  const verdict = judgeOrgNumber(ctx, offer.orgNumber ?? '', props.orgNumberTouched);
  const field = (key: keyof Offer) => (event: Event) =>
    props.onChange({ [key]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  const orgDescribedBy = verdict.kind === 'none' ? 'org-number-hint' : 'org-number-hint org-number-check';

  return html`
    <section class="offer" aria-labelledby="offer-heading">
      <h3 id="offer-heading">${ctx.t('offerHeading')}</h3>
      <div class="field">
        <label for="offer-title">${ctx.t('offerTitle')}</label>
        <input
          id="offer-title"
          type="text"
          maxlength=${MAX_SHORT_TEXT}
          .value=${live(offer.title ?? '')}
          @input=${field('title')}
        />
      </div>
      <div class="field">
        <label for="offer-organisation">${ctx.t('offerOrganisation')}</label>
        <input
          id="offer-organisation"
          type="text"
          autocomplete="organization"
          maxlength=${MAX_SHORT_TEXT}
          .value=${live(offer.organisation ?? '')}
          @input=${field('organisation')}
        />
      </div>
      <div class="field">
        <label for="offer-org-number">${ctx.t('offerOrgNumber')}</label>
        <input
          id="offer-org-number"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          maxlength="20"
          aria-invalid=${ifDefined(verdict.kind === 'error' ? 'true' : undefined)}
          aria-describedby=${orgDescribedBy}
          .value=${live(offer.orgNumber ?? '')}
          @input=${field('orgNumber')}
          @blur=${() => props.onOrgNumberBlur()}
        />
        <span class="hint" id="org-number-hint">${ctx.t('offerOrgNumberHint')}</span>
        ${verdict.kind === 'error'
          ? html`<span class="error" id="org-number-check">${verdict.message}</span>`
          : verdict.kind === 'valid'
            ? html`<span class="success" id="org-number-check">${ctx.t('orgNumberValid')}</span>`
            : nothing}
      </div>
      <div class="field">
        <label for="offer-contact">${ctx.t('offerContact')}</label>
        <input
          id="offer-contact"
          type="text"
          maxlength=${MAX_SHORT_TEXT}
          .value=${live(offer.contact ?? '')}
          @input=${field('contact')}
        />
      </div>
      <div class="field">
        <label for="offer-description">${ctx.t('offerDescription')}</label>
        <textarea
          id="offer-description"
          rows="4"
          maxlength=${MAX_LONG_TEXT}
          .value=${live(offer.description ?? '')}
          @input=${field('description')}
        ></textarea>
      </div>
    </section>
  `;
}
