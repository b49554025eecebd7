import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  CLINIC_FILE,
  clinicForm,
  fieldId,
  formKeyOf,
  keyOf,
  type ClinicValues,
  type FormField,
  type FormGroup,
  type FormNode,
  type SchemaNode,
} from './clinic-form.js';
import type { ClinicAs } from './configurator-state.js';
import { ConfiguratorPart } from './part.js';

/** Where the clinic dataset stands: nothing entered, being checked, used, or refused with the failing field. */
export type ClinicStatus =
  { state: 'empty' } | { state: 'checking' } | { state: 'valid' } | { state: 'invalid'; field: string; message: string };

/** A source a checklist item may cite: the bundled dataset's. */
export interface SourceChoice {
  id: string;
  short: string;
}

/**
 * The "Your clinic" step: the clinic dataset as a form generated from its JSON Schema (the same
 * form as the WordPress settings page), its live validation, and how the code carries it: inline
 * in the element or as `clinic.json` to host, with a download.
 */
export class KwClinicForm extends ConfiguratorPart {
  /** The clinic dataset's JSON Schema. */
  @property({ attribute: false }) schema: SchemaNode = {};

  @property({ attribute: false }) values: ClinicValues = {};

  @property({ attribute: false }) sources: readonly SourceChoice[] = [];

  @property({ attribute: false }) clinicAs: ClinicAs = 'inline';

  @property({ attribute: false }) status: ClinicStatus = { state: 'empty' };

  /** The valid dataset as the file to host; '' when there is none. */
  @property({ attribute: false }) fileText = '';

  private set(key: string, value: string): void {
    this.report({ clinic: { [key]: value } });
  }

  /** Saves `clinic.json` from the page itself: a Blob and an object URL, nothing sent anywhere. */
  private download(): void {
    const url = URL.createObjectURL(new Blob([this.fileText], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = CLINIC_FILE;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  /** The form field the current error names ('' for none). */
  private errorKey = '';

  protected override render(): TemplateResult {
    const form = clinicForm(this.schema, this.values);
    const status = this.status;
    this.errorKey = status.state === 'invalid' ? formKeyOf(form, this.values, status.field) : '';
    return html`<section class="step clinic" aria-labelledby="clinic-heading">
      <h2 id="clinic-heading"><span class="step-number" aria-hidden="true">3</span> Your clinic (optional)</h2>
      <p class="hint clinic-intro">
        Add your clinic’s name, its sign-off and its own dose range without writing JSON. Leave a field empty to keep the bundled content. This is the
        same form as the WordPress plugin’s settings page. Nothing you type leaves this page.
      </p>
      <div class="clinic-parts">${form.map((part) => this.renderPart(part))}</div>
      <p id="clinic-status" class=${status.state === 'invalid' ? 'problem' : status.state === 'valid' ? 'hint good' : 'hint'}
        role="status"
        aria-busy=${status.state === 'checking' ? 'true' : 'false'}
        data-state=${status.state}
      >
        ${this.statusText()}
      </p>
      <fieldset class="clinic-as">
        <legend>How the code carries your clinic’s details</legend>
        <div class="field check">
          <input type="radio" name="clinic-as" id="clinic-as-inline" .checked=${this.clinicAs !== 'file'} aria-describedby="clinic-as-inline-hint" @change=${() => this.report({ clinicAs: 'inline' })} />
          <label for="clinic-as-inline">Inside the widget’s code</label>
          <p class="hint" id="clinic-as-inline-hint">A <code>&lt;script type="application/json"&gt;</code> inside the element. Nothing else to upload.</p>
        </div>
        <div class="field check">
          <input type="radio" name="clinic-as" id="clinic-as-file" .checked=${this.clinicAs === 'file'} aria-describedby="clinic-as-file-hint" @change=${() => this.report({ clinicAs: 'file' })} />
          <label for="clinic-as-file">As a file on your site</label>
          <p class="hint" id="clinic-as-file-hint">
            The code names <code>${CLINIC_FILE}</code> with <code>src</code>. Put the file in the same folder as the page; every widget can use it.
          </p>
        </div>
      </fieldset>
      ${
        this.fileText
          ? html`<button type="button" id="clinic-download" class="secondary" aria-describedby="clinic-download-hint" @click=${this.download}>Download ${CLINIC_FILE}</button>
            <p class="hint" id="clinic-download-hint">The file is made here in your browser.</p>`
          : nothing
      }
    </section>`;
  }

  /** The last settled verdict: a check under way (each keystroke) keeps it, so the live region stays quiet. */
  private settledText = '';

  private statusText(): string {
    const status = this.status;
    switch (status.state) {
      case 'empty':
        return (this.settledText = 'Nothing filled in yet: the widgets show the bundled content.');
      case 'checking':
        return this.settledText || 'Checking your clinic’s details…';
      case 'valid':
        return (this.settledText = 'Your clinic’s details are valid. The previews and the code use them.');
      default:
        return (this.settledText = `${status.field}: ${status.message}. The previews keep the bundled content until this is fixed.`);
    }
  }

  private renderPart(part: FormGroup): TemplateResult {
    return html`<fieldset class="clinic-part" id=${fieldId(part.path)}>
      <legend>${part.label}</legend>
      ${part.intro ? html`<p class="hint">${part.intro}</p>` : nothing} ${part.children.map((n) => this.renderNode(n))}
    </fieldset>`;
  }

  private renderNode(node: FormNode): TemplateResult {
    if (node.kind === 'field') return this.renderField(node);
    const rows = node.kind === 'list' ? node.rows : node.children;
    return html`<fieldset class="clinic-group" id=${fieldId(node.path)}>
      <legend>${node.label}</legend>
      ${this.groupError(node)} ${rows.map((n) => this.renderNode(n))}
    </fieldset>`;
  }

  /** The error of a group or list itself (a missing required field inside it, say). */
  private groupError(node: FormNode): TemplateResult | typeof nothing {
    const status = this.status;
    return status.state === 'invalid' && this.errorKey === keyOf(node.path)
      ? html`<p class="problem" id=${`${fieldId(node.path)}-error`}>${status.field}: ${status.message}</p>`
      : nothing;
  }

  private renderField(f: FormField): TemplateResult {
    const key = keyOf(f.path);
    const id = fieldId(f.path);
    const status = this.status;
    const invalid = status.state === 'invalid' && this.errorKey === key;
    const errorId = `${id}-error`;
    const value = this.values[key] ?? '';
    const described = invalid ? errorId : undefined;
    const onInput = (e: Event) => this.set(key, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    const label = html`<label for=${id}>${f.label}${f.required ? html` <span class="required">(required)</span>` : nothing}</label>`;
    const error = invalid ? html`<p class="problem" id=${errorId}>${status.field}: ${status.message}</p>` : nothing;
    let control: TemplateResult;
    switch (f.input) {
      case 'sources': {
        const chosen = new Set(value.split(',').filter(Boolean));
        control = html`<select
          multiple
          size="4"
          id=${id}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          @change=${(e: Event) => this.set(key, [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value).join(','))}
        >
          ${this.sources.map((s) => html`<option .value=${s.id} .selected=${chosen.has(s.id)}>${s.short}</option>`)}
        </select>`;
        break;
      }
      case 'textarea':
        control = html`<textarea
          id=${id}
          rows="2"
          maxlength=${ifDefined(f.maxLength)}
          .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          @input=${onInput}
        ></textarea>`;
        break;
      default: {
        const numeric = f.input === 'number' || f.input === 'integer';
        control = html`<input
          type=${f.input === 'date' ? 'date' : f.input === 'url' ? 'url' : 'text'}
          id=${id}
          inputmode=${ifDefined(numeric ? (f.input === 'integer' ? 'numeric' : 'decimal') : undefined)}
          autocomplete="off"
          maxlength=${ifDefined(f.maxLength)}
          placeholder=${ifDefined(f.input === 'url' ? 'https://' : undefined)}
          .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          @input=${onInput}
        />`;
      }
    }
    return html`<div class="field">${label}${control}${error}</div>`;
  }
}

export const clinicStyles = css`
  .clinic-parts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 0 1.5rem;
    align-items: start;
  }

  .clinic-group {
    padding: 0.75rem 1rem 0;
    border: 1px solid;
    border-color: var(--demo-border);
    border-radius: var(--demo-radius);
  }

  .clinic-group > legend {
    padding: 0 0.25rem;
    font-size: 1rem;
  }

  .required {
    color: var(--demo-muted);
    font-weight: 400;
  }

  .clinic select[multiple] option {
    min-height: 1.5rem;
    padding: 0.125rem 0;
  }

  .clinic [aria-invalid='true'] {
    border-color: var(--demo-problem);
    box-shadow: inset 0 0 0 1px var(--demo-problem);
  }

  #clinic-status {
    min-height: 1.5em;
    margin: 0 0 1rem;
  }

  .clinic-as {
    max-width: 44rem;
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-clinic-form': KwClinicForm;
  }
}
