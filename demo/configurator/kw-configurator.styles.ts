import { css } from 'lit';

/**
 * The configurator's layout: the three steps, the settings beside or above the previews, and the
 * parts (which render into this shadow root and take no box of their own). Form controls are in
 * form-controls.styles.ts and each part's own rules beside its class.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--demo-text);
    font: inherit;
    line-height: 1.5;
  }

  kw-widget-picker,
  kw-widget-options,
  kw-look-options,
  kw-widget-previews,
  kw-clinic-form,
  kw-embed-code {
    display: contents;
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
    border: 1px solid;
    border-color: var(--demo-border);
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

  @media (forced-colors: active) {
    .step-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
