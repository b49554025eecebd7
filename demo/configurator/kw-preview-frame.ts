import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { applySnippet, widgetIn } from './frame-content.js';

/** What a preview reports after the widget has rendered a configuration. */
export interface PreviewRenderDetail {
  widget: Element;
}

/** Fired (bubbling, composed) each time the widget in the frame has rendered a new snippet. */
export class PreviewRenderEvent extends CustomEvent<PreviewRenderDetail> {
  static readonly type = 'kw-preview-render';
  constructor(widget: Element) {
    super(PreviewRenderEvent.type, { detail: { widget }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kw-preview-render': PreviewRenderEvent;
  }
}

type UpdatableElement = Element & { updateComplete?: Promise<unknown> };

/**
 * One live preview: a real `<iframe>` (so a narrow frame is a real narrow viewport where media
 * queries apply) showing a page of this site with the snippet's widget in it. The frame grows
 * with its content up to a cap, and its caption says how wide it really is.
 */
export class KwPreviewFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 0;
    }

    :host([hidden]) {
      display: none;
    }

    figure {
      margin: 0;
    }

    figcaption {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      margin-bottom: 0.375rem;
      font-size: 0.875rem;
      color: var(--demo-muted);
    }

    .label {
      font-weight: 600;
      color: var(--demo-text);
    }

    iframe {
      display: block;
      box-sizing: border-box;
      width: 100%;
      height: 12rem;
      min-height: 8rem;
      max-height: var(--frame-max-height, 40rem);
      border: 1px solid;
      border-color: var(--demo-control-border);
      border-radius: var(--demo-radius);
      background: var(--demo-frame-bg);
    }

    /* 360 px inside the 1 px border: a real 360 px viewport. */
    :host([size='narrow']) iframe {
      width: min(362px, 100%);
    }

    :host([size='page']) iframe {
      height: var(--frame-page-height, 44rem);
      max-height: 80vh;
    }

    iframe:focus-visible {
      outline: 3px solid var(--demo-focus);
      outline-offset: 2px;
    }
  `;

  /** The page shown in the frame (preview.html or host-page.html). */
  @property() page = '';

  /** The embed code to show. */
  @property() snippet = '';

  /** The module that registers the widgets inside the frame. */
  @property({ attribute: 'widgets-url' }) widgetsUrl = '';

  /** This site's copy of the chosen theme preset; empty for none. */
  @property({ attribute: 'theme-url' }) themeUrl = '';

  /** The caption, e.g. "Phone". */
  @property() label = '';

  /** The frame's accessible name. */
  @property({ attribute: 'frame-title' }) frameTitle = '';

  /** `narrow` is 360 px (or the room there is), `wide` fills the row, `page` is a tall scrolling page. */
  @property({ reflect: true }) size: 'narrow' | 'wide' | 'page' = 'wide';

  @state() private width = 0;

  @query('iframe') private frame!: HTMLIFrameElement;

  private doc?: Document;
  private contentObserver?: ResizeObserver;
  private applyToken = 0;
  private scrolledToWidget = false;

  /** The widget element inside the frame, once the frame has loaded. */
  get widget(): Element | undefined {
    return this.doc ? widgetIn(this.doc) : undefined;
  }

  /** The frame's document, once loaded. */
  get frameDocument(): Document | undefined {
    return this.doc;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('snippet') || changed.has('widgetsUrl') || changed.has('themeUrl')) void this.apply();
  }

  private readonly onLoad = (): void => {
    const doc = this.frame.contentDocument;
    const win = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!doc || !win || doc.URL === 'about:blank') return;
    this.doc = doc;
    this.scrolledToWidget = false;
    this.contentObserver?.disconnect();
    // The frame's own ResizeObserver, on the frame's layout: its viewport width for the caption,
    // its content height for the frame's height (which does not change the content's size).
    this.contentObserver = new win.ResizeObserver(() => {
      this.width = win.innerWidth;
      this.fitHeight();
    });
    this.contentObserver.observe(doc.documentElement);
    this.width = win.innerWidth;
    void this.apply();
  };

  private fitHeight(): void {
    if (this.size === 'page' || !this.doc) return;
    const height = Math.ceil(this.doc.documentElement.getBoundingClientRect().height);
    // CSSOM, not a style attribute: this page runs under a CSP without 'unsafe-inline'.
    if (height > 0) this.frame.style.height = `${height + 2}px`;
  }

  private async apply(): Promise<void> {
    const doc = this.doc;
    if (!doc || !this.snippet || !this.widgetsUrl) return;
    const token = ++this.applyToken;
    const widget = applySnippet(doc, this.snippet, { widgetsUrl: this.widgetsUrl, themeUrl: this.themeUrl || undefined });
    if (!widget) return;
    await doc.defaultView?.customElements.whenDefined(widget.localName);
    await (widget as UpdatableElement).updateComplete;
    if (token !== this.applyToken || !widget.isConnected) return;
    this.fitHeight();
    if (this.size === 'page' && !this.scrolledToWidget) {
      // The sample page opens at its top, with the widget below the fold: show the widget with the
      // article heading above it. The frame's own scroll, so this page does not move.
      this.scrolledToWidget = true;
      const win = doc.defaultView!;
      const article = widget.closest('article') ?? widget;
      win.scrollTo({ top: Math.max(0, article.getBoundingClientRect().top + win.scrollY - 24), behavior: 'instant' });
    }
    this.dispatchEvent(new PreviewRenderEvent(widget));
  }

  protected override render() {
    return html`<figure>
      <figcaption>
        <span class="label">${this.label}</span>
        <span class="width">${this.width ? `${this.width} px wide` : ''}</span>
      </figcaption>
      <iframe src=${ifDefined(this.page || undefined)} title=${this.frameTitle} @load=${this.onLoad}></iframe>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kw-preview-frame': KwPreviewFrame;
  }
}
