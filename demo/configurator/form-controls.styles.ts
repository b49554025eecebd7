import { css } from 'lit';

/**
 * The form controls every part of the configurator uses: fields, labels, hints and messages,
 * inputs, selects, buttons, focus rings, screen-reader-only text. The colours are the page's
 * `--demo-*` palette (demo.css), which custom properties carry into the shadow root. Text meets
 * WCAG 2.2 AA in light and dark (4.5:1), control borders and focus 3:1; targets are 24 px or more.
 * Border widths are set apart from their colours, so sizes hold on a page without the palette.
 */
export const formControls = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  code,
  pre {
    font-family: var(--demo-mono);
    font-size: 0.9em;
  }

  :focus-visible {
    outline: 3px solid var(--demo-focus);
    outline-offset: 2px;
  }

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

  fieldset {
    min-width: 0;
    margin: 0 0 1.5rem;
    padding: 0;
    border: 0;
  }

  legend {
    margin-bottom: 0.75rem;
    padding: 0;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .field {
    margin: 0 0 1.125rem;
  }

  .field > label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }

  .field.check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    align-items: start;
  }

  .field.check > label {
    margin: 0;
  }

  .field.check .hint {
    grid-column: 2;
  }

  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--demo-accent);
  }

  /* One box for every control: text fields, lists and buttons. */
  input[type='text'],
  input[type='url'],
  input[type='date'],
  textarea,
  select,
  button {
    min-height: 2.75rem;
    border: 1px solid;
    border-color: var(--demo-control-border);
    border-radius: 0.375rem;
    background: var(--demo-bg);
    color: var(--demo-text);
    font: inherit;
  }

  input[type='text'],
  input[type='url'],
  input[type='date'],
  textarea,
  select {
    display: block;
    width: 100%;
    padding: 0.5rem 0.75rem;
  }

  input[aria-invalid='true'] {
    border-color: var(--demo-problem);
    box-shadow: inset 0 0 0 1px var(--demo-problem);
  }

  input[type='color'] {
    width: 3.5rem;
    height: 2.75rem;
    padding: 0.25rem;
    border: 1px solid;
    border-color: var(--demo-control-border);
    border-radius: 0.375rem;
    background: var(--demo-bg);
    cursor: pointer;
  }

  input[type='range'] {
    flex: 1 1 8rem;
    min-width: 0;
    height: 2.75rem;
    margin: 0;
    accent-color: var(--demo-accent);
  }

  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
  }

  .hint,
  .problem {
    margin: 0.375rem 0 0;
    color: var(--demo-muted);
    font-size: 0.875rem;
  }

  .problem {
    color: var(--demo-problem);
    font-weight: 600;
  }

  .good {
    color: var(--demo-good);
  }

  .warning {
    color: var(--demo-warning);
    font-weight: 600;
  }

  .icon {
    display: inline-block;
    width: 1.1em;
    font-weight: 700;
  }

  button {
    padding: 0.5rem 1rem;
    font-weight: 600;
    cursor: pointer;
  }

  button:hover {
    background: var(--demo-surface-strong);
  }

  button.primary {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    border-color: var(--demo-accent);
    background: var(--demo-accent);
    color: var(--demo-on-accent);
  }

  button.primary:hover {
    border-color: var(--demo-accent-hover);
    background: var(--demo-accent-hover);
  }

  button.link {
    min-height: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: 0;
    background: none;
    color: var(--demo-accent);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0.01ms !important;
      animation-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
