import { css } from 'lit';

export const styles = css`
  :host {
    --_kw-risk-checklist-check-color: var(--kw-risk-checklist-check-color, var(--_kw-accent));
    --_kw-risk-checklist-row-hover: var(--kw-risk-checklist-row-hover, var(--_kw-surface));
    --_kw-risk-checklist-row-checked: var(--kw-risk-checklist-row-checked, var(--_kw-surface));
    --_kw-risk-checklist-summary-background: var(--kw-risk-checklist-summary-background, var(--_kw-surface));
  }

  .intro {
    margin-bottom: calc(var(--_kw-space) * 0.5);
  }

  .privacy {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-size: 0.875em;
    color: var(--_kw-muted);
  }

  .privacy svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.05em;
    fill: currentColor;
  }

  .group {
    min-width: 0;
    margin: 0 0 var(--_kw-space);
    padding: 0;
    border: 0;
  }

  .legend {
    margin-bottom: 0.5em;
    padding: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_kw-text);
  }

  .items {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The label's ::after covers the row, so a tap anywhere on it ticks the box (WCAG 2.5.8). */
  .item {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-bg);
  }

  .item:hover {
    background: var(--_kw-risk-checklist-row-hover);
  }

  .item.checked {
    border-color: var(--_kw-risk-checklist-check-color);
    background: var(--_kw-risk-checklist-row-checked);
    box-shadow: inset 0.25rem 0 0 var(--_kw-risk-checklist-check-color);
  }

  .item:has(.check:focus-visible) {
    outline: 3px solid var(--_kw-focus);
    outline-offset: 2px;
  }

  .check {
    position: relative;
    z-index: 1;
    width: max(1.5rem, 24px);
    height: max(1.5rem, 24px);
    margin: 0;
    accent-color: var(--_kw-risk-checklist-check-color);
    cursor: pointer;
  }

  .check:disabled,
  .check:disabled ~ .text .label {
    cursor: not-allowed;
  }

  .label {
    display: block;
    font-weight: 700;
    cursor: pointer;
  }

  .label::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }

  .why {
    margin: 0.25em 0 0;
  }

  /* Links in a row stay clickable above the label's cover. */
  .item a {
    position: relative;
    z-index: 1;
  }

  .summary {
    margin-top: var(--_kw-space);
    padding: var(--_kw-space);
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-risk-checklist-summary-background);
  }

  .count {
    font-weight: 700;
  }

  .questions li + li,
  .general li + li {
    margin-top: 0.5em;
  }

  .because {
    display: block;
    font-size: 0.875em;
    color: var(--_kw-muted);
  }

  .empty {
    color: var(--_kw-muted);
  }

  /* The buttons and the note that they need JavaScript share one cell, so swapping them when
     server-rendered content goes live moves nothing below (layout shift 0). */
  .needs-js {
    margin: var(--_kw-space) 0 0;
  }

  .static .actions {
    visibility: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: var(--_kw-space);
  }

  button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_kw-accent);
    border-radius: var(--_kw-radius);
    background: var(--_kw-accent);
    color: var(--_kw-on-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  button.secondary {
    background: var(--_kw-bg);
    color: var(--_kw-accent);
  }

  button:hover {
    text-decoration: underline;
  }

  .copy-status {
    margin: 0.5em 0 0;
  }

  .copy-status:empty {
    margin: 0;
  }

  .fallback {
    margin-top: 0.5em;
  }

  .fallback label {
    display: block;
    font-weight: 700;
  }

  .fallback textarea {
    display: block;
    width: 100%;
    min-height: 12em;
    margin-top: 0.25em;
    padding: 0.5em;
    border: 1px solid var(--_kw-border);
    border-radius: var(--_kw-radius);
    background: var(--_kw-bg);
    color: var(--_kw-text);
    font: inherit;
    font-size: 0.875em;
  }

  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }

    .item.checked {
      border: 2px solid Highlight;
      box-shadow: none;
    }

    .item:has(.check:focus-visible) {
      outline-color: Highlight;
    }

    .check {
      accent-color: auto;
    }

    button,
    button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .summary {
      border-color: CanvasText;
    }
  }

  @media print {
    .actions,
    .needs-js,
    .copy-status,
    .fallback {
      display: none !important;
    }

    .item {
      break-inside: avoid;
    }

    .summary {
      padding: 0;
      border: 0;
      background: none;
    }

    .print-only {
      display: block;
    }

    /* The print button's printout: the summary, its date and the footer, nothing to tick. */
    :host([data-kw-print-target]) :is(#title, .intro, .privacy, .groups) {
      display: none !important;
    }

    :host([data-kw-print-target]) .summary {
      margin-top: 0;
    }
  }
`;
