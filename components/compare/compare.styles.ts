import { css } from 'lit';

/** `<mv-compare>`'s own styles; colours and font come from the shared `--_mv-*` properties. */
export const compareStyles = css`
  .compare {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_mv-space) * 1.5);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
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

  /* Wide tables scroll sideways in their own box instead of widening the page. */
  .table-scroll {
    overflow-x: auto;
    /* The containing block of absolutely positioned (visually hidden) cell texts. */
    position: relative;
    max-inline-size: 100%;
    /* The box takes the width it is given and never asks for the table's: a table wider
       than a phone scrolls in here instead of widening the page. */
    contain: inline-size;
  }

  .table-scroll:focus-visible {
    outline: 3px solid var(--_mv-focus-outer);
    outline-offset: 2px;
  }

  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    min-inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }

  th,
  td {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border-block-end: 1px solid var(--_mv-border-subtle);
    text-align: start;
    vertical-align: top;
    /* Never a short word broken mid-word ("Pla ss"): a column is as wide as its longest
       word, and a table wider than its box scrolls sideways in .table-scroll. */
    hyphens: manual;
    overflow-wrap: normal;
  }

  td {
    /* Only a word longer than any screen (a pasted address) breaks, and only where it must. */
    overflow-wrap: break-word;
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
