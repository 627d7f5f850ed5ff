import { css } from 'lit';
import { headingStyles } from '../styles/heading-styles.js';
import { tableStyles } from '../styles/table-styles.js';

/** `<mv-compare>`'s own styles; colours and font come from the shared `--_mv-*` properties. */
export const compareStyles = css`
  ${headingStyles}
  ${tableStyles}

  table {
    min-inline-size: 100%;
  }

  td {
    /* Only a word longer than any screen (a pasted address) breaks, and only where it must. */
    overflow-wrap: break-word;
  }

  .compare {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_mv-space) * 1.5);
  }

  section {
    display: grid;
    gap: calc(var(--_mv-space) * 0.5);
  }

  .notes {
    border-inline-start: 4px solid var(--_mv-accent);
    background: var(--_mv-surface);
    padding: calc(var(--_mv-space) * 0.75);
    border-radius: var(--_mv-radius);
  }

  .notes p,
  .notes ul {
    margin: 0;
  }

  .notes ul {
    padding-inline-start: 1.25em;
  }

  td.number,
  th.number {
    text-align: end;
  }

  thead th {
    border-block-end-color: var(--_mv-border);
  }

  th button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-weight: 600;
    color: var(--_mv-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    min-block-size: 24px;
  }

  th button:focus-visible {
    outline: 3px solid var(--_mv-focus-outer);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_mv-focus-inner);
  }

  th[aria-sort] button {
    text-decoration: none;
  }

  .sort-icon {
    font-size: 0.8em;
  }

  tr.not-comparable {
    color: var(--_mv-text-subtle);
  }

  .stand-out ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .stand-out > ul > li + li {
    margin-block-start: 0.5em;
  }

  p {
    margin: 0;
  }

  @media (forced-colors: active) {
    th button {
      color: LinkText;
    }
  }
`;
