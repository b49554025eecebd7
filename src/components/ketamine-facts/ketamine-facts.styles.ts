import { css } from 'lit';

/** Styles of <ketamine-facts> only; tokens and host defaults come from internal/styles.ts. */
export const styles = css`
  :host {
    --_kw-ketamine-facts-section-gap: var(--kw-ketamine-facts-section-gap, calc(var(--_kw-space) * 1.5));
    --_kw-ketamine-facts-finding-bg: var(--kw-ketamine-facts-finding-bg, var(--_kw-surface));
    --_kw-ketamine-facts-finding-border-color: var(--kw-ketamine-facts-finding-border-color, var(--_kw-accent));
    --_kw-ketamine-facts-summary-bg: var(--kw-ketamine-facts-summary-bg, var(--_kw-surface));
  }

  /* Headings look the same at any heading-level: the level is for the outline, not the size. */
  .section > :is(h1, h2, h3, h4, h5, h6),
  .sources > :is(h1, h2, h3, h4, h5, h6),
  summary > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.375em;
  }

  .finding :is(h1, h2, h3, h4, h5, h6),
  .finding-title {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }

  /*
   * No content-visibility: auto on the topic bodies. It saved layout at 100 copies, but its
   * placeholder height made the page shift as bodies came near the viewport (CLS 0.05 desktop,
   * 0.12 phone with the script late; 0.098 in Lighthouse on the static twin too): bench/README.md.
   */

  .full > .section + .section,
  .full > .sources {
    margin-top: var(--_kw-ketamine-facts-section-gap);
  }

  .body > :last-child,
  .block > :last-child,
  .finding > :last-child {
    margin-bottom: 0;
  }

  .block {
    margin-bottom: calc(var(--_kw-space) * 0.75);
  }

  .claims {
    padding-inline-start: 1.25em;
  }

  .claims > li + li {
    margin-top: 0.5em;
  }

  /* Long DOIs and URLs wrap instead of widening the page at 320 px. */
  .cite,
  .source-list {
    overflow-wrap: anywhere;
  }

  .finding {
    margin: 0 0 calc(var(--_kw-space) * 0.75);
    padding: calc(var(--_kw-space) * 0.75);
    border: 1px solid var(--_kw-border);
    border-inline-start: 0.25rem solid var(--_kw-ketamine-facts-finding-border-color);
    border-radius: var(--_kw-radius);
    background: var(--_kw-ketamine-facts-finding-bg);
  }

  .finding > p {
    margin-bottom: 0.5em;
  }

  /* Set off by its label and an edge, not by colour alone. */
  .correction {
    padding-inline-start: 0.75em;
    border-inline-start: 0.1875rem solid var(--_kw-danger);
  }

  .source-list {
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .source-list > li + li {
    margin-top: 0.5em;
  }

  .sources-intro,
  .unverified,
  .checked {
    color: var(--_kw-muted);
  }

  /* Compact: a row of disclosures. */
  /* Server-rendered, before the script (or without it): the open-all button would do nothing. */
  .static .toggle-all {
    visibility: hidden;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_kw-space) * 0.5);
    margin-bottom: calc(var(--_kw-space) * 0.75);
  }

  .count {
    margin: 0;
    color: var(--_kw-muted);
  }

  .toggle-all {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 1px solid var(--_kw-accent);
    border-radius: var(--_kw-radius);
    background: transparent;
    color: var(--_kw-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .toggle-all:hover {
    background: var(--_kw-surface);
  }

  details {
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
  }

  details + details {
    margin-top: calc(var(--_kw-space) * 0.5);
  }

  summary {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border-radius: var(--_kw-radius);
    background: var(--_kw-ketamine-facts-summary-bg);
    list-style: none;
    cursor: pointer;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  details[open] > summary {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  summary > :is(h1, h2, h3, h4, h5, h6) {
    min-width: 0;
    margin: 0;
    font-size: 1.125em;
  }

  /* A chevron drawn with borders in currentColor, so forced-colours mode keeps it. */
  .marker {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin-inline: 0.15em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    color: var(--_kw-accent);
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }

  :host(:dir(rtl)) .marker {
    transform: rotate(45deg);
  }

  details[open] > summary > .marker {
    transform: rotate(45deg);
  }

  details > .body {
    padding: calc(var(--_kw-space) * 0.75);
  }

  @media (forced-colors: active) {
    .marker {
      color: CanvasText;
    }

    .finding,
    details,
    .toggle-all {
      border-color: CanvasText;
    }

    .correction {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .toolbar,
    .marker {
      display: none;
    }

    details {
      border: 0;
    }

    summary {
      min-height: 0;
      padding: 0;
      background: none;
    }

    details > .body {
      padding: 0;
    }

    .compact > details + details,
    .compact > .sources {
      margin-top: var(--_kw-ketamine-facts-section-gap);
    }

    a {
      color: inherit;
      text-decoration: none;
    }

    .finding {
      background: none;
      border-color: #000;
      break-inside: avoid;
    }

    .correction {
      border-inline-start-color: #000;
    }

    .sources-intro,
    .unverified,
    .checked,
    .count {
      color: inherit;
    }

    h1,
    h2,
    h3,
    h4,
    h5,
    h6,
    summary {
      break-after: avoid;
    }
  }

  /* Belt and braces for a print started without beforeprint (some embedded browsers). */
  @supports selector(::details-content) {
    @media print {
      details::details-content {
        display: block;
        content-visibility: visible;
      }
    }
  }
`;
