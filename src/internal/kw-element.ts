import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../data/dataset.js';
import { DatasetController } from './dataset-controller.js';
import { warn } from './log.js';
import { localize, type StringTable } from './localize.js';
import { LOCALES, hasContentFor, intlLocale, observeLang, resolveLangTag, toLocale, type Locale } from './locale.js';
import { commonStrings } from './strings.js';
import { hostStyles, visuallyHidden } from './styles.js';
import { COLOR_SCHEMES, HEADING_LEVELS, isOneOf, type ColorScheme, type HeadingLevel } from './values.js';
import { VERSION } from './version.js';
import { queueFirstRender } from './scheduler.js';
import { footer } from './templates.js';
import { frozen as frozenCopy, FrozenCopies, isBuildingFrozen, prebuildFrozen, serverFrozen, type FrozenPiece } from './frozen.js';
import { serverContexts } from './server-context.js';
import { hydrateSupportApplied } from './hydrate-applied.js';

/** Options of `KwElement.heading()`. */
export interface HeadingOptions {
  /** The `part` name (default `heading`). */
  part?: string;
  id?: string;
  /** h1–h6 (default: the element's `heading-level`); out-of-range values are clamped. */
  level?: number;
}

/**
 * What the three elements share: language, heading level, colour scheme and the dataset (bundled,
 * or a clinic's from `src` or an inline `<script type="application/json">` child).
 *
 * Data flows one way: `willUpdate` resolves the dataset for the current language and `src`, and
 * subclasses render it in `renderData`. Until a non-English bundle or the first clinic dataset
 * arrives, the bundled content (or nothing, for a language not yet loaded) is shown.
 *
 * The theme tokens with their built-in values (`@cssprop`) and the footer's parts (`@csspart`) are
 * declared here once; the manifest lists them on every element. Elements declare only their own.
 *
 * @fires kw-load - A clinic dataset (`src` or inline JSON) was applied and the element re-rendered with it. `event.url` is its address (undefined for inline JSON).
 * @fires kw-error - A clinic dataset could not be used; the bundled content stays. `event.url`, `event.field` (the failing field's path) and `event.reason` say why.
 * @cssstate pending - Upgraded, but its content is not on screen yet (its first render is waiting its turn, or its language's text is loading). Meanwhile the element keeps the room `ketamine-widgets.css` gave it before the upgrade (`--kw-reserve`).
 * @csspart footer - The closing block: clinic contact and sign-off, disclaimer, review dates.
 * @csspart clinic - The clinic's name and contact line (only with a clinic dataset).
 * @csspart sign-off - The clinic's clinical sign-off: reviewer, credentials and date (only when the clinic dataset gives one).
 * @csspart disclaimer - The note that this is education, not medical advice.
 * @csspart reviewed - The date the content was last checked against its sources, and the date of its next review.
 * @cssprop [--kw-color-accent=#0b5cad] Links, buttons, markers and highlights.
 * @cssprop [--kw-color-accent-dark=#8cc4ff] The accent colour in dark mode.
 * @cssprop [--kw-color-on-accent=#ffffff] Text on the accent colour.
 * @cssprop [--kw-color-on-accent-dark=#0d1117] Text on the accent colour in dark mode.
 * @cssprop [--kw-color-text=#1d2530] Body text.
 * @cssprop [--kw-color-text-dark=#e6edf3] Body text in dark mode.
 * @cssprop [--kw-color-muted=#4a5563] Citations, hints and footer text.
 * @cssprop [--kw-color-muted-dark=#b1bac4] Citations, hints and footer text in dark mode.
 * @cssprop [--kw-color-bg=#ffffff] Background.
 * @cssprop [--kw-color-bg-dark=#161b22] Background in dark mode.
 * @cssprop [--kw-color-surface=#f2f5f8] Set-off blocks: notices, ticked rows, the bar's track.
 * @cssprop [--kw-color-surface-dark=#21262d] Set-off blocks in dark mode.
 * @cssprop [--kw-color-border=#8a96a3] Borders of the element and its controls.
 * @cssprop [--kw-color-border-dark=#7d8590] Borders in dark mode.
 * @cssprop [--kw-color-danger=#b3261e] Messages about input that cannot be used.
 * @cssprop [--kw-color-danger-dark=#ffa198] Messages about input that cannot be used, in dark mode.
 * @cssprop [--kw-color-focus=#0b5cad] Focus ring.
 * @cssprop [--kw-color-focus-dark=#8cc4ff] Focus ring in dark mode.
 * @cssprop [--kw-font-family=inherit] Font (the host page's unless set).
 * @cssprop [--kw-heading-font-family=inherit] Heading font (the body font unless set).
 * @cssprop [--kw-font-size=max(1rem, 16px)] Base font size: 1rem, at least 16px.
 * @cssprop [--kw-space=1rem] Base spacing unit.
 * @cssprop [--kw-radius=0.5rem] Corner radius.
 * @cssprop [--kw-max-width=42rem] Readable measure: the element's widest width.
 */
export abstract class KwElement extends LitElement {
  /** Read by the guarded `define` to tell two copies of the library apart. */
  static readonly version = VERSION;

  /** @internal Styles are themed through custom properties and parts, not replaced. */
  static override styles = [hostStyles, visuallyHidden];

  /** @internal The element's own UI strings, loaded with each language beside the common ones. */
  static stringTables: readonly StringTable<string>[] = [];

  /**
   * @internal The reactive properties, declared here rather than with decorators: the decorators
   * and their helper cost each script 0.4–0.6 KB gzip. Each field below keeps its own docs.
   * Subclasses declare only their own; Lit adds the superclass's. Internal state says
   * `attribute: false` besides `state: true` (which implies it) because the manifest's analyzer
   * reads only the former.
   */
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: { type: String },
    colorScheme: { type: String, attribute: 'color-scheme', reflect: true },
    locale: { state: true, attribute: false },
    intl: { state: true, attribute: false },
    serverPass: { state: true, attribute: false },
  };

  // The fields named in `properties` above are reactive: setting one schedules an update.
  /**
   * The language of the content: `en` or `es`. Unset, the element follows the nearest ancestor's
   * `lang` (and the page's), else English. Regional tags such as `es-MX` work.
   */
  override lang!: string;

  /**
   * The level (1–6) of the element's headings, so they fit the host page's outline.
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   */
  headingLevel: HeadingLevel = 2;

  /**
   * URL of a clinic's dataset (JSON; full or partial) merged over the bundled content. If it
   * cannot be fetched or is invalid, the bundled content stays and `kw-error` fires.
   */
  src?: string;

  /**
   * `auto` follows the reader's system setting; `light` or `dark` force one.
   * @type {'auto' | 'light' | 'dark'}
   */
  colorScheme: ColorScheme = 'auto';

  /** The resolved language. */
  protected locale: Locale = 'en';

  /** The tag numbers and dates are formatted with: "es-US" writes 0.5, "es-ES" 0,5. */
  protected intl = 'en-US';

  /** Language, `src` and inline clinic data in; the dataset to show out (kw-load, kw-error). */
  private readonly content = new DatasetController(this, (this.constructor as typeof KwElement).stringTables);

  /** The dataset being shown; undefined only while a language's bundle loads. */
  protected get data(): Dataset | undefined {
    return this.content.data;
  }

  /**
   * True while a clinic dataset is on its way: `data` is still the bundled one, so checks that
   * depend on the clinic's ids (e.g. unknown `sections`) should wait.
   */
  protected get clinicLoading(): boolean {
    return this.content.clinicLoading;
  }

  /**
   * Custom states (`:state(pending)`), and the form value of form-associated subclasses. The base
   * class attaches it: a subclass uses this one (calling `attachInternals()` again throws).
   */
  protected readonly internals?: ElementInternals;

  /**
   * True while the element shows what the server rendered: always on the server, and in the
   * browser for the first (hydrating) render of an element that arrived with a declarative shadow
   * root. Parts that only work with JavaScript render their static stand-in then (a note, a
   * hidden control); the next update shows the live element.
   */
  protected serverPass = isServer;

  /**
   * Content that never changes once rendered, as plain DOM: cloned from one copy per page
   * (`frozen()`, frozen.ts), or, in an element that hydrates, the server's own nodes, adopted as
   * they are while the hydrating render is on (`hydrating`).
   */
  private readonly frozenCopies = new FrozenCopies();
  /** True during the render that hydrates server-rendered content (`update`): frozen pieces are adopted. */
  private hydrating = false;

  private unobserveLang?: () => void;
  /** The language and clinic dataset resolved before a hydrating first render (settleData). */
  private settledKey?: string;

  constructor() {
    super();
    // Feature-checked: an old browser still gets the element, without custom states or forms.
    if (typeof this.attachInternals === 'function') this.internals = this.attachInternals();
    // Server-rendered content (a declarative shadow root) is already on screen: nothing is pending.
    if (!isServer && this.shadowRoot) this.serverPass = true;
    else this.setPending(true);
  }

  /**
   * With @lit-labs/ssr-client's hydrate support (the drop-in), a server-rendered shadow root is
   * reused as is, without the element's styles: they came from the stylesheet the server linked.
   * They are adopted as well, so the element is styled even if that link is wrong.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer && this.serverPass && this.shadowRoot && (!hydrateSupportApplied() || !this.sameLanguageAsServer())) {
      // Rendered on the server in another language than the one that applies here (a snippet
      // pasted into a page of another language): hydrating would keep the server's words, so
      // the element renders afresh instead. The same without the hydrate support (a built
      // script fetches it only for server-rendered elements already on the page, hydrate.ts):
      // Lit would render beside the server's content.
      this.serverPass = false;
      this.setPending(true);
      this.shadowRoot.replaceChildren();
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
      return this.shadowRoot;
    }
    const root = super.createRenderRoot();
    if (!isServer && this.serverPass && root instanceof ShadowRoot) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /**
   * `:state(pending)` keeps the room ketamine-widgets.css holds (`--kw-reserve`, styles.ts) from
   * the upgrade until content is on screen: the first render waits in the slice queue, and a
   * language's bundle may still be on its way. Without the stylesheet it holds nothing.
   */
  private setPending(pending: boolean): void {
    try {
      if (pending) this.internals?.states?.add('pending');
      else this.internals?.states?.delete('pending');
    } catch {
      // Browsers from before CustomStateSet took plain names (they wanted `--pending`): no room held.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLang();
    this.unobserveLang = observeLang(() => this.readLang());
  }

  /**
   * The first render waits its turn in the slice queue; later updates are Lit's usual microtask.
   * A server-rendered element first waits for its language's text and its clinic dataset, so the
   * hydrating render matches what the server rendered.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    if (this.serverPass) return this.settleData().then(() => queueFirstRender(() => void super.scheduleUpdate()));
    const steps = this.firstRenderSteps();
    // A step that throws only loses its head start: the render does the same work and reports.
    void queueFirstRender(() => !steps.next().done).catch(() => undefined);
    return queueFirstRender(() => void super.scheduleUpdate());
  }

  /**
   * Work to do ahead of the first render, one step per turn of the first-render queue (each `yield`
   * ends a step), so that no single task carries all of it: `<ketamine-facts>` builds the frozen
   * copy of each topic in turn (`prebuild`), and its first render then only puts them together.
   * Only for an element that renders afresh, not one that hydrates server-rendered content.
   */
  protected *firstRenderSteps(): Generator<void, void, undefined> {}

  /**
   * The dataset to render, resolved now if it is at hand (the bundled content of a loaded
   * language, with no clinic dataset to wait for); else undefined. The first render then uses it
   * as it is, as for server-rendered elements (`settleData`).
   */
  protected datasetAtHand(): Dataset | undefined {
    this.readLang();
    this.settledKey = this.content.key(this.locale);
    void this.content.resolve(this.locale);
    return this.clinicLoading ? undefined : this.data;
  }

  /**
   * The hydrating render throws when the server-rendered content does not match this element's
   * templates (it was rendered for other attributes, or by another version): the element then
   * renders afresh in place of it, once, rather than break.
   */
  protected override update(changed: PropertyValues): void {
    if (isServer || !this.serverPass || this.hasUpdated) return super.update(changed);
    this.hydrating = true;
    try {
      super.update(changed);
    } catch (e) {
      warn(this, `the server-rendered content does not match its attributes (${(e as Error).message}); rendering it again.`);
      this.hydrating = false;
      this.frozenCopies.forgetAdopted();
      this.renderRoot.replaceChildren();
      render(this.render(), this.renderRoot, this.renderOptions);
    } finally {
      this.hydrating = false;
    }
  }

  /** Whether the server rendered the language that applies here (its JSON-LD child names it). */
  private sameLanguageAsServer(): boolean {
    const script = this.querySelector(':scope > script[type="application/ld+json"]');
    let rendered: unknown;
    try {
      rendered = (JSON.parse(script?.textContent ?? '{}') as { inLanguage?: unknown }).inLanguage;
    } catch {
      return true;
    }
    return typeof rendered !== 'string' || toLocale(rendered) === toLocale(this.lang || resolveLangTag(this));
  }

  /** Resolves the dataset completely (language bundle, clinic dataset) before the first render. */
  private async settleData(): Promise<void> {
    this.readLang();
    this.settledKey = this.content.key(this.locale);
    await this.content.resolve(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unobserveLang?.();
    this.unobserveLang = undefined;
  }

  /**
   * Sets `locale` and `intl` from the `lang` that applies. The `lang` property first: set from
   * script, it is not reflected to the attribute that `resolveLangTag` reads until this update
   * has rendered.
   */
  private readLang(): void {
    const tag = this.lang || (isServer ? (serverContexts.get(this)?.langTag ?? '') : resolveLangTag(this));
    this.locale = toLocale(tag);
    this.intl = intlLocale(tag, this.locale);
  }

  /** The heading level in use: the attribute's when valid, else 2. */
  protected get level(): HeadingLevel {
    return isOneOf(HEADING_LEVELS, this.headingLevel) ? this.headingLevel : 2;
  }

  protected get common() {
    return localize(commonStrings, this.locale);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // On the server there is no connectedCallback: the language is read here.
    if (changed.has('lang') || isServer) this.readLang();
    // The element's own lang asks for a language there is no content in (an inherited one is the
    // page's business): English is shown, and the author is told.
    if (changed.has('lang') && this.lang && !isServer && !hasContentFor(this.lang)) {
      warn(this, `lang="${this.lang}" is not a language the widgets have (${LOCALES.join(', ')}); showing English.`);
    }
    // Removing an attribute sets its property to null: a return to the default, not a mistake.
    if (changed.has('headingLevel') && this.headingLevel != null && !isOneOf(HEADING_LEVELS, this.headingLevel)) {
      warn(this, `heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not a whole number from 1 to 6; using 2.`);
    }
    if (changed.has('colorScheme') && this.colorScheme != null && !isOneOf(COLOR_SCHEMES, this.colorScheme)) {
      warn(this, `color-scheme="${this.colorScheme}" is not one of ${COLOR_SCHEMES.join(', ')}; using auto.`);
    }
    if (changed.has('locale') || changed.has('src') || !this.hasUpdated) {
      // Already resolved for a hydrating first render: the data is in place.
      if (this.settledKey === undefined || this.settledKey !== this.content.key(this.locale)) void this.content.resolve(this.locale);
      this.settledKey = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setPending(!this.data);
    // The hydrating render matched the server's; now the live parts (controls, dates) take over.
    if (this.serverPass && !isServer) void this.updateComplete.then(() => (this.serverPass = false));
  }

  /** Renders the element's content once its dataset is known. */
  protected abstract renderData(data: Dataset): TemplateResult;

  protected override render(): TemplateResult | typeof nothing {
    const data = this.data;
    return data ? this.frozenCopies.render(() => this.renderData(data)) : nothing;
  }

  /**
   * A heading, by default at the element's `heading-level`, clamped to h1–h6.
   * `heading(title)`, `heading(title, { part: 'summary-heading', id: 'summary-title', level: this.level + 1 })`.
   */
  protected heading(content: unknown, options: HeadingOptions = {}): FrozenPiece {
    // A heading of plain text never changes once rendered: a frozen copy (frozen()).
    if (typeof content !== 'string') return this.headingTemplate(content, options);
    const { part = 'heading', id = '', level = this.level } = options;
    return this.frozen(`heading ${level} ${part} ${id} ${content}`, () => this.headingTemplate(content, options));
  }

  private headingTemplate(content: unknown, { part = 'heading', id, level = this.level }: HeadingOptions): TemplateResult {
    switch (Math.min(6, Math.max(1, level))) {
      case 1:
        return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
      case 2:
        return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
      default:
        return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
    }
  }

  /**
   * What `build()` renders, as a copy of plain DOM made once per page (frozen.ts): for content
   * that never changes once rendered (claims, citations, source lists), which would otherwise
   * keep a Lit part per binding in every copy. `name` must say everything the template reads
   * besides the dataset, the string tables, the heading level and the date locale (those are
   * keyed already). `build()` renders one element and binds no events or live values.
   *
   * On the server it is `build()`, marked so that the output holds it as plain HTML; in the
   * render that hydrates that output it is `noChange`, and the server's nodes stay as they are
   * until what they show changes (frozen.ts, `FrozenCopies.adopt`).
   */
  protected frozen(name: string, build: () => TemplateResult): FrozenPiece {
    // The server marks the piece, so that its output holds it as plain HTML (stripFrozenMarkers).
    if (isServer) return serverFrozen(build);
    if (!this.data) return build();
    const [keys, fullName] = this.frozenKey(name);
    // Inside another master copy (a topic inside the whole of the topics): a copy of its own master.
    if (isBuildingFrozen()) return frozenCopy(keys, fullName, build);
    // Hydrating: the server's nodes for the piece are kept as they are.
    if (this.hydrating) return this.frozenCopies.adopt(keys, fullName);
    return this.frozenCopies.get(keys, fullName, build, this.renderRoot);
  }

  /** Renders the master copy `frozen(name, build)` would copy, ahead of time (`firstRenderSteps`). */
  protected prebuild(name: string, build: () => TemplateResult): void {
    if (isServer || !this.data) return;
    prebuildFrozen(...this.frozenKey(name), build);
  }

  /** What a frozen copy is keyed by: the objects it reads, and its name with level and date locale. */
  private frozenKey(name: string): [readonly object[], string] {
    const tables = (this.constructor as typeof KwElement).stringTables.map((table) => localize(table, this.locale));
    return [[this.data!, this.common, ...tables], `${name} ${this.level} ${this.intl}`];
  }

  /** The clinic's contact line and sign-off, disclaimer and review dates: the same on every element. */
  protected renderFooter(data: Dataset, extra: unknown = nothing): FrozenPiece {
    if (extra !== nothing) return footer(data, this.common, this.intl, extra);
    return this.frozen('footer', () => footer(data, this.common, this.intl));
  }
}
