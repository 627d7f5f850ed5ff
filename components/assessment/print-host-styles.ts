import { css } from 'lit';

/**
 * For `<mv-assessment>`'s own shadow root: when the page is printed, everything the widget
 * renders itself but the actions bar (which then shows the report) is hidden, so the paper
 * holds the report and no form. Parts a page placed inside the assessment hide themselves in
 * print; the host page's own content prints as the page decides (a page made for printing
 * reports can hide its header and footer with its own `@media print` rules).
 */
export const printHostStyles = css`
  @media print {
    .root > :not(mv-assessment-actions, slot) {
      display: none !important;
    }
  }
`;
