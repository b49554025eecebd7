import { css } from 'lit';

/**
 * The configurator's own look. Colours meet WCAG 2.2 AA in light and dark (text 4.5:1, control
 * borders and focus 3:1). The `--demo-*` tokens are inherited by the preview frames' captions.
 */
export const styles = css`
  :host {
    --demo-bg: #ffffff;
    --demo-surface: #f4f6f9;
    --demo-surface-strong: #e8edf3;
    --demo-text: #1b2430;
    --demo-muted: #4b5666;
    --demo-border: #d3dae3;
    --demo-control-border: #6b7685;
    --demo-accent: #0b5cad;
    --demo-accent-hover: #084a8c;
    --demo-on-accent: #ffffff;
    --demo-focus: #0b5cad;
    --demo-good: #1a6b30;
    --demo-warning: #8a4b00;
    --demo-problem: #b3261e;
    --demo-code-bg: #f6f8fa;
    --demo-frame-bg: #ffffff;
    --demo-radius: 0.5rem;

    display: block;
    color: var(--demo-text);
    font: inherit;
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --demo-bg: #0f1419;
      --demo-surface: #161c23;
      --demo-surface-strong: #1f2730;
      --demo-text: #e6edf3;
      --demo-muted: #a9b4c0;
      --demo-border: #303a46;
      --demo-control-border: #8590a0;
      --demo-accent: #8cc4ff;
      --demo-accent-hover: #b5d9ff;
      --demo-on-accent: #0d1117;
      --demo-focus: #8cc4ff;
      --demo-good: #6fdc8c;
      --demo-warning: #f2c261;
      --demo-problem: #ffa198;
      --demo-code-bg: #0b0f14;
      --demo-frame-bg: #0f1419;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  h2 {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    margin: 0 0 1rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  .step-number {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--demo-accent);
    color: var(--demo-on-accent);
    font-size: 1rem;
    font-weight: 700;
  }

  .step {
    min-width: 0;
    margin: 0 0 2.5rem;
  }

  code,
  pre {
    font-family: ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'Segoe UI Mono', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.9em;
  }

  :focus-visible {
    outline: 3px solid var(--demo-focus);
    outline-offset: 2px;
  }

  /* 1. Choose a widget */

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

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem;
  }

  .card {
    position: relative;
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.875rem 1rem;
    border: 1px solid var(--demo-control-border);
    border-radius: var(--demo-radius);
    background: var(--demo-bg);
    cursor: pointer;
  }

  .card:hover {
    background: var(--demo-surface);
  }

  .card:has(input:checked) {
    border-color: var(--demo-accent);
    box-shadow: inset 0 0 0 2px var(--demo-accent);
    background: var(--demo-surface);
  }

  .card input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--demo-accent);
  }

  .card-body {
    display: grid;
    gap: 0.25rem;
  }

  .card-tag code {
    font-size: 1rem;
    font-weight: 700;
  }

  .card-summary {
    color: var(--demo-muted);
    font-size: 0.9375rem;
  }

  /* 2. Set it up, and the preview beside it */

  .workbench {
    display: grid;
    gap: 0 2.5rem;
  }

  .setup-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 0 1.25rem;
    align-items: start;
  }

  /* On very wide screens the settings become a sidebar and the preview stays in view beside them;
     below that the preview sits under the settings, so the wide frame really is wide. */
  @media (min-width: 100rem) {
    .workbench {
      grid-template-columns: 24rem minmax(0, 1fr);
      align-items: start;
    }

    .preview {
      position: sticky;
      top: 1rem;
    }
  }

  .setup-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-bottom: 1rem;
  }

  .setup-actions .hint {
    margin: 0;
  }

  .about {
    max-width: 48rem;
    margin: 0 0 1.25rem;
  }

  .about summary {
    min-height: 1.5rem;
    color: var(--demo-accent);
    font-weight: 600;
    cursor: pointer;
  }

  .about p {
    margin: 0.5rem 0 0;
    color: var(--demo-muted);
  }

  .setup fieldset {
    padding: 1rem 1rem 0.25rem;
    border: 1px solid var(--demo-border);
    border-radius: var(--demo-radius);
    background: var(--demo-surface);
  }

  .setup legend {
    float: left;
    width: 100%;
  }

  .setup legend + * {
    clear: left;
  }

  .field {
    margin: 0 0 1.125rem;
  }

  .field > label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }

  .attr-name {
    margin-left: 0.25rem;
    color: var(--demo-muted);
    font-size: 0.8125rem;
    font-weight: 400;
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

  input[type='text'],
  select {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--demo-control-border);
    border-radius: 0.375rem;
    background: var(--demo-bg);
    color: var(--demo-text);
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--demo-problem);
    box-shadow: inset 0 0 0 1px var(--demo-problem);
  }

  input[type='color'] {
    width: 3.5rem;
    height: 2.75rem;
    padding: 0.25rem;
    border: 1px solid var(--demo-control-border);
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

  .color-value,
  output {
    min-width: 5rem;
    color: var(--demo-muted);
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
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--demo-control-border);
    border-radius: 0.375rem;
    background: var(--demo-bg);
    color: var(--demo-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:hover {
    background: var(--demo-surface-strong);
  }

  button.primary {
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

  /* Preview */

  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
    margin-bottom: 1rem;
    border: 1px solid var(--demo-control-border);
    border-radius: var(--demo-radius);
    overflow: hidden;
  }

  .segmented label {
    position: relative;
    display: block;
    cursor: pointer;
  }

  .segmented input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .segmented span {
    display: block;
    min-height: 2.75rem;
    padding: 0.625rem 1rem;
    font-weight: 600;
  }

  .segmented label + label span {
    border-left: 1px solid var(--demo-control-border);
  }

  .segmented input:checked + span {
    background: var(--demo-accent);
    color: var(--demo-on-accent);
  }

  .segmented input:focus-visible + span {
    outline: 3px solid var(--demo-focus);
    outline-offset: -5px;
  }

  .segmented input:checked:focus-visible + span {
    outline-color: var(--demo-on-accent);
  }

  .frames {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem;
    align-items: flex-start;
  }

  /* 360 px of viewport plus the frame's 1 px border on each side. */
  kw-preview-frame[size='narrow'] {
    flex: 0 1 362px;
  }

  kw-preview-frame[size='wide'] {
    flex: 1 1 24rem;
  }

  kw-preview-frame[size='page'] {
    flex: 1 1 100%;
  }

  /* 3. Copy the code */

  .code .field {
    max-width: 44rem;
  }

  .code-panel {
    overflow: hidden;
    border: 1px solid var(--demo-control-border);
    border-radius: var(--demo-radius);
    background: var(--demo-code-bg);
  }

  .code-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem 0.5rem 0.5rem 1rem;
    border-bottom: 1px solid var(--demo-border);
    background: var(--demo-surface-strong);
  }

  .code-label {
    font-weight: 600;
  }

  button.primary {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }

  .copy-icon {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  pre {
    margin: 0;
    padding: 1rem;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.6;
    tab-size: 2;
  }

  pre:focus-visible {
    outline-offset: -3px;
  }

  .t-punct {
    color: #57606a;
  }
  .t-tag,
  .t-selector {
    color: #0550ae;
  }
  .t-attr,
  .t-property {
    color: #8a3c00;
  }
  .t-value,
  .t-css-value {
    color: #0a3069;
  }

  @media (prefers-color-scheme: dark) {
    .t-punct {
      color: #9ba6b2;
    }
    .t-tag,
    .t-selector {
      color: #79c0ff;
    }
    .t-attr,
    .t-property {
      color: #ffa657;
    }
    .t-value,
    .t-css-value {
      color: #a5d6ff;
    }
  }

  .copy-status {
    min-height: 1.5em;
    margin: 0.5rem 0 1rem;
  }

  .help {
    max-width: 44rem;
    border: 1px solid var(--demo-border);
    border-radius: var(--demo-radius);
    background: var(--demo-surface);
  }

  .help summary {
    min-height: 2.75rem;
    padding: 0.625rem 1rem;
    font-weight: 600;
    cursor: pointer;
  }

  .help dl {
    margin: 0;
    padding: 0 1rem 1rem;
  }

  .help dt {
    margin-top: 0.75rem;
    font-weight: 700;
  }

  .help dd {
    margin: 0.25rem 0 0;
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
    .step-number,
    .segmented input:checked + span,
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .card:has(input:checked) {
      outline: 3px solid Highlight;
    }
  }
`;
