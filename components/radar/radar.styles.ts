import { css } from 'lit';
import { tableStyles } from '../styles/table-styles.js';

/** The radar's own styles; colours and font come from the shared `--_mv-*` properties. */
export const radarStyles = css`
  :host {
    --_mv-radar-max-size: var(--mv-radar-max-size, 32rem);
  }

  /*
   * Plain block flow, not a one-column grid: every answer changes numbers in the table, and a
   * grid sizes its tracks anew from all its items each time (measured: about a third of the
   * layout work of an answer at 200 criteria). min-inline-size 0 lets a narrow column win.
   */
  .radar {
    display: block;
    min-inline-size: 0;
  }

  .radar > * + * {
    margin-block-start: var(--_mv-space);
  }

  .radar > [hidden] + * {
    margin-block-start: 0;
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
    /* Chart.js gives the canvas a fixed pixel width; without this, that width would count as
       the chart's smallest size and keep a column from narrowing when the window does. */
    contain: inline-size;
  }

  .chart[hidden] {
    display: none;
  }

  .chart canvas {
    display: block;
    /* A canvas whose chart waits for the reader to scroll near has the default 300 px width. */
    max-inline-size: 100%;
  }

  ${tableStyles}

  table {
    inline-size: 100%;
    max-inline-size: 40rem;
  }

  td {
    overflow-wrap: normal;
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
    margin-inline: 0;
    margin-block-end: 0;
    padding: 0;
    list-style: none;
  }

  .empty {
    color: var(--_mv-text-subtle);
  }

  /* The basis under a score: secondary to the number, and on a line of its own when narrow. */
  .basis {
    color: var(--_mv-text-subtle);
    font-size: 0.875em;
  }

  .basis.low {
    color: var(--_mv-danger, #b3261e);
    font-weight: 600;
  }

  td.not-applicable {
    font-style: italic;
  }

  /* The legend: each line's colour, dash and point shape beside its name, as on the chart. */
  .legend {
    list-style: none;
    margin-inline: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mv-space) / 2) var(--_mv-space);
    max-inline-size: var(--_mv-radar-max-size);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .swatch {
    flex: none;
    overflow: visible;
  }

  .swatch line,
  .swatch path,
  .swatch rect,
  .swatch circle {
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
  }

  .swatch .filled {
    fill: currentColor;
  }

  @media (forced-colors: active) {
    .swatch {
      color: CanvasText !important;
    }
  }
`;
