import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { contactLine, replyLetter } from '../../src/case/reply-letter.js';
import { goalCoverage } from '../../src/scoring/goals.js';
import { findGaps } from '../../src/scoring/insights.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { LANGS, type Lang } from '../../src/text/lang.js';
import { resolveText } from '../../src/text/text.js';
import { reportDocumentStyles } from '../assessment-actions/report.styles.js';
import type { AssessmentContext } from '../assessment/assessment-context.js';
import { formatDay, formatScore } from '../i18n/number-format.js';
import { copyText } from '../shared/copy-text.js';
import { printDocument } from '../shared/print-document.js';
import { CasePart } from './case-part.js';
import type { CaseMessageKey } from './case.messages.js';

/** How many gaps and goals the letter and the lists beside it name. */
const GAPS = 3;
const GOALS = 2;

/** The languages a letter can be written in, with the message naming each. */
const LETTER_LANGS: readonly { lang: Lang; label: CaseMessageKey }[] = [
  { lang: 'nb', label: 'langNb' },
  { lang: 'nn', label: 'langNn' },
  { lang: 'en', label: 'langEn' },
];

/**
 * A reply to the entrepreneur, written from the official's decision record in the
 * `<mv-assessment>` it sits in (official mode only): beside a draft letter, the gaps with what
 * the next level would take and the kommune's goals the offer serves with who owns each. The
 * draft (in bokmål, nynorsk or English) carries the conclusion, the reasons, where the case
 * was referred, the goals and their owners and the gaps, and is polite and constructive also
 * when the offer is declined.
 *
 * The draft is an editable text field. Until it is edited it follows the record as the
 * official changes it; once edited it is left alone, and a button writes it afresh. "Copy"
 * puts the letter on the clipboard (or selects it where that is refused); "Print" prints the
 * letter alone, as a document of its own without the host page around it. The letter is not
 * stored in the assessment.
 *
 * Place it anywhere inside an `<mv-assessment mode="official">`; the default layout shows it
 * after the decision record. In self mode and outside an assessment it renders nothing.
 *
 * @summary A draft reply letter to the entrepreneur, from the official's decision record.
 *
 * @csspart letter - The letter's section.
 * @csspart button - Every button.
 */
export class MvReplyLetter extends CasePart {
  static override styles = [
    ...CasePart.caseStyles,
    css`
      .letter :is(h3, h4, p, ul) {
        margin: 0;
      }

      .letter h4 {
        margin-block-end: 0.25rem;
      }

      select {
        justify-self: start;
      }

      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_mv-space) / 2);
      }
    `,
  ];

  /** The letter's language; by default the assessment's. */
  @state() private letterLang?: Lang;
  /** The draft as the official edited it; `undefined` while it follows the record. */
  @state() private edited?: string;
  @state() private statusText = '';

  private get writtenIn(): Lang {
    return this.letterLang ?? this.resolvedLang;
  }

  /** The draft written from the record: the subject, a blank line, the body. */
  private draft(shared: AssessmentContext): string {
    const lang = this.writtenIn;
    const letter = replyLetter(shared.framework, shared.assessment, {
      lang,
      gaps: GAPS,
      goals: GOALS,
      formatDate: (date) => formatDay(date.toISOString().slice(0, 10), lang),
    });
    return `${letter.subject}\n\n${letter.body}`;
  }

  private letterText(shared: AssessmentContext): string {
    return this.edited ?? this.draft(shared);
  }

  private async copy(shared: AssessmentContext): Promise<void> {
    const copied = await copyText(this.letterText(shared));
    if (!copied) this.renderRoot.querySelector<HTMLTextAreaElement>('#letter-text')?.select();
    this.statusText = this.c(copied ? 'letterCopied' : 'letterCopyFailed');
  }

  private print(shared: AssessmentContext): void {
    const text = this.letterText(shared);
    const subject = text.split('\n', 1)[0]?.trim() || this.c('letterPrintTitle');
    printDocument(this.renderRoot as ShadowRoot, {
      title: subject,
      lang: this.writtenIn,
      styles: [reportDocumentStyles],
      content: html`<article class="report letter-document" lang=${this.writtenIn}><p class="pre">${text}</p></article>`,
    });
  }

  private rewrite(): void {
    this.edited = undefined;
    this.statusText = this.c('letterRewritten');
  }

  override render(): TemplateResult | typeof nothing {
    const shared = this.officialShared;
    if (!shared) return nothing;
    const { framework, assessment } = shared;
    const lang = this.resolvedLang;
    const scores = scoreAssessment(framework, assessment);
    const gaps = findGaps(framework, assessment, scores, GAPS);
    const criteria = new Map(framework.dimensions.flatMap((dimension) => dimension.criteria).map((criterion) => [criterion.id, criterion]));
    const goals = goalCoverage(framework, assessment).filter((coverage) => coverage.score !== null);
    return html`<section class="letter case-section" part="letter" lang=${lang} aria-labelledby="letter-heading">
      <h3 id="letter-heading">${this.c('letterHeading')}</h3>
      <p class="hint">${this.c('letterIntro')}</p>
      <div>
        <h4>${this.c('letterGoals')}</h4>
        ${goals.length > 0
          ? html`<ul>
              ${goals.map((coverage) => {
                const owner = contactLine(coverage.goal.owner, lang);
                return html`<li>
                  ${this.c('letterGoalScore', { goal: this.text(coverage.goal.title), score: formatScore(coverage.score, lang) })}${owner
                    ? html`. ${this.c('letterGoalOwner', { owner })}`
                    : nothing}
                </li>`;
              })}
            </ul>`
          : html`<p>${this.c('letterGoalsNone')}</p>`}
      </div>
      <div>
        <h4>${this.c('letterGaps')}</h4>
        ${gaps.length > 0
          ? html`<ul>
              ${gaps.map(
                (gap) => html`<li>
                  ${this.c('letterGap', {
                    criterion: resolveText(criteria.get(gap.criterionId)?.title, lang),
                    current: this.text(gap.current.label),
                    next: this.text(gap.next.label),
                  })}${gap.next.description ? html`<br /><span class="hint">${this.text(gap.next.description)}</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p>${this.c('letterGapsNone')}</p>`}
      </div>
      <div class="field">
        <label for="letter-lang">${this.c('letterLang')}</label>
        <select
          id="letter-lang"
          .value=${live(this.writtenIn)}
          @change=${(event: Event) => {
            const chosen = (event.target as HTMLSelectElement).value;
            if ((LANGS as readonly string[]).includes(chosen)) this.letterLang = chosen as Lang;
          }}
        >
          ${LETTER_LANGS.map((entry) => html`<option value=${entry.lang} ?selected=${entry.lang === this.writtenIn}>${this.c(entry.label)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="letter-text">${this.c('letterText')}</label>
        <textarea
          id="letter-text"
          rows="18"
          lang=${this.writtenIn}
          aria-describedby="letter-hint"
          .value=${live(this.letterText(shared))}
          @input=${(event: Event) => (this.edited = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="hint" id="letter-hint">${this.edited === undefined ? this.c('letterHint') : this.c('letterEdited')}</span>
      </div>
      <div class="buttons">
        <button type="button" part="button" @click=${() => this.copy(shared)}>${this.c('letterCopy')}</button>
        <button type="button" part="button" @click=${() => this.print(shared)}>${this.c('letterPrint')}</button>
        ${this.edited !== undefined
          ? html`<button type="button" part="button" @click=${() => this.rewrite()}>${this.c('letterReset')}</button>`
          : nothing}
      </div>
      <div class="status" role="status" aria-live="polite">${this.statusText}</div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-reply-letter': MvReplyLetter;
  }
}
