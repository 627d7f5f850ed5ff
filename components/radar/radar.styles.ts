import { css } from 'lit';

/** The radar's own styles; colours and font come from the shared `--_mv-*` properties. */
export const radarStyles = css`
  :host {
    --_mv-radar-max-size: var(--mv-radar-max-size, 32rem);
  }

  .radar {
    display: grid;
    /* One track that may shrink below the table's widest word, so a narrow column wins. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mv-space);
  }

  /*
   * Chart.js sizes the canvas from its parent. Inside shadow DOM it only follows size changes
   * when the canvas sits alone in a relatively positioned box; the box's aspect ratio fixes
   * the height, so the chart neither collapses nor grows without end in a narrow column.
   */
  .chart {
    position: relative;
    inline-size: 100%;
    max-inline-size: var(--_mv-radar-max-size);
    aspect-ratio: 1;
    min-block-size: 0;
    overflow: hidden;
  }

  .chart[hidden] {
    display: none;
  }

  .chart canvas {
    display: block;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 40rem;
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
    /* Long Norwegian compounds break rather than push the table out of a narrow column. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }

  td {
    text-align: end;
  }

  thead th {
    border-block-end-color: var(--_mv-border);
    text-align: end;
  }

  thead th:first-child {
    text-align: start;
  }

  .summary,
  .empty {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .empty {
    color: var(--_mv-text-subtle);
  }
`;
