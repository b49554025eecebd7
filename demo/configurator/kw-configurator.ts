import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import manifestJson from '../../custom-elements.json';
import { hostStyles, visuallyHidden } from '../../src/internal/styles.js';
import { contrastRatio, parseColor, TEXT_CONTRAST, type ColorSchemeChoice } from './contrast.js';
import { controlsFor, initialValue, numberProblem, type Control, type ControlOverride, type ControlValue } from './controls.js';
import { DEFAULT_LOOK, FONT_CHOICES, RADIUS_MAX, accentsFor, customPropertiesFor, sanitizeLook, type Look } from './look.js';
import { elementsOf, enumsOf, paragraphs, type ElementInfo, type Literal, type Manifest } from './manifest.js';
import { KwPreviewFrame } from './kw-preview-frame.js';
import { DEFAULT_SCRIPT_URL, buildSnippet, scriptUrlProblem, snippetTokens, type SnippetInput } from './snippet.js';
import { fromHash, toHash } from './share.js';
import { THEME_PRESETS, themePreset } from './themes.js';
import { lengthToPx, tokensFromCss } from './tokens.js';
import { styles } from './kw-configurator.styles.js';

const defaultManifest = manifestJson as unknown as Manifest;

/** Token defaults of the shared host styles: what a widget looks like with no theme. */
const builtInTokens = tokensFromCss(hostStyles.cssText);

type View = 'sizes' | 'page';

interface CopyResult {
  /** The snippet that was copied (or selected): the message goes once the configuration changes. */
  snippet: string;
  ok: boolean;
  /** Counts copies, so a second copy is announced again. */
  count: number;
}

const copyIcon = html`<svg class="copy-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/></svg>`;
const checkIcon = html`<svg class="copy-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 12.5 9.5 18 20 6"/></svg>`;

/** `#abc` or `rgb(…)` → `#aabbcc`, the only form `<input type="color">` takes. */
function toHex(color: string | undefined): string | undefined {
  const rgb = color ? parseColor(color) : undefined;
  return rgb ? `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}` : undefined;
}

/** A manifest description with its `code` spans. */
function renderDoc(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

/**
 * The configurator: pick a widget, set every attribute its manifest entry lists plus a theme and a
 * few custom properties, see it live in a phone-width and a wide frame or on a sample clinic page,
 * and copy the exact embed code. Everything about the elements is read from custom-elements.json.
 *
 * @fires kw-preview-render - A preview frame rendered the current configuration (from kw-preview-frame).
 */
export class KwConfigurator extends LitElement {
  static override styles = [visuallyHidden, styles];

  /** The custom elements manifest to offer (default: this package's custom-elements.json). */
  @property({ attribute: false }) manifest: Manifest = defaultManifest;

  /** The blank page the phone and wide previews show. */
  @property({ attribute: 'preview-page' }) previewPage = './preview.html';

  /** The sample clinic page for the "on a clinic page" preview. */
  @property({ attribute: 'host-page' }) hostPage = './host-page.html';

  /** The module that registers the widgets in the previews; unset, this page's own copy. */
  @property({ attribute: 'widgets-url' }) widgetsUrl = '';

  /** Keep the configuration in the page address (its hash), so it can be bookmarked or shared. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The element being configured. */
  @state() tag = '';

  /** Attribute values by attribute name (shared by every element, so the language stays when switching). */
  @state() values: Readonly<Record<string, ControlValue>> = {};

  @state() look: Look = DEFAULT_LOOK;

  @state() scriptUrl = DEFAULT_SCRIPT_URL;

  @state() view: View = 'sizes';

  @state() private copyResult?: CopyResult;

  @state() private ownWidgetsUrl = '';

  /** Token values of each theme preset, read from its file once it is chosen. */
  @state() private themeTokens: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map();

  /** The clinic page preview is created the first time it is shown, then kept. */
  @state() private pageViewOpened = false;

  @query('pre') private codeBlock!: HTMLPreElement;

  private elements: ElementInfo[] = [];
  private enums: ReadonlyMap<string, readonly Literal[]> = new Map();
  private controlsCache?: { tag: string; manifest: Manifest; controls: Control[] };

  constructor() {
    super();
    // Here rather than at the module's top level, which a bundler may drop (see main.ts).
    if (!customElements.get('kw-preview-frame')) customElements.define('kw-preview-frame', KwPreviewFrame);
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

  private readonly onHashChange = (): void => {
    if (location.hash.replace(/^#/, '') !== this.writtenHash) this.readHash();
  };

  /** The hash this element last wrote, to tell its own changes from a pasted link. */
  private writtenHash = '';

  private readHash(): void {
    const shared = fromHash(location.hash);
    this.tag = shared.tag ?? '';
    this.values = shared.values ?? {};
    this.look = sanitizeLook(shared.look ?? {}, THEME_PRESETS.map((t) => t.name));
    this.scriptUrl = shared.scriptUrl ?? DEFAULT_SCRIPT_URL;
    this.writtenHash = location.hash.replace(/^#/, '');
  }

  private writeHash(): void {
    const hash = toHash({ tag: this.tag, values: this.values, look: this.look, scriptUrl: this.scriptUrl }, this.elements[0]?.tag);
    if (hash === this.writtenHash) return;
    this.writtenHash = hash;
    // replaceState: every keystroke in a field would otherwise be a step in the Back button's history.
    history.replaceState(history.state, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('tag') || changed.has('values') || changed.has('look') || changed.has('scriptUrl'))) this.writeHash();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manifest')) {
      this.elements = elementsOf(this.manifest);
      this.enums = enumsOf(this.manifest);
    }
    if (!this.elements.some((e) => e.tag === this.tag)) this.tag = this.elements[0]?.tag ?? '';
    if (changed.has('look') && this.look.theme) void this.loadThemeTokens(this.look.theme);
  }

  /** The element being configured, as the manifest describes it. */
  get element(): ElementInfo | undefined {
    return this.elements.find((e) => e.tag === this.tag);
  }

  /** A control for each attribute the manifest lists for the current element. */
  get controls(): Control[] {
    const cache = this.controlsCache;
    if (cache && cache.tag === this.tag && cache.manifest === this.manifest) return cache.controls;
    const element = this.element;
    const controls = element ? controlsFor(element, this.enums, this.overrides()) : [];
    this.controlsCache = { tag: this.tag, manifest: this.manifest, controls };
    return controls;
  }

  /** The colour scheme chosen for the widget (`auto` when the element has no such attribute). */
  private get scheme(): ColorSchemeChoice {
    const control = this.controls.find((c) => c.name === 'color-scheme');
    const value = control ? (this.values[control.name] ?? initialValue(control)) : 'auto';
    return value === 'light' || value === 'dark' ? value : 'auto';
  }

  /** What the snippet is built from. */
  get snippetInput(): SnippetInput {
    return {
      tag: this.tag,
      controls: this.controls,
      values: this.values,
      customProperties: customPropertiesFor(this.look, this.scheme),
      scriptUrl: this.scriptUrl,
      theme: this.look.theme || undefined,
    };
  }

  /** The exact embed code for the current configuration. */
  get snippet(): string {
    return this.tag ? buildSnippet(this.snippetInput) : '';
  }

  /** Labels for attributes every element shares; the value lists still come from the manifest. */
  private overrides(): Record<string, ControlOverride> {
    const locales = this.enums.get('Locale')?.map(String);
    const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' });
    const languageLabel = (code: string) => {
      const english = inEnglish.of(code) ?? code;
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      return own.toLowerCase() === english.toLowerCase() ? english : `${english} (${own})`;
    };
    return {
      lang: {
        label: 'Language',
        ...(locales ? { values: locales, valueLabels: { '': "Same as the page's language", ...Object.fromEntries(locales.map((l) => [l, languageLabel(l)])) } } : {}),
      },
      'color-scheme': {
        label: 'Light or dark',
        valueLabels: { auto: "Auto: follows the reader's device", light: 'Light', dark: 'Dark' },
      },
      'heading-level': { label: 'Heading level' },
      src: { label: 'Your clinic’s dataset (optional)' },
    };
  }

  private async loadThemeTokens(name: string): Promise<void> {
    const preset = themePreset(name);
    if (!preset || this.themeTokens.has(name)) return;
    try {
      // Asked for as CSS: the dev server answers other requests for a .css file with a JS module.
      const response = await fetch(preset.url, { headers: { Accept: 'text/css' } });
      if (!response.ok) return;
      const tokens = tokensFromCss(await response.text());
      this.themeTokens = new Map([...this.themeTokens, [name, tokens]]);
    } catch {
      // The preview still shows the theme; only the picker defaults and the contrast check fall back.
    }
  }

  /** The token values the widget uses without custom properties: the theme's, else the built-in ones. */
  private get baseTokens(): ReadonlyMap<string, string> {
    const theme = this.look.theme ? this.themeTokens.get(this.look.theme) : undefined;
    return theme ? new Map([...builtInTokens, ...theme]) : builtInTokens;
  }

  private setValue(name: string, value: ControlValue): void {
    this.values = { ...this.values, [name]: value };
  }

  private setLook(change: Partial<Look>): void {
    this.look = { ...this.look, ...change };
  }

  private reset(): void {
    this.values = {};
    this.look = DEFAULT_LOOK;
  }

  private async copy(): Promise<void> {
    const snippet = this.snippet;
    const count = (this.copyResult?.count ?? 0) + 1;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(snippet);
      this.copyResult = { snippet, ok: true, count };
    } catch {
      this.selectCode();
      this.copyResult = { snippet, ok: false, count };
    }
  }

  /** Selects the code so the reader can copy it with the keyboard when the browser will not. */
  private selectCode(): void {
    const block = this.codeBlock;
    block.focus();
    const range = document.createRange();
    range.selectNodeContents(block);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  protected override render(): TemplateResult {
    const element = this.element;
    if (!element) {
      return html`<p class="problem" role="alert">No elements found in custom-elements.json. Run <code>npm run analyze</code>.</p>`;
    }
    return html`
      ${this.renderPicker()}
      <div class="workbench">
        ${this.renderSetup(element)} ${this.renderPreview(element)}
      </div>
      ${this.renderCode()}
    `;
  }

  private renderPicker(): TemplateResult {
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
              @change=${() => (this.tag = e.tag)}
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

  private renderSetup(element: ElementInfo): TemplateResult {
    const own = this.controls.filter((c) => !c.inherited);
    const shared = this.controls.filter((c) => c.inherited);
    const about = paragraphs(element.summary);
    return html`<section class="step setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading"><span class="step-number" aria-hidden="true">2</span> Set it up</h2>
      ${about.length > 1
        ? html`<details class="about">
            <summary>What <code>&lt;${element.tag}&gt;</code> does</summary>
            ${about.map((p) => html`<p>${renderDoc(p)}</p>`)}
          </details>`
        : nothing}
      <div class="setup-fields">
        <fieldset>
          <legend>Options for <code>&lt;${element.tag}&gt;</code></legend>
          ${own.length ? own.map((c) => this.renderControl(c)) : html`<p class="hint">This widget has no options of its own.</p>`}
        </fieldset>
        ${shared.length
          ? html`<fieldset>
              <legend>Language and display</legend>
              ${shared.map((c) => this.renderControl(c))}
            </fieldset>`
          : nothing}
        ${this.renderLook()}
      </div>
      <div class="setup-actions">
        <button type="button" class="secondary" @click=${this.reset}>Start over</button>
        ${this.syncUrl ? html`<p class="hint">These settings are kept in the page address, so you can bookmark or share them.</p>` : nothing}
      </div>
    </section>`;
  }

  private renderControl(c: Control): TemplateResult {
    const id = `attr-${c.name}`;
    const hintId = `${id}-hint`;
    const value = this.values[c.name] ?? initialValue(c);
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
            @change=${(e: Event) => this.setValue(c.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${label}</label>
          ${hint}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select id=${id} aria-describedby=${ifDefined(describedBy)} @change=${(e: Event) => this.setValue(c.name, (e.target as HTMLSelectElement).value)}>
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
            @input=${(e: Event) => this.setValue(c.name, (e.target as HTMLInputElement).value)}
          />
          ${problem ? html`<p class="problem" id=${problemId}>${problem}</p>` : nothing}
          ${hint}
        </div>`;
      }
    }
  }

  private renderLook(): TemplateResult {
    const look = this.look;
    const tokens = this.baseTokens;
    const accents = accentsFor(this.scheme);
    const preset = themePreset(look.theme);
    const defaultRadius = lengthToPx(tokens.get('--kw-radius'));
    const radius = look.radius !== '' ? Number(look.radius) : Math.round(defaultRadius ?? 8);
    return html`<fieldset>
      <legend>Look</legend>
      <div class="field">
        <label for="theme">Theme</label>
        <select id="theme" aria-describedby="theme-hint" @change=${(e: Event) => this.setLook({ theme: (e.target as HTMLSelectElement).value })}>
          <option value="" .selected=${!look.theme}>None: the built-in look (default)</option>
          ${THEME_PRESETS.map((t) => html`<option .value=${t.name} .selected=${t.name === look.theme}>${t.label}</option>`)}
        </select>
        <p class="hint" id="theme-hint">
          ${preset ? html`${preset.description} Adds one stylesheet link to the code.` : 'Blue links on white (light blue on dark in dark mode).'}
        </p>
      </div>
      ${accents.light ? this.renderAccent('accent', 'light') : nothing}
      ${accents.dark ? this.renderAccent('accentDark', 'dark') : nothing}
      <div class="field">
        <label for="font">Font</label>
        <select id="font" aria-describedby="font-hint" @change=${(e: Event) => this.setLook({ font: (e.target as HTMLSelectElement).value })}>
          ${FONT_CHOICES.map((f) => html`<option .value=${f.value} .selected=${f.value === look.font}>${f.label}</option>`)}
        </select>
        <p class="hint" id="font-hint">
          ${look.font ? 'Fonts every computer and phone already has: nothing to download.' : 'The widget uses your page’s font; the plain previews here use a sans-serif.'}
        </p>
      </div>
      <div class="field">
        <label for="radius">Corner roundness</label>
        <div class="inline">
          <input
            type="range"
            id="radius"
            min="0"
            max=${RADIUS_MAX}
            step="1"
            .value=${String(radius)}
            aria-describedby="radius-value"
            @input=${(e: Event) => this.setLook({ radius: (e.target as HTMLInputElement).value })}
          />
          <output id="radius-value" for="radius">${radius} px${look.radius === '' ? ' (default)' : ''}</output>
          ${look.radius !== ''
            ? html`<button type="button" class="link" @click=${() => this.setLook({ radius: '' })}>
                Reset<span class="visually-hidden"> corner roundness</span>
              </button>`
            : nothing}
        </div>
      </div>
    </fieldset>`;
  }

  private renderAccent(key: 'accent' | 'accentDark', mode: 'light' | 'dark'): TemplateResult {
    const id = key === 'accent' ? 'accent' : 'accent-dark';
    const token = key === 'accent' ? '--kw-color-accent' : '--kw-color-accent-dark';
    const tokens = this.baseTokens;
    const custom = this.look[key];
    const value = custom || toHex(tokens.get(token)) || '#000000';
    const both = this.scheme === 'auto';
    const label = both ? `Accent colour in ${mode} mode` : 'Accent colour';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <div class="inline">
        <input
          type="color"
          id=${id}
          .value=${value}
          aria-describedby=${`${id}-value ${id}-contrast`}
          @input=${(e: Event) => this.setLook({ [key]: (e.target as HTMLInputElement).value })}
        />
        <span id=${`${id}-value`} class="color-value">${custom ? html`<code>${custom}</code>` : 'Default'}</span>
        ${custom
          ? html`<button type="button" class="link" @click=${() => this.setLook({ [key]: '' })}>
              Reset<span class="visually-hidden"> ${label.toLowerCase()}</span>
            </button>`
          : nothing}
      </div>
      ${custom ? this.renderContrast(id, custom, mode) : html`<p class="hint" id=${`${id}-contrast`}>Links, buttons and highlights.</p>`}
    </div>`;
  }

  /** How readable links and buttons in `accent` are, against the background and the button text. */
  private renderContrast(id: string, accent: string, mode: 'light' | 'dark'): TemplateResult {
    const tokens = this.baseTokens;
    const suffix = mode === 'dark' ? '-dark' : '';
    const ratios = [tokens.get(`--kw-color-bg${suffix}`), tokens.get(`--kw-color-on-accent${suffix}`)]
      .map((other) => (other ? contrastRatio(accent, other) : undefined))
      .filter((r): r is number => r !== undefined);
    if (!ratios.length) return html`<p class="hint" id=${`${id}-contrast`}>Links, buttons and highlights.</p>`;
    const ratio = Math.min(...ratios);
    const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    const ok = ratio >= TEXT_CONTRAST;
    return html`<p class=${ok ? 'hint good' : 'hint warning'} id=${`${id}-contrast`}>
      <span class="icon" aria-hidden="true">${ok ? '✓' : '!'}</span>
      ${ok
        ? `Contrast ${shown}:1: easy to read (at least ${TEXT_CONTRAST}:1 is needed).`
        : `Contrast ${shown}:1: too low for links and buttons (at least ${TEXT_CONTRAST}:1 is needed). Try a ${mode === 'dark' ? 'lighter' : 'darker'} colour.`}
    </p>`;
  }

  private renderPreview(element: ElementInfo): TemplateResult {
    const snippet = this.snippet;
    const widgetsUrl = this.widgetsUrl || this.ownWidgetsUrl;
    const themeUrl = themePreset(this.look.theme)?.url ?? '';
    const tag = `<${element.tag}>`;
    return html`<section class="step preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <fieldset class="segmented">
        <legend class="visually-hidden">Show the preview</legend>
        <label>
          <input type="radio" name="view" id="view-sizes" .checked=${this.view === 'sizes'} @change=${() => (this.view = 'sizes')} />
          <span>Phone and wide screen</span>
        </label>
        <label>
          <input
            type="radio"
            name="view"
            id="view-page"
            .checked=${this.view === 'page'}
            @change=${() => {
              this.view = 'page';
              this.pageViewOpened = true;
            }}
          />
          <span>On a sample clinic page</span>
        </label>
      </fieldset>
      <div class="frames" ?hidden=${this.view !== 'sizes'}>
        <kw-preview-frame
          size="narrow"
          label="Phone"
          frame-title=${`${tag} preview at phone width`}
          .page=${this.previewPage}
          .snippet=${snippet}
          .widgetsUrl=${widgetsUrl}
          .themeUrl=${themeUrl}
        ></kw-preview-frame>
        <kw-preview-frame
          size="wide"
          label="Wide screen"
          frame-title=${`${tag} preview at full width`}
          .page=${this.previewPage}
          .snippet=${snippet}
          .widgetsUrl=${widgetsUrl}
          .themeUrl=${themeUrl}
        ></kw-preview-frame>
      </div>
      ${this.pageViewOpened
        ? html`<div class="frames" ?hidden=${this.view !== 'page'}>
            <kw-preview-frame
              size="page"
              label="A sample clinic page with its own styles (fictional)"
              frame-title=${`${tag} on a sample clinic page`}
              .page=${this.hostPage}
              .snippet=${snippet}
              .widgetsUrl=${widgetsUrl}
              .themeUrl=${themeUrl}
            ></kw-preview-frame>
          </div>`
        : nothing}
    </section>`;
  }

  private renderCode(): TemplateResult {
    const tokens = snippetTokens(this.snippetInput);
    const problem = scriptUrlProblem(this.scriptUrl);
    const copied = this.copyResult && this.copyResult.snippet === this.snippet ? this.copyResult : undefined;
    return html`<section class="step code" aria-labelledby="code-heading">
      <h2 id="code-heading"><span class="step-number" aria-hidden="true">3</span> Copy the code</h2>
      <div class="field">
        <label for="script-url">Address of <code>ketamine-widgets.js</code></label>
        <input
          type="text"
          id="script-url"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          .value=${this.scriptUrl}
          aria-invalid=${problem?.level === 'error' ? 'true' : 'false'}
          aria-describedby=${problem ? 'script-url-problem script-url-hint' : 'script-url-hint'}
          @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)}
        />
        ${problem ? html`<p class=${problem.level === 'error' ? 'problem' : 'hint warning'} id="script-url-problem">${problem.message}</p>` : nothing}
        <p class="hint" id="script-url-hint">
          Put <code>ketamine-widgets.js</code>, <code>ketamine-widgets.css</code> and the <code>chunks</code> and
          <code>themes</code> folders (from the package’s <code>dist</code> folder) together on your site, then enter the file’s address here:
          <code>./ketamine-widgets.js</code> means “in the same folder as the page”.
        </p>
      </div>
      <div class="code-panel">
        <div class="code-bar">
          <span class="code-label" id="code-label">HTML to paste</span>
          <button type="button" id="copy" class="primary" aria-describedby="copy-status" @click=${this.copy}>
            ${copied?.ok ? checkIcon : copyIcon}${copied?.ok ? 'Copied' : 'Copy code'}
          </button>
        </div>
        <pre tabindex="0" role="region" aria-labelledby="code-label"><code>${tokens.map((t) =>
          t.kind === 'text' ? t.text : html`<span class=${`t-${t.kind}`}>${t.text}</span>`,
        )}</code></pre>
      </div>
      <p class="copy-status" id="copy-status" role="status">
        ${copied
          ? keyed(
              copied.count,
              html`<span class=${copied.ok ? 'good' : 'warning'}
                >${copied.ok
                  ? 'Copied. Now paste it into an HTML block on your page.'
                  : 'Your browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.'}</span
              >`,
            )
          : nothing}
      </p>
      <details class="help">
        <summary>How to paste it into WordPress, Drupal or Squarespace</summary>
        <dl>
          <dt>WordPress</dt>
          <dd>In the block editor, add a <strong>Custom HTML</strong> block and paste the code into it. Your account must be allowed to add HTML (administrators are).</dd>
          <dt>Drupal</dt>
          <dd>Edit the page with the <strong>Full HTML</strong> text format, switch the editor to <strong>Source</strong>, and paste. Other formats remove the script tag.</dd>
          <dt>Squarespace</dt>
          <dd>Add a <strong>Code</strong> block, set it to HTML, and paste. Squarespace runs scripts in Code blocks only on some plans.</dd>
          <dt>More than one widget on a page</dt>
          <dd>Paste each widget’s code where it should appear. The script tag can stay in each one: it loads only once.</dd>
        </dl>
      </details>
    </section>`;
  }
}

if (!customElements.get('kw-configurator')) customElements.define('kw-configurator', KwConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'kw-configurator': KwConfigurator;
  }
}
