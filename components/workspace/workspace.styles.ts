import { css } from 'lit';
import { headingStyles } from '../styles/heading-styles.js';
import { tableStyles } from '../styles/table-styles.js';

/** `<mv-workspace>`'s own styles; colours and font come from the shared `--_mv-*` properties. */
export const workspaceStyles = css`
  ${headingStyles}
  ${tableStyles}

  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_mv-space) * 2);
  }

  section {
    display: grid;
    /* One column as wide as the section: a wide table scrolls in its box, never the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_mv-space) * 0.75);
  }

  p {
    margin: 0;
  }

  .alert {
    border: 2px solid var(--_mv-danger);
    border-radius: var(--_mv-radius);
    padding: calc(var(--_mv-space) * 0.75);
    background: var(--_mv-bg);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mv-space) * 0.5);
    align-items: center;
  }

  button {
    font: inherit;
    min-block-size: 2.5rem;
    padding-block: 0.25em;
    padding-inline: 0.9em;
    border-radius: var(--_mv-radius);
    border: 1px solid var(--_mv-accent);
    background: var(--_mv-bg);
    color: var(--_mv-accent-text);
    cursor: pointer;
  }

  button.primary {
    background: var(--_mv-accent);
    color: var(--_mv-on-accent);
  }

  .drop-zone {
    display: grid;
    gap: 0.5em;
    padding: var(--_mv-space);
    border: 2px dashed var(--_mv-border);
    border-radius: var(--_mv-radius);
  }

  .drop-zone.dragging {
    border-color: var(--_mv-accent);
    background: var(--_mv-surface);
  }

  .drop-zone label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }

  table {
    min-inline-size: 100%;
  }

  /* The rows hold checkboxes and buttons: a little taller, centred on them. */
  th,
  td {
    padding-block: 0.35em;
    vertical-align: middle;
    overflow-wrap: anywhere;
  }

  td.number {
    text-align: end;
  }

  /* 24 × 24 px at the default text size: the least a target may be (WCAG 2.5.8). */
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  input[type='text'] {
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_mv-border);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-text);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }

  .rename {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: end;
  }

  .rename label {
    display: grid;
    gap: 0.15em;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    min-block-size: 1.5em;
  }

  .import-results ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .import-results .rejected {
    color: var(--_mv-danger);
  }

  .compare-help ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .agreement-pick,
  .agreement-names {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mv-space);
    align-items: end;
  }

  .agreement label,
  .note-field {
    display: grid;
    gap: 0.25em;
  }

  .agreement-pick > label,
  .agreement-names > label {
    flex: 1 1 15rem;
    min-inline-size: 0;
  }

  select,
  textarea {
    font: inherit;
    color: var(--_mv-text);
  }

  select,
  textarea {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_mv-border);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
  }

  select {
    min-block-size: 2.5rem;
    inline-size: 100%;
  }

  textarea {
    box-sizing: border-box;
    inline-size: 100%;
  }

  input[type='file'] {
    max-inline-size: 100%;
  }

  .differences {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: var(--_mv-space);
  }

  fieldset {
    margin: 0;
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    padding: calc(var(--_mv-space) * 0.75);
    display: grid;
    gap: 0.5em;
  }

  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }

  .difference dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }

  .difference dd {
    margin: 0;
    display: grid;
  }

  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .agreement .choice {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }

  /* 24 × 24 px at the default text size: the least a target may be (WCAG 2.5.8). */
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }

  .problem {
    color: var(--_mv-danger);
    font-weight: 600;
  }

  @media print {
    .no-print,
    .workspace.printing-compare > :not(.compare),
    .workspace.printing-overview > :not(.overview) {
      display: none;
    }
  }
`;
