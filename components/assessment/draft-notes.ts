import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../i18n/number-format.js';
import type { DraftChoice, DraftNotice } from './draft-sync.js';
import type { ViewContext } from './view-context.js';

/** What the draft notes can ask the element to do. */
export interface DraftNotesProps {
  /** Drafts are on (`storage="local"`). */
  enabled: boolean;
  /** The browser accepts writes. */
  saving: boolean;
  notices: readonly DraftNotice[];
  /** The other drafts of this framework and mode, to pick from. */
  others?: readonly DraftChoice[];
  onStartOver(): void;
  onTakeOther(): void;
  onKeepThis(): void;
  onUndoStartOver?(): void;
  onPick?(key: string): void;
}

/**
 * Everything the user should know about drafts: that they are saved, that one was restored
 * (with a way to start over), that starting over kept the old one (with a way back), that
 * other drafts exist (with a way to pick one), that one could not be read and was moved
 * aside, that they are not being saved, or that another tab saved a newer version. The
 * conflict needs a decision, so it is an alert; the rest are plain notes.
 */
export function draftNotes(ctx: ViewContext, props: DraftNotesProps): TemplateResult | typeof nothing {
  if (!props.enabled) return nothing;
  return html`
    <div class="drafts">
      ${props.notices.map((notice) => {
        switch (notice.kind) {
          case 'restored':
            return html`<div class="note">
              <p>${ctx.t('draftRestored', { date: formatDate(notice.savedAt, ctx.lang) })}</p>
              <button type="button" part="button" @click=${props.onStartOver}>${ctx.t('startOver')}</button>
            </div>`;
          case 'started-over':
            return html`<div class="note">
              <p>${ctx.t('startedOver')}</p>
              <button type="button" part="button" data-draft-undo @click=${() => props.onUndoStartOver?.()}>
                ${ctx.t('undoStartOver')}
              </button>
            </div>`;
          case 'moved-aside':
            return html`<div class="note warning"><p>${ctx.t('draftMovedAside', { key: notice.key })}</p></div>`;
          case 'move-failed':
            return html`<div class="note warning"><p>${ctx.t('draftMoveFailed')}</p></div>`;
          case 'conflict':
            return html`<div class="note warning" role="alert">
              <p>${ctx.t('draftConflict', { date: formatDate(notice.other.updatedAt, ctx.lang) })}</p>
              <button type="button" part="button" @click=${props.onTakeOther}>${ctx.t('draftLoadOther')}</button>
              <button type="button" part="button" @click=${props.onKeepThis}>${ctx.t('draftKeepThis')}</button>
            </div>`;
        }
      })}
      ${otherDrafts(ctx, props)}
      ${props.saving
        ? html`<p class="note subtle">${ctx.t('draftSaving')}</p>`
        : props.notices.some((notice) => notice.kind === 'move-failed')
          ? nothing
          : html`<div class="note warning"><p>${ctx.t('draftUnavailable')}</p></div>`}
    </div>
  `;
}

/** The other drafts in a native select, and a button to continue with the chosen one. */
function otherDrafts(ctx: ViewContext, props: DraftNotesProps): TemplateResult | typeof nothing {
  const others = props.others ?? [];
  if (others.length === 0 || !props.onPick) return nothing;
  const pick = props.onPick;
  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).querySelector('select');
    if (select?.value) pick(select.value);
  };
  return html`<form class="note other-drafts" data-mv-form @submit=${onSubmit}>
    <p>${ctx.t('otherDrafts', { count: others.length })}</p>
    <label for="draft-pick">${ctx.t('pickDraft')}</label>
    <select id="draft-pick">
        ${others.map(
          (choice) => html`<option value=${choice.key}>
            ${ctx.t('draftChoice', {
              title: choice.assessment.offer.title?.trim() || ctx.t('untitledDraft'),
              date: formatDate(choice.assessment.updatedAt, ctx.lang),
            })}
          </option>`,
        )}
    </select>
    <button type="submit" part="button">${ctx.t('openDraft')}</button>
  </form>`;
}
