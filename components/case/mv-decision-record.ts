import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_DECISION_SHORT, MAX_LONG_TEXT } from '../../src/assessment/limits.js';
import type { Decision } from '../../src/assessment/types.js';
import { CONCLUSIONS } from '../../src/case/conclusions.js';
import { contactLine } from '../../src/case/reply-letter.js';
import type { Framework } from '../../src/framework/types.js';
import type { AssessmentContext } from '../assessment/assessment-context.js';
import { formatDate } from '../i18n/number-format.js';
import { CasePart } from './case-part.js';
import type { CaseMessageKey } from './case.messages.js';

/** The referral select's value for "another unit, named in the text field". */
const OTHER_UNIT = '__other';

/**
 * The official's decision record for the `<mv-assessment>` it sits in (official mode only):
 * the case number, the assessor and their role, a confirmation of impartiality (*habilitet*),
 * the conclusion (follow up, refer to a unit or the owner of one of the kommune's goals,
 * decline, or not decided yet) and the reasons for it.
 *
 * Every field is a native control with a visible label; every change goes through the
 * assessment (its `decision`), so the record is saved with the draft, travels in the JSON and
 * CSV files and is printed in the report. The moment a conclusion other than "not decided" is
 * chosen is kept as `decidedAt`. While impartiality is not confirmed, a note says so (and so
 * does the printed report).
 *
 * Place it anywhere inside an `<mv-assessment mode="official">`; the default layout shows it
 * after the summary. In self mode and outside an assessment it renders nothing.
 *
 * @summary The case officer's decision record: case number, assessor, impartiality, conclusion and reasons.
 *
 * @csspart record - The record's section.
 */
export class MvDecisionRecord extends CasePart {
  static override styles = [
    ...CasePart.caseStyles,
    css`
      .record h3,
      .record p {
        margin: 0;
      }

      .check {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
        font-weight: 600;
      }

      .check input {
        inline-size: 1.5rem;
        block-size: 1.5rem;
        margin: 0;
        flex: none;
        accent-color: var(--_mv-accent);
      }

      .warning {
        font-weight: 600;
      }
    `,
  ];

  private decision(shared: AssessmentContext): Decision {
    return shared.assessment.decision ?? { conclusion: 'undecided' };
  }

  /** Records the decision with `changes` applied; a new conclusion other than "undecided" is dated now. */
  private change(shared: AssessmentContext, changes: Partial<Decision>): void {
    const before = this.decision(shared);
    const next: Decision = { ...before, ...changes };
    if (changes.conclusion !== undefined && changes.conclusion !== before.conclusion) {
      next.decidedAt = changes.conclusion === 'undecided' ? undefined : new Date().toISOString();
      if (changes.conclusion !== 'refer') next.referTo = undefined;
    }
    shared.actions.decide(next);
  }

  private changeAssessor(shared: AssessmentContext, changes: { name?: string; role?: string }): void {
    const assessor = { name: '', ...this.decision(shared).assessor, ...changes };
    this.change(shared, { assessor });
  }

  override render(): TemplateResult | typeof nothing {
    const shared = this.officialShared;
    if (!shared) return nothing;
    const decision = this.decision(shared);
    const value = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    return html`<section class="record case-section" part="record" lang=${this.resolvedLang} aria-labelledby="record-heading">
      <h3 id="record-heading">${this.c('recordHeading')}</h3>
      <p class="hint">${this.c('recordIntro')}</p>
      <div class="field">
        <label for="case-number">${this.c('caseNumber')}</label>
        <input
          id="case-number"
          type="text"
          autocomplete="off"
          maxlength=${MAX_DECISION_SHORT}
          aria-describedby="case-number-hint"
          .value=${live(decision.caseNumber ?? '')}
          @input=${(event: Event) => this.change(shared, { caseNumber: value(event) })}
        />
        <span class="hint" id="case-number-hint">${this.c('caseNumberHint')}</span>
      </div>
      <div class="field">
        <label for="assessor-name">${this.c('assessorName')}</label>
        <input
          id="assessor-name"
          type="text"
          autocomplete="name"
          maxlength=${MAX_DECISION_SHORT}
          .value=${live(decision.assessor?.name ?? '')}
          @input=${(event: Event) => this.changeAssessor(shared, { name: value(event) })}
        />
      </div>
      <div class="field">
        <label for="assessor-role">${this.c('assessorRole')}</label>
        <input
          id="assessor-role"
          type="text"
          autocomplete="organization-title"
          maxlength=${MAX_DECISION_SHORT}
          .value=${live(decision.assessor?.role ?? '')}
          @input=${(event: Event) => this.changeAssessor(shared, { role: value(event) })}
        />
      </div>
      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            aria-describedby="impartial-hint"
            .checked=${live(decision.impartial === true)}
            @change=${(event: Event) => this.change(shared, { impartial: (event.target as HTMLInputElement).checked })}
          />
          <span>${this.c('impartial')}</span>
        </label>
        <span class="hint" id="impartial-hint">${this.c('impartialHint')}</span>
        ${decision.impartial === true ? nothing : html`<span class="warning">${this.c('impartialMissing')}</span>`}
      </div>
      <fieldset class="criterion">
        <legend>${this.c('conclusion')}</legend>
        <div class="levels">
          ${CONCLUSIONS.map(
            (conclusion) => html`<label class="level">
              <input
                type="radio"
                name="conclusion"
                value=${conclusion}
                .checked=${live(decision.conclusion === conclusion)}
                @change=${() => this.change(shared, { conclusion })}
              />
              <span>${this.c(`conclusion-${conclusion}` as CaseMessageKey)}</span>
            </label>`,
          )}
        </div>
        ${decision.decidedAt && decision.conclusion !== 'undecided'
          ? html`<p class="hint">${this.c('decidedAt', { date: formatDate(decision.decidedAt, this.resolvedLang) })}</p>`
          : nothing}
      </fieldset>
      ${decision.conclusion === 'refer' ? this.referral(shared, shared.framework, decision) : nothing}
      <div class="field">
        <label for="decision-reasons">${this.c('reasons')}</label>
        <textarea
          id="decision-reasons"
          rows="5"
          maxlength=${MAX_LONG_TEXT}
          aria-describedby="decision-reasons-hint"
          .value=${live(decision.reasons ?? '')}
          @input=${(event: Event) => this.change(shared, { reasons: value(event) })}
        ></textarea>
        <span class="hint" id="decision-reasons-hint">${this.c('reasonsHint')}</span>
      </div>
    </section>`;
  }

  /**
   * Where the case is referred: the owner of one of the kommune's goals, an area (its contact),
   * or another unit typed by name. `referTo` holds the goal's or area's id, or the unit's name.
   */
  private referral(shared: AssessmentContext, framework: Framework, decision: Decision): TemplateResult {
    const referTo = decision.referTo ?? '';
    const goals = framework.goals ?? [];
    const known = goals.some((goal) => goal.id === referTo) || framework.dimensions.some((dimension) => dimension.id === referTo);
    const choice = referTo === '' ? '' : known ? referTo : OTHER_UNIT;
    const typingOther = choice === OTHER_UNIT || this.otherChosen;
    const onSelect = (event: Event) => {
      const selected = (event.target as HTMLSelectElement).value;
      this.otherChosen = selected === OTHER_UNIT;
      this.change(shared, { referTo: selected === OTHER_UNIT ? '' : selected });
      this.requestUpdate();
    };
    return html`<div class="field">
        <label for="refer-to">${this.c('referTo')}</label>
        <select id="refer-to" .value=${live(typingOther ? OTHER_UNIT : choice)} @change=${onSelect}>
          <option value="">${this.c('referToChoose')}</option>
          ${goals.length > 0
            ? html`<optgroup label=${this.c('referToGoals')}>
                ${goals.map((goal) => {
                  const owner = contactLine(goal.owner, this.resolvedLang);
                  const title = this.text(goal.title);
                  return html`<option value=${goal.id} ?selected=${goal.id === choice}>
                    ${owner ? this.c('goalWithOwner', { goal: title, owner }) : title}
                  </option>`;
                })}
              </optgroup>`
            : nothing}
          <optgroup label=${this.c('referToAreas')}>
            ${framework.dimensions.map(
              (dimension) => html`<option value=${dimension.id} ?selected=${dimension.id === choice}>${this.text(dimension.title)}</option>`,
            )}
          </optgroup>
          <option value=${OTHER_UNIT} ?selected=${typingOther}>${this.c('referToOther')}</option>
        </select>
      </div>
      ${typingOther
        ? html`<div class="field">
            <label for="refer-unit">${this.c('referToUnit')}</label>
            <input
              id="refer-unit"
              type="text"
              maxlength=${MAX_DECISION_SHORT}
              .value=${live(choice === OTHER_UNIT ? referTo : '')}
              @input=${(event: Event) => this.change(shared, { referTo: (event.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing}`;
  }

  /** The user chose "another unit" and has not typed its name yet. */
  private otherChosen = false;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-decision-record': MvDecisionRecord;
  }
}
