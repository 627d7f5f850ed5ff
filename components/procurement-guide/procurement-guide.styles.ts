import { css } from 'lit';
import { headingStyles } from '../styles/heading-styles.js';

/**
 * `<mv-procurement-guide>`'s own styles; colours and font come from the shared `--_mv-*`
 * properties. In print only the memo and the "not legal advice" line show.
 */
export const procurementGuideStyles = css`
  ${headingStyles}

  .guide {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mv-space);
  }

  p {
    margin: 0;
  }

  .disclaimer {
    font-weight: 600;
  }

  form {
    display: grid;
    gap: var(--_mv-space);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 24rem;
  }

  .hint {
    color: var(--_mv-text-subtle);
    font-size: 0.9375rem;
  }

  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--_mv-bg);
    border: 1px solid var(--_mv-border);
    border-radius: calc(var(--_mv-radius) / 2);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
  }

  fieldset {
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    padding: calc(var(--_mv-space) * 0.75);
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }

  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  .choice input {
    margin-block-start: 0.3rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    flex: none;
  }

  [aria-invalid='true'] {
    border-color: var(--_mv-danger);
    border-width: 2px;
  }

  .field-problem,
  .problems {
    color: var(--_mv-danger);
  }

  .problems {
    border-inline-start: 4px solid var(--_mv-danger);
    padding-inline-start: calc(var(--_mv-space) * 0.75);
  }

  .problems ul,
  .overrides-problems ul {
    margin: 0.25rem 0 0;
  }

  .overrides-problems {
    border-inline-start: 4px solid var(--_mv-danger);
    padding-inline-start: calc(var(--_mv-space) * 0.75);
  }

  button {
    font: inherit;
    cursor: pointer;
    justify-self: start;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: calc(var(--_mv-radius) / 2);
    border: 1px solid var(--_mv-accent);
    background: var(--_mv-bg);
    color: var(--_mv-accent-text);
  }

  button.primary {
    background: var(--_mv-accent);
    color: var(--_mv-on-accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .copy-result:empty {
    display: none;
  }

  .memo {
    display: grid;
    gap: var(--_mv-space);
    border-inline-start: 4px solid var(--_mv-accent);
    padding-inline-start: var(--_mv-space);
  }

  .memo section {
    display: grid;
    gap: 0.5rem;
  }

  .memo ul,
  .memo ol {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.5rem;
  }

  .memo-disclaimer {
    font-style: italic;
  }

  .check,
  .kommune {
    margin-block-start: 0.25rem;
    padding: 0.25rem 0.5rem;
    background: var(--_mv-surface);
    border-radius: calc(var(--_mv-radius) / 2);
    font-size: 0.9375rem;
  }

  .check {
    border-inline-start: 3px solid var(--_mv-danger);
  }

  .conditions-label {
    font-style: italic;
  }

  @media print {
    .chrome {
      display: none !important;
    }
    .memo {
      border: none;
      padding: 0;
    }
    .memo section,
    .routes > li {
      break-inside: avoid;
    }
    .check,
    .kommune {
      background: none;
      border: 1px solid currentColor;
    }
  }
`;
