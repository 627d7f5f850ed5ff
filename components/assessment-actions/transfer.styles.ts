import { css } from 'lit';

/** The actions bar, the drop zone, the shared-assessment panel and the printed report. */
export const transferStyles = css`
  .actions {
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    padding: var(--_mv-space);
    margin-block: var(--_mv-space);
  }

  .actions h3,
  .shared h3 {
    margin-block: 0 calc(var(--_mv-space) / 2);
    font-size: 1.1rem;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mv-space) / 2);
    align-items: center;
  }

  button {
    font: inherit;
    padding-block: 0.4em;
    padding-inline: 0.9em;
    border: 2px solid var(--_mv-accent);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-accent-text);
    cursor: pointer;
  }

  .hint {
    margin-block: calc(var(--_mv-space) / 2) 0;
    color: var(--_mv-text-subtle);
    font-size: 0.9375em;
  }

  button.primary {
    background: var(--_mv-accent);
    color: var(--_mv-on-accent);
  }

  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }

  .dropzone {
    margin-block-start: calc(var(--_mv-space) / 2);
    padding: calc(var(--_mv-space) / 2);
    border: 2px dashed var(--_mv-border);
    border-radius: var(--_mv-radius);
  }

  .dropzone.over {
    border-style: solid;
    border-color: var(--_mv-accent);
    background: var(--_mv-surface);
  }

  .dropzone p {
    margin-block: 0 calc(var(--_mv-space) / 2);
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mv-space) / 2);
    align-items: end;
    margin-block-start: calc(var(--_mv-space) / 2);
  }

  .share label {
    display: flex;
    flex-direction: column;
    flex: 1 1 20rem;
  }

  .share input {
    font: inherit;
    padding: 0.3em;
    border: 1px solid var(--_mv-border);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-text);
  }

  .status:not(:empty),
  .alert,
  .confirm,
  .shared {
    margin-block-start: calc(var(--_mv-space) / 2);
    padding: calc(var(--_mv-space) / 2);
    border-radius: var(--_mv-radius);
    background: var(--_mv-surface);
  }

  .alert {
    border: 2px solid var(--_mv-danger);
  }

  .alert p,
  .confirm p,
  .shared p {
    margin-block: 0 calc(var(--_mv-space) / 2);
  }

  .shared {
    border: 2px solid var(--_mv-accent);
  }

  .pre {
    white-space: pre-wrap;
  }

  .url {
    overflow-wrap: anywhere;
  }

  .report-wrap {
    display: none;
  }

  @media print {
    .actions,
    .shared,
    .status,
    .alert,
    .confirm {
      display: none !important;
    }

    .report-wrap {
      display: block;
      color: #000;
      background: #fff;
    }
  }
`;
