import { css } from 'lit';

/**
 * The theme every element shares. Public tokens (`--kw-*`) are the API a site sets; each maps to a
 * private one (`--_kw-*`) that the elements' own styles use, so a default lives in one place.
 *
 * Light and dark defaults meet WCAG 2.2 AA against each other (text ≥ 4.5:1, borders and focus
 * ring ≥ 3:1). Dark applies with `prefers-color-scheme: dark` unless `color-scheme="light"`, or
 * always with `color-scheme="dark"`.
 */
/** Text for screen readers only. (The demo keeps its own copy: it uses only the package's public names.) */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The dark palette, declared once: applied by `color-scheme="dark"`, and by
 * `prefers-color-scheme: dark` unless `color-scheme="light"`.
 */
const darkTokens = css`
  --_kw-accent: var(--kw-color-accent-dark, #8cc4ff);
  --_kw-on-accent: var(--kw-color-on-accent-dark, #0d1117);
  --_kw-text: var(--kw-color-text-dark, #e6edf3);
  --_kw-muted: var(--kw-color-muted-dark, #b1bac4);
  --_kw-bg: var(--kw-color-bg-dark, #161b22);
  --_kw-surface: var(--kw-color-surface-dark, #21262d);
  --_kw-border: var(--kw-color-border-dark, #7d8590);
  --_kw-danger: var(--kw-color-danger-dark, #ffa198);
  --_kw-focus: var(--kw-color-focus-dark, #8cc4ff);
  color-scheme: dark;
`;

export const hostStyles = css`
  :host {
    --_kw-accent: var(--kw-color-accent, #0b5cad);
    --_kw-on-accent: var(--kw-color-on-accent, #ffffff);
    --_kw-text: var(--kw-color-text, #1d2530);
    --_kw-muted: var(--kw-color-muted, #4a5563);
    --_kw-bg: var(--kw-color-bg, #ffffff);
    --_kw-surface: var(--kw-color-surface, #f2f5f8);
    --_kw-border: var(--kw-color-border, #8a96a3);
    --_kw-danger: var(--kw-color-danger, #b3261e);
    --_kw-focus: var(--kw-color-focus, #0b5cad);
    --_kw-radius: var(--kw-radius, 0.5rem);
    --_kw-space: var(--kw-space, 1rem);
    --_kw-measure: var(--kw-max-width, 42rem);

    display: block;
    box-sizing: border-box;
    max-width: var(--_kw-measure);
    padding: var(--_kw-space);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-bg);
    color: var(--_kw-text);
    color-scheme: light;
    /* Fonts come from the host page unless a site sets --kw-font-family. The size has a floor so a
       page with html { font-size: 62.5% } still gets readable text. */
    font-family: var(--kw-font-family, inherit);
    font-size: var(--kw-font-size, max(1rem, 16px));
    /* Inherited properties a host page may have changed that would garble the widget. */
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: visible;
  }

  /*
   * A no-JavaScript note (.needs-js) shares one grid cell with the controls it stands in for, so
   * nothing moves when the element goes live; it shows only in server-rendered content (.static).
   * The column is the element's width, never the controls' unwrapped width (320 px, 200 % text).
   */
  .stand-in-area {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .stand-in-area > * {
    grid-area: 1 / 1;
  }

  .needs-js {
    align-self: center;
    margin: 0;
    visibility: hidden;
  }

  .static .needs-js {
    visibility: visible;
  }

  :host([hidden]) {
    display: none;
  }

  /* Upgraded, content not on screen yet: keep the room ketamine-widgets.css holds (nothing
     without it, so a page without the stylesheet shifts once, not twice). */
  :host(:state(pending)) {
    min-height: var(--kw-reserve, auto);
  }

  :host([color-scheme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${darkTokens}
    }
  }

  /* Not inherit: a host page may force box-sizing on every element, our host included. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_kw-space) * 0.5);
    font-family: var(--kw-heading-font-family, inherit);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_kw-text);
  }

  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_kw-space) * 0.75);
  }

  a {
    color: var(--_kw-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_kw-focus);
    outline-offset: 2px;
  }

  /*
   * Links in citations, source lists and the footer are pieces of a reference, not words of a
   * sentence, so they get no inline exception from WCAG 2.5.8: each is a target of at least
   * 24 × 24 px. An inline-block still wraps inside itself when longer than the line.
   */
  .cite a,
  .source-list a,
  .footer a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    max-width: 100%;
  }

  /* Citation, review date and disclaimer: the same on every element. */
  .cite {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_kw-muted);
  }

  .footer {
    margin-top: var(--_kw-space);
    padding-top: calc(var(--_kw-space) * 0.75);
    border-top: 1px solid var(--_kw-border);
    font-size: 0.875em;
    color: var(--_kw-muted);
  }

  .footer p {
    margin: 0 0 0.5em;
  }

  .footer p:last-child {
    margin-bottom: 0;
  }

  .error {
    color: var(--_kw-danger);
  }

  /* Nothing moves: 0s, not a token 0.01ms, so no transition is even started (issue #17). */
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-delay: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      transition-delay: 0s !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      max-width: none;
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }

    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
