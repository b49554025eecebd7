import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LOCALES, bundledDataset, withClinicDataset, type Dataset } from 'ketamine-widgets';
import manifestJson from 'ketamine-widgets/custom-elements.json';
import schemaJson from 'ketamine-widgets/schema.json';
import { clinicDataset, clinicFileText, clinicInlineText, type SchemaNode } from './clinic-form.js';
import { clinicStyles, type ClinicStatus } from './clinic.js';
import {
  DEFAULT_STATE,
  addressOf,
  applyChange,
  baseTokens,
  catalogOf,
  controlsOf,
  elementOf,
  schemeOf,
  snippetOf,
  snippetTokensOf,
  startOver,
  stateFromAddress,
  urlWithHash,
  withKnownTag,
  type Catalog,
  type ConfiguratorState,
  prebuiltLangOf,
  previewSnippetOf,
} from './configurator-state.js';
import type { Control } from './controls.js';
import { formControls } from './form-controls.styles.js';
import { styles } from './kw-configurator.styles.js';
import { paragraphs, type ElementInfo, type Manifest } from './manifest.js';
import { renderDoc, type ConfigChangeEvent } from './part.js';
import { THEME_PRESETS, themePreset } from './themes.js';
import { tokensOf, tokensOfSheet, type Tokens } from './tokens.js';
import { codeStyles } from './embed-code.js';
import { lookStyles } from './look-options.js';
import { pickerStyles } from './widget-picker.js';
import { optionsStyles } from './widget-options.js';
import { previewsStyles } from './widget-previews.js';

const defaultManifest = manifestJson as unknown as Manifest;
const clinicSchema = schemaJson as SchemaNode;

/** The clinic dataset's last check: its inline JSON and what validation said. */
interface ClinicCheck {
  json: string;
  status: ClinicStatus;
}

/**
 * The configurator: pick a widget, set every attribute its manifest entry lists plus a theme and a
 * few custom properties, see it live in a phone-width and a wide frame or on a sample clinic page,
 * and copy the exact embed code. Everything about the elements is read from custom-elements.json.
 *
 * It holds the configuration and keeps it in the page address; configurator-state.ts derives the
 * rest, and the parts (picker, options, look, previews, code) render it and report changes.
 *
 * @slot help - Help on pasting the code into a site, shown under the code.
 * @fires kw-preview-render - A preview frame rendered the current configuration (from kw-preview-frame).
 */
export class KwConfigurator extends LitElement {
  static override styles = [formControls, styles, pickerStyles, optionsStyles, lookStyles, previewsStyles, clinicStyles, codeStyles];

  /** The custom elements manifest to offer (default: this package's custom-elements.json). */
  @property({ attribute: false }) manifest: Manifest = defaultManifest;

  /** The blank page the phone and wide previews show. */
  @property({ attribute: 'preview-page' }) previewPage = './preview.html';

  /** The sample clinic page for the "on a clinic page" preview. */
  @property({ attribute: 'host-page' }) hostPage = './host-page.html';

  /** The module that registers the widgets in the previews; unset, this page's own copy. */
  @property({ attribute: 'widgets-url' }) widgetsUrl = '';

  /** The folder of the prebuilt snippets (`dist/prerendered/`), for "include the content in the page". */
  @property({ attribute: 'prerendered-url' }) prerenderedUrl = './prerendered/';

  /** Keep the configuration in the page address (its hash), so it can be bookmarked or shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Everything the reader has set. */
  @state() private config: ConfiguratorState = DEFAULT_STATE;

  @state() private ownWidgetsUrl = '';

  /** Token values of each theme preset, read from its file once it is chosen. */
  @state() private themeTokens: ReadonlyMap<string, Tokens> = new Map();

  /** Prebuilt content by `<tag>.<lang>`: its inner HTML, or null when it could not be loaded. */
  @state() private prebuilt: ReadonlyMap<string, string | null> = new Map();

  /** The clinic form's dataset as validated by the library (withClinicDataset, as the widgets do). */
  @state() private clinicCheck?: ClinicCheck;

  private readonly themesRequested = new Set<string>();
  private catalog: Catalog = { elements: [], locales: [] };
  private controlsCache?: { tag: string; catalog: Catalog; controls: Control[] };

  /** The hash this element last wrote, to tell its own changes from a pasted link. */
  private writtenHash = '';

  /** The element being configured. */
  get tag(): string {
    return this.config.tag;
  }

  /** The element being configured, as the manifest describes it. */
  get element(): ElementInfo | undefined {
    return elementOf(this.catalog, this.config.tag);
  }

  /** A control for each attribute the manifest lists for the current element. */
  get controls(): Control[] {
    const cache = this.controlsCache;
    if (cache && cache.tag === this.config.tag && cache.catalog === this.catalog) return cache.controls;
    const controls = controlsOf(this.catalog, this.config.tag);
    this.controlsCache = { tag: this.config.tag, catalog: this.catalog, controls };
    return controls;
  }

  /** The exact embed code for the current configuration. */
  get snippet(): string {
    return snippetOf(this.config, this.controls, this.content, this.validClinicJson);
  }

  /** The clinic form's dataset as one line of JSON; '' when the form is empty. */
  private get clinicJson(): string {
    const data = this.config.clinic ? clinicDataset(clinicSchema, this.config.clinic) : undefined;
    return data ? clinicInlineText(data) : '';
  }

  /** The clinic dataset once validation has accepted it as it stands now. */
  private get validClinicJson(): string | undefined {
    const check = this.clinicCheck;
    const json = this.clinicJson;
    return json && check?.json === json && check.status.state === 'valid' ? json : undefined;
  }

  private get clinicStatus(): ClinicStatus {
    const json = this.clinicJson;
    if (!json) return { state: 'empty' };
    return this.clinicCheck?.json === json ? this.clinicCheck.status : { state: 'checking' };
  }

  /** Validates `json` with the library's own clinic validation, so errors name the field as `kw-error` does. */
  private async checkClinic(json: string): Promise<void> {
    this.clinicCheck = { json, status: { state: 'checking' } };
    let status: ClinicStatus;
    try {
      await withClinicDataset((await bundledDataset('en')) as Dataset, { inline: json });
      status = { state: 'valid' };
    } catch (e) {
      const err = e as Error & { field?: string };
      status = { state: 'invalid', field: err.field ?? '(unknown)', message: err.message };
    }
    // A later entry has started its own check: this one is stale.
    if (this.clinicCheck?.json === json) this.clinicCheck = { json, status };
  }

  /** The prebuilt content for the current configuration, when asked for, fitting and loaded. */
  private get content(): { html: string; lang: string } | undefined {
    const lang = this.config.prerender ? prebuiltLangOf(this.config, this.controls) : undefined;
    const html = lang ? this.prebuilt.get(`${this.config.tag}.${lang}`) : undefined;
    return lang && html ? { html, lang } : undefined;
  }

  /** Why the content cannot be included now ('' when it is, or not asked for). */
  private get prerenderNote(): string {
    if (!this.config.prerender) return '';
    const lang = prebuiltLangOf(this.config, this.controls);
    if (!lang)
      return 'The prebuilt content has every setting at its default but the language and colour scheme. For other settings, prerender the page on your server (see “Without JavaScript and on the server” in the README); the code below has no content.';
    const html = this.prebuilt.get(`${this.config.tag}.${lang}`);
    if (html === null)
      return `The prebuilt content (${this.prerenderedUrl}${this.config.tag}.${lang}.html) could not be loaded; run npm run build.`;
    return html ? '' : 'Loading the prebuilt content…';
  }

  private async loadPrebuilt(key: string): Promise<void> {
    this.prebuilt = new Map([...this.prebuilt, [key, '']]);
    let html: string | null = null;
    try {
      const response = await fetch(`${this.prerenderedUrl}${key}.html`, { headers: { Accept: 'text/html' } });
      // The file holds the whole element: its content goes inside the element the snippet writes.
      if (response.ok)
        html = (await response.text())
          .trim()
          .replace(/^<[a-z-]+[^>]*>/, '')
          .replace(/<\/[a-z-]+>$/, '');
    } catch {
      // null: the note says it could not be loaded.
    }
    this.prebuilt = new Map([...this.prebuilt, [key, html]]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.widgetsUrl && !this.ownWidgetsUrl) {
      // A chunk of its own, so the frames load the widgets without the configurator.
      void import('./widgets-url.js').then((m) => (this.ownWidgetsUrl = m.widgetsModuleUrl));
    }
    if (this.syncUrl) {
      this.readHash();
      window.addEventListener('hashchange', this.onHashChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Done once the parts have rendered too, so a test (or a caller) sees the whole configurator. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const parts = () => [
      ...this.renderRoot.querySelectorAll<LitElement>(
        'kw-widget-picker, kw-widget-options, kw-look-options, kw-widget-previews, kw-clinic-form, kw-embed-code',
      ),
    ];
    while (parts().some((p) => p.isUpdatePending)) {
      await Promise.all(parts().map((p) => p.updateComplete));
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  private readonly onHashChange = (): void => {
    if (location.hash.replace(/^#/, '') !== this.writtenHash) this.readHash();
  };

  private readHash(): void {
    this.config = stateFromAddress(
      location.hash,
      THEME_PRESETS.map((t) => t.name),
    );
    this.writtenHash = location.hash.replace(/^#/, '');
  }

  private writeHash(): void {
    const hash = addressOf(this.config, this.catalog.elements[0]?.tag);
    if (hash === this.writtenHash) return;
    this.writtenHash = hash;
    // replaceState: every keystroke in a field would otherwise be a step in the Back button's history.
    history.replaceState(history.state, '', urlWithHash(hash, location));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manifest')) this.catalog = catalogOf(this.manifest, LOCALES);
    this.config = withKnownTag(this.config, this.catalog);
    const theme = this.config.look.theme;
    if (theme && !this.themesRequested.has(theme)) void this.loadThemeTokens(theme);
    const lang = this.config.prerender ? prebuiltLangOf(this.config, this.controls) : undefined;
    if (lang && !this.prebuilt.has(`${this.config.tag}.${lang}`)) void this.loadPrebuilt(`${this.config.tag}.${lang}`);
    const json = this.clinicJson;
    if (json && this.clinicCheck?.json !== json) void this.checkClinic(json);
  }
  protected override updated(changed: PropertyValues): void {
    if (this.syncUrl && changed.has('config')) this.writeHash();
  }

  private async loadThemeTokens(name: string): Promise<void> {
    const preset = themePreset(name);
    if (!preset) return;
    this.themesRequested.add(name);
    try {
      // Asked for as CSS: the dev server answers other requests for a .css file with a JS module.
      const response = await fetch(preset.url, { headers: { Accept: 'text/css' } });
      if (!response.ok) return;
      const tokens = tokensOfSheet(await response.text());
      this.themeTokens = new Map([...this.themeTokens, [name, tokens]]);
    } catch {
      // The preview still shows the theme; only the picker defaults and the contrast check fall back.
    }
  }

  private readonly onChange = (e: ConfigChangeEvent): void => {
    this.config = applyChange(this.config, e.change);
  };

  private reset(): void {
    this.config = startOver(this.config);
  }

  protected override render(): TemplateResult {
    const element = this.element;
    if (!element) {
      return html`<p class="problem" role="alert">No elements found in custom-elements.json. Run <code>npm run analyze</code>.</p>`;
    }
    const config = this.config;
    const controls = this.controls;
    const snippet = this.snippet;
    const about = paragraphs(element.summary);
    const theme = themePreset(config.look.theme);
    return html`
      <kw-widget-picker .elements=${this.catalog.elements} .tag=${config.tag} @kw-config-change=${this.onChange}></kw-widget-picker>
      <div class="workbench">
        <section class="step setup" aria-labelledby="setup-heading">
          <h2 id="setup-heading"><span class="step-number" aria-hidden="true">2</span> Set it up</h2>
          ${
            about.length > 1
              ? html`<details class="about">
                <summary>What <code>&lt;${element.tag}&gt;</code> does</summary>
                ${about.map((p) => html`<p>${renderDoc(p)}</p>`)}
              </details>`
              : nothing
          }
          <div class="setup-fields">
            <kw-widget-options .tag=${config.tag} .controls=${controls} .values=${config.values} @kw-config-change=${this.onChange}></kw-widget-options>
            <kw-look-options
              .look=${config.look}
              .scheme=${schemeOf(controls, config.values)}
              .themes=${THEME_PRESETS}
              .tokens=${baseTokens(tokensOf(element), theme && this.themeTokens.get(theme.name))}
              @kw-config-change=${this.onChange}
            ></kw-look-options>
          </div>
          <div class="setup-actions">
            <button type="button" class="secondary" @click=${this.reset}>Start over</button>
            ${this.syncUrl ? html`<p class="hint">These settings are kept in the page address, so you can bookmark or share them.</p>` : nothing}
          </div>
        </section>
        <kw-widget-previews
          .tag=${config.tag}
          .snippet=${previewSnippetOf(config, controls, this.content, this.validClinicJson)}
          .widgetsUrl=${this.widgetsUrl || this.ownWidgetsUrl}
          .themeUrl=${theme?.url ?? ''}
          .previewPage=${this.previewPage}
          .hostPage=${this.hostPage}
        ></kw-widget-previews>
      </div>
      <kw-clinic-form
        .schema=${clinicSchema}
        .values=${config.clinic ?? {}}
        .sources=${bundledSources()}
        .clinicAs=${config.clinicAs ?? 'inline'}
        .status=${this.clinicStatus}
        .fileText=${this.validClinicJson ? clinicFileText(JSON.parse(this.validClinicJson)) : ''}
        @kw-config-change=${this.onChange}
      ></kw-clinic-form>
      <section class="step code" aria-labelledby="code-heading">
        <h2 id="code-heading"><span class="step-number" aria-hidden="true">4</span> Copy the code</h2>
        <kw-embed-code
          .tokens=${snippetTokensOf(config, controls, this.content, this.validClinicJson)}
          .snippet=${snippet}
          .scriptUrl=${config.scriptUrl}
          .prerender=${config.prerender ?? false}
          .ownScript=${config.ownScript ?? false}
          .tag=${config.tag}
          .prerenderNote=${this.prerenderNote}
          @kw-config-change=${this.onChange}
        ></kw-embed-code>
        <slot name="help"></slot>
      </section>
    `;
  }
}

/** The bundled sources a clinic's checklist item may cite (English: the ids are the same in every language). */
function bundledSources(): { id: string; short: string }[] {
  const data = bundledDataset('en') as Dataset;
  return data.sources.map((s) => ({ id: s.id, short: s.short }));
}

declare global {
  interface HTMLElementTagNameMap {
    'kw-configurator': KwConfigurator;
  }
}
