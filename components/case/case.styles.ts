import { css } from 'lit';

/**
 * What the case's parts (`<mv-decision-record>`, `<mv-reply-letter>`) share on top of the
 * assessment's styles: each is a bordered section of its own after the summary, and their
 * language and referral choices are native selects sized like the other fields.
 */
export const caseStyles = css`
  .case-section {
    display: grid;
    gap: var(--_mv-space);
    margin-block: var(--_mv-space);
    padding: var(--_mv-space);
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
  }

  select {
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_mv-border);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-text);
    font: inherit;
  }
`;
