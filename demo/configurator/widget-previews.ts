import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConfiguratorPart } from './part.js';

type View = 'sizes' | 'page';

/**
 * The previews: the snippet live at phone width and wide, or on a sample clinic page. Which view
 * shows is this part's own business; the configuration is not.
 */
export class KwWidgetPreviews extends ConfiguratorPart {
  @property({ attribute: false }) tag = '';

  /** The embed code the frames show. */
  @property({ attribute: false }) snippet = '';

  /** The module that registers the widgets in the frames. */
  @property({ attribute: false }) widgetsUrl = '';

  /** This site's copy of the chosen theme preset; '' for none. */
  @property({ attribute: false }) themeUrl = '';

  @property({ attribute: false }) previewPage = '';

  @property({ attribute: false }) hostPage = '';

  @state() private view: View = 'sizes';

  /** The clinic page preview is created the first time it is shown, then kept. */
  @state() private pageViewOpened = false;

  protected override render(): TemplateResult {
    const tag = `<${this.tag}>`;
    const frame = (size: 'narrow' | 'wide' | 'page', label: string, title: string, page: string) =>
      html`<kw-preview-frame
        size=${size}
        label=${label}
        frame-title=${title}
        .page=${page}
        .snippet=${this.snippet}
        .widgetsUrl=${this.widgetsUrl}
        .themeUrl=${this.themeUrl}
      ></kw-preview-frame>`;
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
        ${frame('narrow', 'Phone', `${tag} preview at phone width`, this.previewPage)}
        ${frame('wide', 'Wide screen', `${tag} preview at full width`, this.previewPage)}
      </div>
      ${
        this.pageViewOpened
          ? html`<div class="frames" ?hidden=${this.view !== 'page'}>
            ${frame('page', 'A sample clinic page with its own styles (fictional)', `${tag} on a sample clinic page`, this.hostPage)}
          </div>`
          : nothing
      }
    </section>`;
  }
}

export const previewsStyles = css`
  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
    margin-bottom: 1rem;
    border: 1px solid;
    border-color: var(--demo-control-border);
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
    border-left: 1px solid;
    border-left-color: var(--demo-control-border);
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

  @media (forced-colors: active) {
    .segmented input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-widget-previews': KwWidgetPreviews;
  }
}
