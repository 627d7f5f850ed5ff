import { css } from 'lit';

/**
 * Styles every merverdi element shares: the host's box and font, a two-colour focus ring
 * that shows on any background, and forced-colours support. Colours come from `--mv-*`
 * properties, falling back to Designsystemet's `--ds-*` tokens, then to literals, so a
 * kommune on Designsystemet gets its own look without configuring anything.
 */
export const sharedStyles = css`
  :host {
    --_mv-font: var(--mv-font-family, var(--ds-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_mv-text: var(--mv-color-text, var(--ds-color-neutral-text-default, #1e2b3c));
    --_mv-text-subtle: var(--mv-color-text-subtle, var(--ds-color-neutral-text-subtle, #4b5563));
    --_mv-bg: var(--mv-color-background, var(--ds-color-neutral-background-default, #ffffff));
    --_mv-surface: var(--mv-color-surface, var(--ds-color-neutral-surface-tinted, #f3f5f8));
    --_mv-border: var(--mv-color-border, var(--ds-color-neutral-border-default, #6b7280));
    --_mv-border-subtle: var(--mv-color-border-subtle, var(--ds-color-neutral-border-subtle, #d1d5db));
    --_mv-accent: var(--mv-color-accent, var(--ds-color-accent-base-default, #0062ba));
    --_mv-accent-text: var(--mv-color-accent-text, var(--ds-color-accent-text-default, #00468a));
    --_mv-on-accent: var(--mv-color-on-accent, var(--ds-color-accent-base-contrast-default, #ffffff));
    --_mv-danger: var(--mv-color-danger, var(--ds-color-danger-text-default, #b3261e));
    --_mv-success: var(--mv-color-success, var(--ds-color-success-text-default, #0b6b3a));
    --_mv-focus-inner: var(--mv-focus-inner, var(--ds-color-focus-inner, #ffffff));
    --_mv-focus-outer: var(--mv-focus-outer, var(--ds-color-focus-outer, #00244e));
    --_mv-radius: var(--mv-border-radius, var(--ds-border-radius-md, 0.5rem));
    --_mv-space: var(--mv-space, var(--ds-size-4, 1rem));

    display: block;
    box-sizing: border-box;
    /* A theme's font may name only a web font the page has not loaded; the generic
       families behind it keep the text sans-serif rather than the browser's serif. */
    font-family: var(--_mv-font), system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: var(--_mv-text);
    line-height: 1.5;
    /* Text properties inherit through the shadow boundary, so a page's body styles (a tiny
       font size, letter spacing, upper case, nowrap) would leak in; they are reset here.
       Rules a page sets on the element itself still win: that is how a kommune sizes the
       widget on purpose. 1rem follows the user's own browser setting. */
    font-size: 1rem;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* A framework or an offer may hold a word thousands of characters long; it wraps
       instead of stretching every grid track past the edge of a phone screen. */
    overflow-wrap: anywhere;
  }

  /* The one dark palette. Every element resolves its scheme from the nearest
     data-color-scheme (Designsystemet's), on itself or any ancestor across shadow roots,
     else from prefers-color-scheme, and reflects it as data-mv-color-scheme: an attribute
     selector works in every engine, where :host-context() is Chromium's alone. */
  :host([data-mv-color-scheme='dark']) {
    color-scheme: dark;
    --_mv-text: var(--mv-color-text, var(--ds-color-neutral-text-default, #e8edf3));
    --_mv-text-subtle: var(--mv-color-text-subtle, var(--ds-color-neutral-text-subtle, #b8c2cf));
    --_mv-bg: var(--mv-color-background, var(--ds-color-neutral-background-default, #14191f));
    --_mv-surface: var(--mv-color-surface, var(--ds-color-neutral-surface-tinted, #1f2630));
    --_mv-border: var(--mv-color-border, var(--ds-color-neutral-border-default, #8a96a6));
    --_mv-border-subtle: var(--mv-color-border-subtle, var(--ds-color-neutral-border-subtle, #3a4553));
    --_mv-accent: var(--mv-color-accent, var(--ds-color-accent-base-default, #5aa7ff));
    --_mv-accent-text: var(--mv-color-accent-text, var(--ds-color-accent-text-default, #9cc9ff));
    --_mv-on-accent: var(--mv-color-on-accent, var(--ds-color-accent-base-contrast-default, #0b1624));
    --_mv-danger: var(--mv-color-danger, var(--ds-color-danger-text-default, #ff8a80));
    --_mv-success: var(--mv-color-success, var(--ds-color-success-text-default, #7ddc9f));
    --_mv-focus-inner: var(--mv-focus-inner, var(--ds-color-focus-inner, #14191f));
    --_mv-focus-outer: var(--mv-focus-outer, var(--ds-color-focus-outer, #9cc9ff));
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_mv-focus-outer);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_mv-focus-inner);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
