import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_LONG_TEXT, MAX_URL_LENGTH } from '../../src/assessment/limits.js';
import type { Answer } from '../../src/assessment/types.js';
import type { Criterion } from '../../src/framework/types.js';
import type { ViewContext } from './view-context.js';

/** What the official's fields for one criterion need. */
export interface OfficialFieldsProps {
  criterion: Criterion;
  answer: Answer | undefined;
  /** An evidence link as typed but refused (not http/https), kept on screen only. */
  refusedEvidence(criterionId: string): string | undefined;
  onComment(criterionId: string, comment: string): void;
  onEvidence(criterionId: string, evidence: string): void;
  /** The evidence field as it is typed or pasted into, before it is left. */
  onEvidenceInput(criterionId: string, evidence: string): void;
}

/**
 * A case officer's justification and evidence link for one criterion (`mode="official"`).
 * Notes belong to an answer in the assessment format, so the fields are enabled once a level
 * (or "not applicable") is chosen. A link is saved only when it is a full http(s) address;
 * anything else stays in the field with a message saying it is not saved.
 */
export function officialFields(ctx: ViewContext, props: OfficialFieldsProps): TemplateResult {
  const id = props.criterion.id;
  const disabled = props.answer === undefined;
  const refused = props.refusedEvidence(id);
  const evidenceHintId = `evidence-hint-${id}`;
  const evidenceErrorId = `evidence-error-${id}`;
  return html`
    <div class="official">
      <label class="field">
        <span>${ctx.t('justification')}</span>
        <textarea
          rows="3"
          maxlength=${MAX_LONG_TEXT}
          ?disabled=${disabled}
          .value=${live(props.answer?.comment ?? '')}
          @input=${(event: Event) => props.onComment(id, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <div class="field">
        <label for=${`evidence-${id}`}>${ctx.t('evidence')}</label>
        <input
          id=${`evidence-${id}`}
          type="url"
          inputmode="url"
          autocomplete="url"
          maxlength=${MAX_URL_LENGTH}
          ?disabled=${disabled}
          aria-invalid=${ifDefined(refused !== undefined ? 'true' : undefined)}
          aria-describedby=${refused !== undefined ? `${evidenceHintId} ${evidenceErrorId}` : evidenceHintId}
          .value=${live(refused ?? props.answer?.evidence?.[0] ?? '')}
          @input=${(event: Event) => props.onEvidenceInput(id, (event.target as HTMLInputElement).value)}
          @change=${(event: Event) => props.onEvidence(id, (event.target as HTMLInputElement).value)}
        />
        <span class="hint" id=${evidenceHintId}>${ctx.t('evidenceHint')}</span>
        ${refused !== undefined
          ? html`<span class="error" id=${evidenceErrorId}>${ctx.t('evidenceInvalid')}</span>`
          : nothing}
      </div>
    </div>
  `;
}
