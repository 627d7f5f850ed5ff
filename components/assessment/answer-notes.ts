import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { MAX_EVIDENCE_LINKS, MAX_LONG_TEXT, MAX_REASON_LENGTH, MAX_URL_LENGTH } from '../../src/assessment/limits.js';
import type { Answer, Mode } from '../../src/assessment/types.js';
import type { Criterion } from '../../src/framework/types.js';
import type { EvidenceDraft } from './answer-notes-edits.js';
import type { ViewContext } from './view-context.js';

/** What the notes of one criterion need. */
export interface AnswerNotesProps {
  criterion: Criterion;
  answer: Answer | undefined;
  mode: Mode;
  /** The evidence field being typed into, with what is typed, if it is not what is saved. */
  draft: EvidenceDraft | undefined;
  onComment(criterionId: string, comment: string): void;
  onReason(criterionId: string, reason: string): void;
  /** An evidence field as it is typed or pasted into (`done` false) or left (`done` true). */
  onEvidence(criterionId: string, index: number, typed: string, done: boolean): void;
  /** Removes a link; `then` runs once the form shows the change (to place the focus). */
  onRemoveEvidence(criterionId: string, index: number, then: () => void): void;
}

/**
 * The notes that make an answer more than a claim, in both modes: why a criterion is "not
 * applicable" (required: until it is written the criterion is not dealt with), the explanation
 * ("what we do and how we can show it" for the entrepreneur, the justification for the case
 * officer) and up to five evidence links.
 *
 * Notes belong to an answer in the assessment format, so the fields appear once a level (or
 * "not applicable") is chosen; until then the group's "not answered" line says they will.
 * Disabled fields for every open criterion would be controls no one can use, passed over by
 * keyboard users and flagged as unavailable by screen readers, and at 200 criteria they were
 * three quarters of the form's DOM. A link is saved as soon as it is a full http(s) address
 * (normalised, so the same link is always written the same way); anything else stays in its
 * field with a message that it is not saved.
 */
export function answerNotes(ctx: ViewContext, props: AnswerNotesProps): TemplateResult | typeof nothing {
  const id = props.criterion.id;
  const { answer } = props;
  if (answer === undefined) return nothing;
  const official = props.mode === 'official';
  const commentId = `comment-${id}`;
  const commentHintId = `comment-hint-${id}`;
  return html`
    <div class="notes">
      ${answer?.notApplicable === true ? reasonField(ctx, id, answer.reason ?? '', props.onReason) : nothing}
      <div class="field">
        <label for=${commentId}>${ctx.t(official ? 'justification' : 'explanation')}</label>
        <textarea
          id=${commentId}
          rows="3"
          maxlength=${MAX_LONG_TEXT}
          aria-describedby=${commentHintId}
          .value=${live(answer?.comment ?? '')}
          @input=${(event: Event) => props.onComment(id, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint" id=${commentHintId}>${ctx.t(official ? 'justificationHint' : 'explanationHint')}</span>
      </div>
      ${evidenceFields(ctx, props)}
    </div>
  `;
}

/** The required reason for "not applicable", with a message while it is empty. */
function reasonField(
  ctx: ViewContext,
  id: string,
  reason: string,
  onReason: AnswerNotesProps['onReason'],
): TemplateResult {
  const fieldId = `reason-${id}`;
  const hintId = `reason-hint-${id}`;
  const errorId = `reason-error-${id}`;
  const missing = reason.trim() === '';
  return html`<div class="field reason">
    <label for=${fieldId}>${ctx.t('reasonLabel')}</label>
    <textarea
      id=${fieldId}
      rows="2"
      required
      maxlength=${MAX_REASON_LENGTH}
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${missing ? `${hintId} ${errorId}` : hintId}
      .value=${live(reason)}
      @input=${(event: Event) => onReason(id, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span class="hint" id=${hintId}>${ctx.t('reasonHint')}</span>
    ${missing ? html`<span class="error" id=${errorId}>${ctx.t('reasonMissing')}</span>` : nothing}
  </div>`;
}

/**
 * One field per saved link, plus an empty one for the next while there are fewer than five.
 * Each field is named by its number, so a screen reader user hears which link they are on.
 */
function evidenceFields(ctx: ViewContext, props: AnswerNotesProps): TemplateResult {
  const id = props.criterion.id;
  const saved = props.answer?.evidence ?? [];
  const slots = saved.length < MAX_EVIDENCE_LINKS ? [...saved, ''] : saved;
  const hintId = `evidence-hint-${id}`;
  return html`<div class="evidence">
    <p class="field-heading" id=${`evidence-heading-${id}`}>${ctx.t('evidenceHeading', { max: MAX_EVIDENCE_LINKS })}</p>
    <ol class="evidence-list">
      ${slots.map((value, index) => {
        const draft = props.draft?.index === index ? props.draft : undefined;
        const refused = draft?.refused === true;
        const fieldId = `evidence-${id}-${index}`;
        const errorId = `evidence-error-${id}-${index}`;
        const isSaved = index < saved.length;
        return html`<li>
          <label for=${fieldId}>${ctx.t('evidence', { n: index + 1 })}</label>
          <span class="evidence-row">
            <input
              id=${fieldId}
              type="url"
              inputmode="url"
              autocomplete="url"
              maxlength=${MAX_URL_LENGTH}
              aria-invalid=${ifDefined(refused ? 'true' : undefined)}
              aria-describedby=${refused ? `${hintId} ${errorId}` : hintId}
              .value=${live(draft ? draft.text : value)}
              @input=${(event: Event) => props.onEvidence(id, index, (event.target as HTMLInputElement).value, false)}
              @change=${(event: Event) => props.onEvidence(id, index, (event.target as HTMLInputElement).value, true)}
            />
            ${isSaved
              ? html`<button
                  type="button"
                  part="button"
                  class="remove"
                  aria-label=${ctx.t('evidenceRemove', { n: index + 1 })}
                  @click=${(event: Event) => {
                    // The button goes with its link: the focus moves to the field now in its place.
                    const list = (event.currentTarget as HTMLElement).closest('ol');
                    props.onRemoveEvidence(id, index, () => {
                      const fields = list?.querySelectorAll('input') ?? [];
                      fields[Math.min(index, fields.length - 1)]?.focus();
                    });
                  }}
                >
                  ${ctx.t('evidenceRemoveShort')}
                </button>`
              : nothing}
          </span>
          ${refused ? html`<span class="error" id=${errorId}>${ctx.t('evidenceInvalid')}</span>` : nothing}
        </li>`;
      })}
    </ol>
    <p class="hint" id=${hintId}>
      ${saved.length >= MAX_EVIDENCE_LINKS ? ctx.t('evidenceFull', { max: MAX_EVIDENCE_LINKS }) : ctx.t('evidenceHint')}
    </p>
  </div>`;
}
