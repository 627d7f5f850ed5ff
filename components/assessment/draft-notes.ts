import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../i18n/number-format.js';
import type { DraftNotice } from './draft-sync.js';
import type { ViewContext } from './view-context.js';

/** What the draft notes can ask the element to do. */
export interface DraftNotesProps {
  /** Drafts are on (`storage="local"`). */
  enabled: boolean;
  /** The browser accepts writes. */
  saving: boolean;
  notices: readonly DraftNotice[];
  onStartOver(): void;
  onTakeOther(): void;
  onKeepThis(): void;
}

/**
 * Everything the user should know about drafts: that they are saved, that one was restored
 * (with a way to start over), that one could not be read and was moved aside, that they are
 * not being saved, or that another tab saved a newer version. The conflict needs a decision,
 * so it is an alert; the rest are plain notes.
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
      ${props.saving
        ? html`<p class="note subtle">${ctx.t('draftSaving')}</p>`
        : props.notices.some((notice) => notice.kind === 'move-failed')
          ? nothing
          : html`<div class="note warning"><p>${ctx.t('draftUnavailable')}</p></div>`}
    </div>
  `;
}
