import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset } from '../../data/dataset.js';
import type { ChecklistGroup, ChecklistItem } from '../../data/schema.js';
import { citation } from '../../internal/templates.js';
import { KwElement } from '../../internal/kw-element.js';
import { format, localize, plural } from '../../internal/localize.js';
import { beginPrintOnly, endPrintOnly, isPrintTarget } from './print.js';
import { checklistStrings } from './risk-checklist.strings.js';
import { styles } from './risk-checklist.styles.js';
import { allItems, summarize, summaryText, today, type Summary } from './summary.js';
import type { FrozenPiece } from '../../internal/frozen.js';

type Strings = (typeof checklistStrings)['en'];

/**
 * @summary A checklist of things to raise with the care team before ketamine treatment. The reader
 * ticks what applies and leaves with a short list of questions to print or copy. Nothing is saved
 * or sent.
 *
 * Items, their reasons and sources come from the dataset's `checklist` block; a clinic dataset
 * (`src`) can add items. Inside a `<form>`, a checklist with a `name` submits one entry per
 * ticked item id, and the form's reset clears it.
 *
 * @tagname risk-checklist
 * @fires change - The reader ticked or unticked an item. Not fired when the page calls `clear()`,
 * resets the form or changes the dataset. Read `checked` for the ticked ids.
 *
 * @csspart heading - The checklist's title (a heading at `heading-level`).
 * @csspart intro - The line under the title that says what to do.
 * @csspart privacy - The line that says nothing is saved or sent.
 * @csspart group - A group of items (a `<fieldset>`).
 * @csspart legend - A group's title.
 * @csspart item - One row: checkbox, label, why it matters and source. The whole row is clickable.
 * @csspart checkbox - An item's native checkbox.
 * @csspart label - An item's label.
 * @csspart why - Why an item matters, in one or two sentences.
 * @csspart citation - The source line under an item and under the summary.
 * @csspart summary - The take-away list: the only part printed by the print button.
 * @csspart summary-heading - The summary's title (one level below `heading`).
 * @csspart subheading - The titles of the two question lists in the summary.
 * @csspart date - "Made on …", shown only in print.
 * @csspart count - The live count of ticked items ("3 things to discuss with your care team").
 * @csspart questions - The list of questions for the ticked items.
 * @csspart general-questions - The list of questions for everyone.
 * @csspart actions - The row of buttons.
 * @csspart needs-js - The note shown in place of the buttons until the element is live (server-rendered content without JavaScript): tick and print the page.
 * @csspart print-button - The button that prints the summary.
 * @csspart copy-button - The button that copies the summary as text.
 * @csspart copy-status - The polite message after copying.
 * @csspart copy-text - The read-only text box offered when the browser refuses to copy.
 *
 * @cssprop --kw-risk-checklist-check-color - Checkbox colour (`accent-color`) and the marker of a ticked row. Default: `--kw-color-accent`.
 * @cssprop --kw-risk-checklist-row-hover - Background of a row under the pointer. Default: `--kw-color-surface`.
 * @cssprop --kw-risk-checklist-row-checked - Background of a ticked row. Default: `--kw-color-surface`.
 * @cssprop --kw-risk-checklist-summary-background - Background of the summary on screen. Default: `--kw-color-surface`.
 */
export class RiskChecklist extends KwElement {
  /** Takes part in forms: `name`, `FormData`, reset, disabled fieldsets, state restore. */
  static formAssociated = true;

  /** @internal Styles are themed through custom properties and parts, not replaced. */
  static override styles = [...KwElement.styles, styles];
  /** @internal */
  static override stringTables = [checklistStrings];
  /** @internal The reactive properties (see KwElement.properties). */
  static override properties: PropertyDeclarations = {
    ticked: { state: true, attribute: false },
    copyStatus: { state: true, attribute: false },
    showCopyText: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
    name: { type: String },
    disabled: { type: Boolean, reflect: true },
  };

  /** The dataset whose item ids `ticked` was last checked against. */
  private prunedFor?: Dataset;

  // The fields named in `properties` above are reactive: setting one schedules an update.
  /** Ticked item ids. */
  private ticked: ReadonlySet<string> = new Set();
  /** The message after Copy; empty until then. */
  private copyStatus = '';
  /** Whether the read-only text box is offered because the browser refused to copy. */
  private showCopyText = false;
  /** Set by a disabled `<fieldset>` around the element. */
  private formDisabled = false;

  /** The read-only text box offered when the browser refuses to copy. */
  private get copyTextArea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('#copy-text');
  }

  /** The form field name: the ticked item ids are submitted under it, one entry per id. */
  name?: string;

  /** Makes the checkboxes unusable and leaves the checklist out of form submission. */
  disabled = false;

  /** The ids of the ticked items, in dataset order. Read-only: the reader ticks, `clear()` unticks. */
  get checked(): readonly string[] {
    const ids = this.data
      ? allItems(this.data)
          .map((item) => item.id)
          .filter((id) => this.ticked.has(id))
      : [...this.ticked];
    return Object.freeze(ids);
  }

  /** The `<form>` the checklist belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isPrintTarget(this)) endPrintOnly();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The checkboxes are plain DOM (renderGroups): their changes are heard here, once.
    root.addEventListener('change', (event) => {
      if ((event.target as Element).matches?.('input.check')) this.onToggle(event);
    });
    return root;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncControls();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new dataset (language, clinic `src`) may not have every ticked item: drop those ticks.
    if (this.data && this.data !== this.prunedFor) {
      this.prunedFor = this.data;
      this.setTicked(this.ticked);
    }
    if (changed.has('name')) this.syncForm();
  }

  /** Form lifecycle: the enclosing form was reset. */
  formResetCallback(): void {
    this.setTicked(new Set());
  }

  /** Form lifecycle: a disabled `<fieldset>` around the element changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Form lifecycle: the browser restores the ticks (back navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.setTicked(new Set(state.split(' ').filter(Boolean)));
  }

  /** Unticks everything. Fires no `change` event: the page asked for it, not the reader. */
  clear(): void {
    this.setTicked(new Set());
  }

  /** Stores the ticks (known ids only, once the dataset is here) and updates the form value at once. */
  private setTicked(next: ReadonlySet<string>): void {
    let ticked = next;
    if (this.data) {
      const known = new Set(allItems(this.data).map((item) => item.id));
      if ([...next].some((id) => !known.has(id))) ticked = new Set([...next].filter((id) => known.has(id)));
    }
    if (ticked !== this.ticked) {
      this.ticked = ticked;
      // A "Copied" message no longer describes the list; the text box follows the list by itself.
      if (!this.showCopyText) this.copyStatus = '';
    }
    this.syncForm();
  }

  /** The form value: one entry per ticked id under `name`; the state lets the browser restore it. */
  private syncForm(): void {
    if (!this.internals || isServer) return;
    const ids = this.checked;
    const name = this.name?.trim();
    let value: FormData | null = null;
    if (name && ids.length) {
      value = new FormData();
      for (const id of ids) value.append(name, id);
    }
    this.internals.setFormValue(value, ids.join(' '));
  }

  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.setTicked(next);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private onPrint(): void {
    // Render now so the printed date is today's, then print synchronously (some browsers only
    // honour print() inside the click).
    this.requestUpdate();
    this.performUpdate();
    beginPrintOnly(this);
    try {
      (this.ownerDocument.defaultView ?? window).print();
    } catch {
      endPrintOnly();
    }
  }

  private async onCopy(): Promise<void> {
    const s = this.s;
    const text = this.summaryText();
    // Empty first, so a second Copy is announced again.
    this.copyStatus = '';
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      // Refused (permissions, no focus, insecure page): the reader copies from the text box.
    }
    await this.updateComplete;
    this.showCopyText = !copied;
    this.copyStatus = copied ? s.copied : s.copyFallback;
    if (!copied) {
      await this.updateComplete;
      this.copyTextArea?.focus();
      this.copyTextArea?.select();
    }
  }

  /** The summary as plain text, exactly what Copy puts on the clipboard. */
  private summaryText(): string {
    if (!this.data) return '';
    return summaryText(this.data, summarize(this.data, this.ticked), this.s, this.common, this.locale);
  }

  private get s() {
    return localize(checklistStrings, this.locale);
  }

  protected renderData(data: Dataset): TemplateResult {
    const s = this.s;
    return html`
      ${this.heading(s.title, { id: 'title' })}
      <p class="intro" part="intro">${s.intro}</p>
      ${this.renderPrivacy(s)} ${this.renderGroups(data)}
      ${this.renderSummary(data, summarize(data, this.ticked), s)} ${this.renderFooter(data)}
    `;
  }

  private renderPrivacy(s: Strings): FrozenPiece {
    return this.frozen(
      'privacy',
      () => html`<p class="privacy" part="privacy">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z"
        ></path></svg
      ><span>${s.privacy}</span>
    </p>`,
    );
  }

  /**
   * The items never change once rendered, so the groups are one frozen copy (plain DOM cloned per
   * element, `frozen()`): the ticks, `disabled` and the ticked row's look are set on the controls
   * after each update (`syncControls`), and one listener on the shadow root hears them change.
   * The server, which runs no update, writes `disabled` into the markup.
   */
  private renderGroups(data: Dataset): FrozenPiece {
    return this.frozen(
      'groups',
      () => html`<div class="groups">${data.checklist.groups.map((group) => this.renderGroup(data, group))}</div>`,
    );
  }

  private renderGroup(data: Dataset, group: ChecklistGroup): TemplateResult {
    return html`<fieldset class="group" part="group">
      <legend class="legend" part="legend">${group.title}</legend>
      <div class="items">${group.items.map((item) => this.renderItem(data, item))}</div>
    </fieldset>`;
  }

  private renderItem(data: Dataset, item: ChecklistItem): TemplateResult {
    return html`<div class="item" part="item">
      <input
        type="checkbox"
        class="check"
        part="checkbox"
        id="item-${item.id}"
        value=${item.id}
        aria-describedby="why-${item.id}"
        ?disabled=${isServer && this.disabled}
      />
      <div class="text">
        <label class="label" part="label" for="item-${item.id}">${item.label}</label>
        <p class="why" part="why" id="why-${item.id}">${item.why}</p>
        ${citation(data, item.sources, this.common)}
      </div>
    </div>`;
  }

  /** The checkboxes show the ticks and `disabled` (and a disabled fieldset around the element). */
  private syncControls(): void {
    const disabled = this.disabled || this.formDisabled;
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input.check')) {
      const ticked = this.ticked.has(input.value);
      if (input.checked !== ticked) input.checked = ticked;
      input.disabled = disabled;
      input.closest('.item')?.classList.toggle('checked', ticked);
    }
  }

  private renderSummary(data: Dataset, summary: Summary, s: Strings): TemplateResult {
    const n = summary.ticked.length;
    const count = n ? plural(this.locale, n, { one: s.countOne, other: s.countOther }) : s.countNone;
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      ${this.heading(s.summaryTitle, { part: 'summary-heading', id: 'summary-title', level: this.level + 1 })}
      <p class="print-only" part="date">${this.serverPass ? '' : format(s.madeOn, { date: today(this.locale) })}</p>
      <p class="count" part="count" role="status">${count}</p>
      ${this.heading(s.tickedTitle, { part: 'subheading', id: 'ticked-title', level: this.level + 2 })}
      ${
        n
          ? html`<ol class="questions" part="questions" aria-labelledby="ticked-title">
            ${repeat(
              summary.ticked,
              (item) => item.id,
              (item) =>
                html`<li><span class="question">${item.question}</span><span class="because">${format(s.youTicked, { label: item.label })}</span></li>`,
            )}
          </ol>`
          : html`<p class="empty">${s.noneTicked}</p>`
      }
      ${this.heading(s.generalTitle, { part: 'subheading', id: 'general-title', level: this.level + 2 })}
      ${this.frozen(
        'general',
        () => html`<ul class="general" part="general-questions" aria-labelledby="general-title">
          ${summary.general.map((claim) => html`<li>${claim.text}</li>`)}
        </ul>`,
      )}
      ${citation(
        data,
        summary.sources.map((source) => source.id),
        this.common,
      )}
      <div class=${this.serverPass ? 'stand-in-area static' : 'stand-in-area'}>
        <div class="actions" part="actions">
          <button type="button" part="print-button" @click=${this.onPrint}>${s.printButton}</button>
          <button type="button" class="secondary" part="copy-button" @click=${this.onCopy}>${s.copyButton}</button>
        </div>
        <p class="needs-js" part="needs-js">${s.needsJs}</p>
      </div>
      <p class="copy-status" part="copy-status" role="status">${this.copyStatus}</p>
      ${
        this.showCopyText
          ? html`<div class="fallback">
            <label for="copy-text">${s.copyTextLabel}</label>
            <textarea id="copy-text" part="copy-text" readonly .value=${this.summaryText()}></textarea>
          </div>`
          : nothing
      }
    </section>`;
  }
}
