import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { valueOf, type ConfiguratorState } from './configurator-state.js';
import { numberProblem, type Control, type ControlValue } from './controls.js';
import { ConfiguratorPart, renderDoc } from './part.js';

/**
 * Step 2's attribute fields: the element's own options, then the ones every element shares
 * (language, light or dark, …), each as the manifest describes it.
 */
export class KwWidgetOptions extends ConfiguratorPart {
  @property({ attribute: false }) tag = '';

  @property({ attribute: false }) controls: readonly Control[] = [];

  @property({ attribute: false }) values: ConfiguratorState['values'] = {};

  private set(name: string, value: ControlValue): void {
    this.report({ values: { [name]: value } });
  }

  protected override render(): TemplateResult {
    const own = this.controls.filter((c) => !c.inherited);
    const shared = this.controls.filter((c) => c.inherited);
    return html`<fieldset>
        <legend>Options for <code>&lt;${this.tag}&gt;</code></legend>
        ${own.length ? own.map((c) => this.renderControl(c)) : html`<p class="hint">This widget has no options of its own.</p>`}
      </fieldset>
      ${
        shared.length
          ? html`<fieldset>
            <legend>Language and display</legend>
            ${shared.map((c) => this.renderControl(c))}
          </fieldset>`
          : nothing
      }`;
  }

  private renderControl(c: Control): TemplateResult {
    const id = `attr-${c.name}`;
    const hintId = `${id}-hint`;
    const value = valueOf(c, this.values);
    const label = html`${c.label} <code class="attr-name">${c.name}</code>`;
    const hint = c.description ? html`<p class="hint" id=${hintId}>${renderDoc(c.description)}</p>` : nothing;
    const describedBy = c.description ? hintId : undefined;
    switch (c.kind) {
      case 'checkbox':
        return html`<div class="field check">
          <input
            type="checkbox"
            id=${id}
            .checked=${value === true || value === 'true'}
            aria-describedby=${ifDefined(describedBy)}
            @change=${(e: Event) => this.set(c.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${label}</label>
          ${hint}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select id=${id} aria-describedby=${ifDefined(describedBy)} @change=${(e: Event) => this.set(c.name, (e.target as HTMLSelectElement).value)}>
            ${c.options.map((o) => html`<option .value=${o.value} .selected=${o.value === value}>${o.label}</option>`)}
          </select>
          ${hint}
        </div>`;
      default: {
        const text = typeof value === 'string' ? value : '';
        const problem = c.kind === 'number' ? numberProblem(text) : null;
        const problemId = `${id}-problem`;
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <input
            type="text"
            id=${id}
            inputmode=${c.kind === 'number' ? 'decimal' : 'text'}
            autocomplete="off"
            spellcheck="false"
            .value=${text}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${ifDefined([describedBy, problem ? problemId : undefined].filter(Boolean).join(' ') || undefined)}
            @input=${(e: Event) => this.set(c.name, (e.target as HTMLInputElement).value)}
          />
          ${problem ? html`<p class="problem" id=${problemId}>${problem}</p>` : nothing}
          ${hint}
        </div>`;
      }
    }
  }
}

export const optionsStyles = css`
  .attr-name {
    margin-left: 0.25rem;
    color: var(--demo-muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-widget-options': KwWidgetOptions;
  }
}
