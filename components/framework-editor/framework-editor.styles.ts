import { css } from 'lit';

/**
 * The editor's look: panels on the surface colour, native controls with a clear border,
 * logical properties only. The print rules hide everything but the award criteria, so
 * "Skriv ut" prints a clean tender draft.
 */
export const editorStyles = css`
  .editor {
    display: grid;
    /* A column no wider than the element: a long unbroken line inside (the JSON, the embed
       snippet) must wrap or scroll in its own box, never widen the page (WCAG 1.4.10). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mv-space);
  }

  .panel {
    background: var(--_mv-surface);
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    padding: var(--_mv-space);
  }

  h2,
  h3,
  h4,
  h5 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .storage-note,
  .hint {
    color: var(--_mv-text-subtle);
    margin: 0;
    font-size: 0.9em;
  }

  .field {
    display: grid;
    /* Lets a control narrower than its natural width (the file picker's) fit a narrow screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    margin-block: 0.5rem;
  }

  .field.checkbox {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  /* A checkbox with its text in one label: the whole label is the target, at least
     24 × 24 px (WCAG 2.5.8) even when the text is one short line. */
  label.choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 24px;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0 1rem;
  }

  fieldset {
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    margin-block: 0.5rem;
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
  }

  .langs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    gap: 0.5rem 1rem;
  }

  .lang {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    align-content: start;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_mv-text);
    background: var(--_mv-bg);
    border: 1px solid var(--_mv-border);
    border-radius: calc(var(--_mv-radius) / 2);
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    max-inline-size: 100%;
  }

  textarea {
    inline-size: 100%;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_mv-danger);
    border-width: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
    color: var(--_mv-on-accent);
    background: var(--_mv-accent);
    border: 1px solid var(--_mv-accent);
    border-radius: calc(var(--_mv-radius) / 2);
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
  }

  button.secondary {
    color: var(--_mv-accent-text);
    background: var(--_mv-bg);
  }

  button.danger {
    color: var(--_mv-danger);
    border-color: var(--_mv-danger);
  }

  button.link {
    color: var(--_mv-accent-text);
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline;
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .buttons,
  .item-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .axis-list,
  .criteria,
  .levels,
  .rules {
    padding-inline-start: 1.5rem;
  }

  .axis-list > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-block: 0.375rem;
    border-block-end: 1px solid var(--_mv-border-subtle);
  }

  .axis-list > li.selected .item-title {
    font-weight: 700;
  }

  .item-title {
    flex: 1 1 12rem;
  }

  .badge {
    font-size: 0.8em;
    border: 1px solid currentColor;
    border-radius: 1em;
    padding-inline: 0.5em;
    color: var(--_mv-text-subtle);
  }

  .error-badge,
  .field-problems,
  .blocked,
  .problem-summary .error .severity,
  .file-report .error {
    color: var(--_mv-danger);
  }

  .field-problems {
    margin: 0;
    padding-inline-start: 1.25rem;
    font-size: 0.9em;
  }

  .field-problems li.warning {
    color: var(--_mv-text-subtle);
  }

  .severity {
    font-weight: 600;
  }

  .path {
    display: block;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    color: var(--_mv-text-subtle);
  }

  .ok {
    color: var(--_mv-success);
  }

  .sdg-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: 0 1rem;
  }

  .criterion {
    border-block-start: 1px solid var(--_mv-border-subtle);
    padding-block: 0.5rem;
  }

  .rule-item,
  .level-item {
    border-block-start: 1px solid var(--_mv-border-subtle);
    padding-block: 0.25rem;
  }

  .rule-item h3,
  .level-item h3,
  .level-item h5 {
    font-size: 1em;
  }

  .criterion h4,
  .rule-item h3,
  .level-item h3,
  .level-item h5 {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0 0.5rem;
  }

  /* A criterion's title opens its fields: it reads as a heading, with an arrow that turns. */
  button.disclosure {
    flex: 1 1 12rem;
    text-align: start;
    font-weight: 700;
    color: var(--_mv-accent-text);
    background: none;
    border-color: transparent;
  }

  /* The arrow is decoration: empty alternative text keeps it out of the button's name. */
  button.disclosure::before {
    content: '▸';
    content: '▸' / '';
    display: inline-block;
    inline-size: 1.25em;
  }

  button.disclosure[aria-expanded='true']::before {
    content: '▾';
    content: '▾' / '';
  }

  .criterion-fields {
    margin-block-start: 0.5rem;
  }

  .award-document {
    background: var(--_mv-bg);
    border: 1px solid var(--_mv-border-subtle);
    padding: var(--_mv-space);
    margin-block-start: var(--_mv-space);
  }

  .scale-label {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin-inline-start: 1rem;
  }

  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }

  @media print {
    .chrome {
      display: none !important;
    }
    .panel.award {
      border: none;
      background: none;
      padding: 0;
    }
    .award-document {
      border: none;
      padding: 0;
    }
    .award-criterion {
      break-inside: avoid;
    }
  }
`;
