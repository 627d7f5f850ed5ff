import { css } from 'lit';

/**
 * `<mv-assessment>`'s own styles, on top of the shared ones. Logical properties only, so the
 * layout follows the writing direction; the two-column layout follows the widget's own width
 * (measured by `narrow-layout.ts`), since a CMS column can be narrow on a wide screen.
 */
export const assessmentStyles = css`
  /* While the framework loads, the widget holds a screen's height, so the page's content
     below it is already out of view when the form appears and nothing visible moves (layout
     shift). The page's own \`mv-assessment:not(:defined)\` rule (README) covers the moment
     before the script runs. */
  .loading {
    min-block-size: 100vh;
    margin: 0;
  }

  .root {
    /* Its own background, so that the colour scheme's text colour is always legible, also
       when the system is dark and the host page is not. */
    background: var(--_mv-bg);
    color: var(--_mv-text);
    /* Its width never comes from its content, so a long word cannot widen a CMS column the
       widget sits in. Containment, not a query container (\`container-type\`): no rule queries
       it, and inside a query container every style lookup may need a layout first; the
       chart's font, set on every answer, then forced a layout of the whole form mid-script. */
    contain: layout style inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mv-space);
  }

  h2,
  h3,
  h4 {
    margin-block: 0 calc(var(--_mv-space) / 2);
    line-height: 1.25;
  }

  p {
    margin-block: 0 calc(var(--_mv-space) / 2);
  }

  a {
    color: var(--_mv-accent-text);
  }

  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_mv-accent);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-accent-text);
    font: inherit;
    cursor: pointer;
  }

  button:hover {
    background: var(--_mv-surface);
  }

  /*
   * The default layout. Narrow: the parts stack, under a compact progress bar that stays at
   * the top while one answers. Wide: the form in the main column, and the progress and radar
   * beside it; \`align-self: start\` keeps that column its own height, which is what lets it
   * stick while the criteria scroll past (a stretched grid item never sticks).
   */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_mv-space) * 1.5);
  }

  .layout.wide {
    /* Wide enough for the score table to keep whole Norwegian compounds in its headers. */
    grid-template-columns: minmax(0, 1fr) minmax(18rem, 28rem);
  }

  .overview {
    display: grid;
    gap: var(--_mv-space);
    align-content: start;
    align-self: start;
    position: sticky;
    inset-block-start: var(--_mv-space);
    /* A framework with many areas makes the column taller than a laptop screen: it then
       scrolls on its own (it is focusable for that) rather than hide its last rows. */
    max-block-size: calc(100vh - 2 * var(--_mv-space));
    overflow-y: auto;
  }

  .overview:focus-visible {
    outline: 3px solid var(--_mv-focus-outer);
    outline-offset: 2px;
  }

  .overview mv-radar {
    /* Small enough that the column fits a laptop screen beside the criteria; never below
       12rem, so that with large text (which raises the rem while the screen stays) the chart
       stays readable rather than shrinking to a stamp; the column scrolls instead. */
    --mv-radar-max-size: max(12rem, min(24rem, calc(100vh - 24rem)));
  }

  mv-assessment-progress.bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    align-self: start;
    padding-block: calc(var(--_mv-space) / 2);
    background: var(--_mv-bg);
    border-block-end: 1px solid var(--_mv-border-subtle);
  }

  /* An area brought into view keeps its heading clear of the sticky progress bar. */
  .axis {
    scroll-margin-block-start: 6rem;
  }

  .done {
    padding-block: calc(var(--_mv-space) / 2);
    padding-inline: var(--_mv-space);
    border-inline-start: 4px solid var(--_mv-border);
    background: var(--_mv-surface);
  }

  .done.complete {
    border-inline-start-color: var(--_mv-success);
    font-weight: 600;
  }

  .offer {
    display: grid;
    gap: var(--_mv-space);
    min-inline-size: 0;
  }

  /*
   * The form's long stacks are block flow, not grids: an answer changes text inside one of
   * 300 criteria, and grid containers size their rows again from every item, where block
   * layout reuses what did not change (measured: a third less layout per answer at 200
   * criteria). The margins give the same spacing the grid gap gave.
   */
  .form,
  .criteria,
  .axis {
    display: flow-root;
  }

  :is(.form, .criteria, .axis) > * + * {
    margin-block-start: var(--_mv-space);
  }

  /* A grid gap added to a heading's or paragraph's own bottom margin; collapsing would not. */
  :is(.form, .criteria, .axis) > :is(h3, h4, p) + * {
    margin-block-start: calc(var(--_mv-space) * 1.5);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field > label,
  .field > span:first-child {
    font-weight: 600;
  }

  input[type='text'],
  input[type='url'],
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_mv-border);
    border-radius: var(--_mv-radius);
    background: var(--_mv-bg);
    color: var(--_mv-text);
    font: inherit;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_mv-danger);
    border-width: 2px;
  }

  input:disabled,
  textarea:disabled {
    opacity: 0.7;
    cursor: not-allowed;
  }

  .hint,
  .axis-progress,
  .owner,
  .count,
  .path {
    color: var(--_mv-text-subtle);
    font-size: 0.9375em;
  }

  .error {
    color: var(--_mv-danger);
    font-weight: 600;
  }

  .success {
    color: var(--_mv-success);
  }

  .criterion {
    margin: 0;
    padding: var(--_mv-space);
    border: 1px solid var(--_mv-border-subtle);
    border-radius: var(--_mv-radius);
    background: var(--_mv-surface);
    min-inline-size: 0;
    /* Each group is its own layout and paint island: an answer changes the text inside one
       group, and the groups after it only move (measured: the pre-paint work of an answer
       on 200 criteria fell to a fifth). It clips nothing: the focus ring of a radio stays
       inside the group's padding. Not content-visibility: auto, though it halved the first
       layout of 200 criteria: Chromium then leaves the radios of the groups it skips out of
       the accessibility tree, so a screen reader's list of form fields would miss them. */
    contain: content;
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }

  /* Block flow with margins rather than a grid with a gap: one grid per criterion made the
     first layout of 200 criteria measurably slower, and each kept its track sizes in memory. */
  .levels {
    margin-block-end: calc(var(--_mv-space) / 2);
  }

  .levels > .level:not(:first-child) {
    margin-block-start: 0.25rem;
  }

  .level {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    border-radius: var(--_mv-radius);
    cursor: pointer;
  }

  .level:hover {
    background: var(--_mv-bg);
  }

  .level input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_mv-accent);
  }

  .not-applicable {
    border-block-start: 1px dashed var(--_mv-border-subtle);
  }

  .chosen,
  .references {
    font-size: 0.9375em;
  }

  .not-chosen {
    color: var(--_mv-text-subtle);
  }

  .references {
    margin-block: 0 calc(var(--_mv-space) / 2);
    padding-inline-start: 1.25rem;
  }

  .level-description[hidden] {
    display: none;
  }

  /* What a level means, under its label, lined up with the label's text rather than the radio. */
  .level-description {
    display: block;
    padding-inline-start: 2.25rem;
    padding-block-end: 0.25rem;
    color: var(--_mv-text-subtle);
    font-size: 0.9375em;
  }

  .notes {
    display: grid;
    gap: calc(var(--_mv-space) / 2);
  }

  .field-heading {
    margin: 0;
    font-weight: 600;
  }

  .evidence-list {
    display: grid;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }

  .evidence-list li {
    display: grid;
    gap: 0.25rem;
  }

  .evidence-row {
    display: flex;
    gap: 0.5rem;
    align-items: start;
  }

  .evidence-row input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .evidence .hint {
    margin: 0;
  }

  .reference-links {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }

  .basis.warning {
    color: var(--_mv-danger);
    font-weight: 600;
  }

  .axes-nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }

  .axes-nav li button {
    display: grid;
    text-align: start;
    padding-inline: 0.75rem;
  }

  .axes-nav button[aria-current] {
    background: var(--_mv-accent);
    color: var(--_mv-on-accent);
  }

  .axes-nav button[aria-current] .count {
    color: inherit;
  }

  .axis h4:focus {
    outline: none;
  }

  .axis h4:focus-visible {
    outline: 3px solid var(--_mv-focus-outer);
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .progress-label {
    display: grid;
    gap: 0.25rem;
  }

  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_mv-accent);
  }

  .drafts {
    display: grid;
    gap: 0.5rem;
  }

  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-inline-start: 4px solid var(--_mv-accent);
    background: var(--_mv-surface);
  }

  .note p {
    margin: 0;
    flex: 1 1 20rem;
  }

  .note.subtle {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_mv-text-subtle);
    font-size: 0.9375em;
  }

  .note.warning {
    border-inline-start-color: var(--_mv-danger);
  }

  .alert {
    padding: var(--_mv-space);
    border: 2px solid var(--_mv-danger);
    border-radius: var(--_mv-radius);
    background: var(--_mv-surface);
  }

  .problems li + li {
    margin-block-start: 0.25rem;
  }

  .path {
    display: block;
    font-family: ui-monospace, monospace;
  }

  .summary {
    padding-block-start: var(--_mv-space);
    border-block-start: 1px solid var(--_mv-border-subtle);
  }

  .summary ul,
  .summary ol {
    margin-block: 0 var(--_mv-space);
  }

  .contacts li + li {
    margin-block-start: 0.5rem;
  }

  @media (forced-colors: active) {
    .axes-nav button[aria-current] {
      border-color: Highlight;
      border-width: 3px;
    }
  }
`;
