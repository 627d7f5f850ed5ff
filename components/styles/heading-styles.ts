import { css } from 'lit';

/**
 * Headings inside an element's shadow root sit tight: no browser margin (the element's grid
 * gap spaces them) and a line height for headings rather than body text.
 */
export const headingStyles = css`
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }
`;
