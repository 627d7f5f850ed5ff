import { css } from 'lit';

/**
 * The printed report's layout: shared by the report printed in place of the widget (print
 * media only, inside the actions bar) and the report printed as a document of its own.
 */
export const reportRules = css`
  .report-warning {
    font-weight: bold;
  }

  .report h2 {
    margin-block-start: 0;
  }

  .report h2,
  .report h3,
  .report h4 {
    break-after: avoid;
  }

  .report-block,
  .report-answer,
  .report-facts,
  .report table,
  .report tr,
  .report li,
  .report-radar {
    break-inside: avoid;
  }

  .report-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1em 1em;
    margin-block: 0.3em;
  }

  .report-facts dd {
    margin: 0;
  }

  .report-radar {
    display: block;
    inline-size: 11cm;
    max-inline-size: 100%;
    margin-block: 0.5em;
  }

  .report table {
    border-collapse: collapse;
    inline-size: 100%;
  }

  .report th,
  .report td {
    border: 1px solid #777;
    padding: 0.2em 0.5em;
    text-align: start;
  }

  .report-answer {
    border-block-start: 1px solid #ccc;
    padding-block: 0.3em;
  }

  .report-criterion {
    margin-block: 0;
  }
`;

/** The page of a report (or a letter) printed as a document of its own, without the host page. */
export const reportDocumentStyles = css`
  :root {
    color: #000;
    background: #fff;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.45;
  }

  body {
    margin: 0;
  }

  .pre {
    white-space: pre-wrap;
  }

  .url {
    overflow-wrap: anywhere;
  }

  ${reportRules}
`;
