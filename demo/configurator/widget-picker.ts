import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ElementInfo } from './manifest.js';
import { ConfiguratorPart, renderDoc } from './part.js';

/** Step 1: a card for each element in the manifest. */
export class KwWidgetPicker extends ConfiguratorPart {
  @property({ attribute: false }) elements: readonly ElementInfo[] = [];

  /** The element chosen. */
  @property({ attribute: false }) tag = '';

  protected override render(): TemplateResult {
    return html`<section class="step" aria-labelledby="pick-heading">
      <h2 id="pick-heading"><span class="step-number" aria-hidden="true">1</span> Choose a widget</h2>
      <fieldset class="cards">
        <legend class="visually-hidden">Widget</legend>
        ${this.elements.map(
          (e) => html`<label class="card">
            <input
              type="radio"
              name="widget"
              id=${`tag-${e.tag}`}
              .value=${e.tag}
              .checked=${e.tag === this.tag}
              @change=${() => this.report({ tag: e.tag })}
            />
            <span class="card-body">
              <span class="card-tag"><code>&lt;${e.tag}&gt;</code></span>
              ${e.lead ? html`<span class="card-summary">${renderDoc(e.lead)}</span>` : nothing}
            </span>
          </label>`,
        )}
      </fieldset>
    </section>`;
  }
}

export const pickerStyles = css`
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
    border: 1px solid;
    border-color: var(--demo-control-border);
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

  @media (forced-colors: active) {
    .card:has(input:checked) {
      outline: 3px solid Highlight;
    }
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-widget-picker': KwWidgetPicker;
  }
}
