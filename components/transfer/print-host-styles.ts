import { css } from 'lit';

/**
 * For `<mv-assessment>`'s own shadow root: when the page is printed, everything of the widget
 * but the transfer actions (which then show the report) is hidden, so the paper holds the
 * report and no form. The host page's own content around the widget prints as the page
 * decides; a page made for printing reports can hide its header and footer with its own
 * `@media print` rules.
 */
export const printHostStyles = css`
  @media print {
    .root > :not(mv-assessment-actions) {
      display: none !important;
    }
  }
`;
