import { css } from 'lit';

/** Styles of <dose-range> only; tokens and host defaults come from internal/styles.ts. */
export const styles = css`
  :host {
    --_kw-dose-range-bar: var(--kw-dose-range-bar-color, var(--_kw-accent));
    --_kw-dose-range-track: var(--kw-dose-range-track-color, var(--_kw-surface));
    --_kw-dose-range-bar-height: var(--kw-dose-range-bar-height, 1.25rem);
  }

  /* The level is for the page's outline, not the size. */
  :is(h1, h2, h3, h4, h5, h6)[part='heading'] {
    font-size: 1.375em;
  }

  :is(h1, h2, h3, h4, h5, h6)[part='context-heading'] {
    font-size: 1.0625em;
  }

  .intro {
    margin-bottom: 0;
  }

  .cite {
    overflow-wrap: anywhere;
  }

  /* Who the totals are for: adults within the bounds. */
  .limits {
    margin-top: 0.75em;
  }

  .limits > p {
    margin: 0;
    font-weight: 700;
  }

  /* The field ---------------------------------------------------------------------------- */

  .field {
    margin-top: var(--_kw-space);
  }

  /* The controls and the note that the calculator needs JavaScript share one cell, so swapping
     them when server-rendered content goes live moves nothing below (layout shift 0). */
  /* Without JavaScript the field cannot be used and the bar has no positions (set through the CSSOM). */
  .static .controls,
  .static .bar {
    visibility: hidden;
  }

  .label {
    display: block;
    font-weight: 700;
  }

  .hint {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
    color: var(--_kw-muted);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: 0.5rem;
  }

  .input {
    flex: 0 1 9em;
    min-width: 0;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-bg);
    color: var(--_kw-text);
    font: inherit;
    /* A host page that hides or restyles every input must not reach this one. */
    display: block;
    opacity: 1;
    visibility: visible;
    appearance: none;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_kw-danger);
  }

  .units {
    display: inline-flex;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .unit {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 3rem;
    min-height: 2.75rem;
    padding: 0 0.75em;
    border: 2px solid var(--_kw-border);
    background: var(--_kw-bg);
    color: var(--_kw-text);
    font-weight: 700;
    cursor: pointer;
    user-select: none;
  }

  .unit:first-of-type {
    border-start-start-radius: var(--_kw-radius);
    border-end-start-radius: var(--_kw-radius);
  }

  .unit:last-of-type {
    border-start-end-radius: var(--_kw-radius);
    border-end-end-radius: var(--_kw-radius);
  }

  .unit + .unit {
    margin-inline-start: -2px;
  }

  /* The native radio stays in place (keyboard, form semantics) over the whole label, invisible. */
  .unit-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .unit:has(.unit-input:checked) {
    z-index: 1;
    border-color: var(--_kw-dose-range-bar);
    background: var(--_kw-dose-range-bar);
    color: var(--_kw-on-accent);
  }

  .unit:has(.unit-input:focus-visible) {
    z-index: 2;
    outline: 3px solid var(--_kw-focus);
    outline-offset: 2px;
  }

  .message {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    margin: 0.5em 0 0;
    color: var(--_kw-danger);
    font-weight: 700;
  }

  .message:empty {
    margin: 0;
  }

  .message-icon {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin-top: 0.2em;
  }

  /* The result ---------------------------------------------------------------------------- */

  .result {
    margin-top: var(--_kw-space);
  }

  .sentence {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  /* An empty result stays in the accessibility tree (no display: none): a live region must be
     there before its text arrives, or screen readers miss the first result. It takes no room. */
  .bar {
    display: grid;
    gap: 0.25rem;
    margin-top: 0.75rem;
    font-size: 0.9375em;
  }

  /*
   * An end label sits at its point on the track and slides along its own width by the same
   * fraction, so it never leaves the track: flush left at 0 %, flush right at 100 %. Moved by
   * translate alone (the fraction of the bar's width, 100cqi, less the fraction of its own), so
   * its layout box never reaches past the bar and the page gets no horizontal scroll (#17).
   */
  .bar {
    /* The bar's width is the field's, never a label's: labels wrap instead. */
    grid-template-columns: minmax(0, 1fr);
    container-type: inline-size;
  }

  .bar-label {
    justify-self: start;
    translate: calc(var(--_kw-dose-range-at-n) * (100cqi - 100%)) 0;
    /* One line while it fits; wraps rather than run past a narrow bar (320 px, 200 % text). */
    width: max-content;
    max-width: 100%;
  }

  :host(:dir(rtl)) .bar-label {
    translate: calc(var(--_kw-dose-range-at-n) * (100% - 100cqi)) 0;
  }

  .bar-label::before,
  .bar-label::after {
    display: block;
    width: 2px;
    height: 0.4rem;
    /* The tick covers its point and stays inside its label, even at 0 % and 100 % (a tick that
       pokes past the label's edge is overflow, which Firefox counts). */
    margin-inline-start: calc(var(--_kw-dose-range-at-n) * (100% - 2px));
    background: currentColor;
  }

  .bar-label.start::after,
  .bar-label.end::before {
    content: '';
  }

  .track {
    position: relative;
    height: var(--_kw-dose-range-bar-height);
    border: 1px solid var(--_kw-border);
    border-radius: calc(var(--_kw-dose-range-bar-height) / 2);
    background: var(--_kw-dose-range-track);
    overflow: hidden;
  }

  .segment {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_kw-dose-range-start);
    width: max(4px, calc(var(--_kw-dose-range-end) - var(--_kw-dose-range-start)));
    /* Square-ish ends: a rounded cap would blur where the range starts and stops. */
    border-radius: 2px;
    background: var(--_kw-dose-range-bar);
    transition:
      inset-inline-start 200ms ease-out,
      width 200ms ease-out;
  }

  .scale {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    color: var(--_kw-muted);
    font-size: 0.875em;
  }

  /* Context ------------------------------------------------------------------------------ */

  .notice {
    margin: var(--_kw-space) 0 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_kw-dose-range-bar);
    border-radius: var(--_kw-radius);
    background: var(--_kw-surface);
  }

  .context {
    margin-top: var(--_kw-space);
  }

  .notes {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .notes > li + li {
    margin-top: 0.5em;
  }

  @media (prefers-reduced-motion: reduce) {
    .segment {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .input,
    .unit,
    .track {
      border-color: CanvasText;
    }

    .input[aria-invalid='true'] {
      border-style: double;
      border-width: 4px;
    }

    /* Keep the checked unit and the range segment: system colours, not the page's. */
    .unit:has(.unit-input:checked) {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    /* The label keeps its own colours (above), so its ring is not forced: name the system colour. */
    .unit:has(.unit-input:focus-visible) {
      outline-color: Highlight;
    }

    .segment {
      forced-color-adjust: none;
      background: Highlight;
    }

    .bar-label::before,
    .bar-label::after {
      forced-color-adjust: none;
      background: CanvasText;
    }

    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }

  @media print {
    .segment {
      print-color-adjust: exact;
    }
  }
`;
