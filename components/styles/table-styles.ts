import { css } from 'lit';

/**
 * The data tables of `<mv-radar>`, `<mv-compare>` and `<mv-workspace>`, written once so that
 * they read alike and a fix to one reaches all: a caption, rules between rows, figures in
 * tabular numerals, and a scroll box (`.table-scroll`) that a wide table scrolls sideways in
 * instead of widening the page. Each element's own styles come after and set the table's
 * width and anything else it does differently.
 */
export const tableStyles = css`
  .table-scroll {
    overflow-x: auto;
    /* The containing block of the visually hidden texts in the cells (absolutely positioned):
       without it they escape the scroll box and widen the page. */
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
  }

  th {
    /* Never a short word broken mid-word ("Pla ss", "Egenvur dering"): lines break between
       words, a column is as wide as its longest word, and a table wider than its box
       scrolls sideways in .table-scroll. */
    hyphens: manual;
    overflow-wrap: normal;
  }
`;
