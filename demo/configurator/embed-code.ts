import { css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ConfiguratorPart } from './part.js';
import { scriptUrlProblem, type Token } from './snippet.js';

interface CopyResult {
  /** The snippet that was copied (or selected): the message goes once the configuration changes. */
  snippet: string;
  ok: boolean;
  /** Counts copies, so a second copy is announced again. */
  count: number;
}

const copyIcon = html`<svg class="copy-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/></svg>`;
const checkIcon = html`<svg class="copy-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 12.5 9.5 18 20 6"/></svg>`;

/** Step 3: the script address, the embed code (coloured), and a copy button with its message. */
export class KwEmbedCode extends ConfiguratorPart {
  /** The embed code as coloured tokens; their text joined is `snippet`. */
  @property({ attribute: false }) tokens: readonly Token[] = [];

  @property({ attribute: false }) snippet = '';

  @property({ attribute: false }) scriptUrl = '';

  /** Whether the prebuilt content goes inside the element. */
  @property({ attribute: false }) prerender = false;

  /** Whether the code loads the element's own script instead of the drop-in. */
  @property({ attribute: false }) ownScript = false;

  /** The element the code is for (its own script is named after it). */
  @property({ attribute: false }) tag = '';

  /** Why the content is not in the code ('' when it is, or not asked for). */
  @property({ attribute: false }) prerenderNote = '';

  @state() private copyResult?: CopyResult;

  @query('pre') private codeBlock!: HTMLPreElement;

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
    const problem = scriptUrlProblem(this.scriptUrl);
    const copied = this.copyResult && this.copyResult.snippet === this.snippet ? this.copyResult : undefined;
    return html`<div class="field">
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
          @input=${(e: Event) => this.report({ scriptUrl: (e.target as HTMLInputElement).value })}
        />
        ${problem ? html`<p class=${problem.level === 'error' ? 'problem' : 'hint warning'} id="script-url-problem">${problem.message}</p>` : nothing}
        <p class="hint" id="script-url-hint">
          Put <code>ketamine-widgets.js</code>, <code>ketamine-widgets.css</code> and the <code>chunks</code> and
          <code>themes</code> folders (from the package’s <code>dist</code> folder) together on your site, then enter the file’s address here:
          <code>./ketamine-widgets.js</code> means “in the same folder as the page”.
        </p>
      </div>
      ${
        this.tag
          ? html`<div class="field check-field">
              <label>
                <input
                  type="checkbox"
                  id="own-script"
                  .checked=${this.ownScript}
                  aria-describedby="own-script-hint"
                  @change=${(e: Event) => this.report({ ownScript: (e.target as HTMLInputElement).checked })}
                />
                This page shows no other widget: load only this one’s script
              </label>
              <p class="hint" id="own-script-hint">
                The code then loads <code>${this.tag}.js</code> (from the same folder) instead of <code>ketamine-widgets.js</code>: it
                holds this widget alone, so the page downloads about a third less. For a page with two or three widgets, leave this off
                and paste the script once.
              </p>
            </div>`
          : nothing
      }
      <div class="field check-field">
        <label>
          <input
            type="checkbox"
            id="prerender"
            .checked=${this.prerender}
            aria-describedby="prerender-hint${this.prerenderNote ? ' prerender-note' : ''}"
            @change=${(e: Event) => this.report({ prerender: (e.target as HTMLInputElement).checked })}
          />
          Include the content in the page (works without JavaScript, readable by search engines)
        </label>
        <p class="hint" id="prerender-hint">
          The code then holds the widget’s text (prebuilt, about 10 to 100 KB) and its description for search engines. Put the
          <code>shadow</code> folder beside the script too.
        </p>
        ${this.prerenderNote ? html`<p class="hint warning" id="prerender-note" role="status">${this.prerenderNote}</p>` : nothing}
      </div>
      <div class="code-panel">
        <div class="code-bar">
          <span class="code-label" id="code-label">HTML to paste</span>
          <button type="button" id="copy" class="primary" aria-describedby="copy-status" @click=${this.copy}>
            ${copied?.ok ? checkIcon : copyIcon}${copied?.ok ? 'Copied' : 'Copy code'}
          </button>
        </div>
        <pre tabindex="0" role="region" aria-labelledby="code-label"><code>${this.tokens.map((t) =>
          t.kind === 'text' ? t.text : html`<span class=${`t-${t.kind}`}>${t.text}</span>`,
        )}</code></pre>
      </div>
      <p class="copy-status" id="copy-status" role="status">
        ${
          copied
            ? keyed(
                copied.count,
                html`<span class=${copied.ok ? 'good' : 'warning'}
                >${
                  copied.ok
                    ? 'Copied. Now paste it into an HTML block on your page.'
                    : 'Your browser did not allow copying. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
                }</span
              >`,
              )
            : nothing
        }
      </p>`;
  }
}

export const codeStyles = css`
  .code .field {
    max-width: 44rem;
  }

  .code-panel {
    overflow: hidden;
    border: 1px solid;
    border-color: var(--demo-control-border);
    border-radius: var(--demo-radius);
    background: var(--demo-code-bg);
  }

  .code-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.5rem 0.5rem 0.5rem 1rem;
    border-bottom: 1px solid;
    border-bottom-color: var(--demo-border);
    background: var(--demo-surface-strong);
  }

  .code-label {
    font-weight: 600;
  }

  .copy-icon {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  pre {
    margin: 0;
    padding: 1rem;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.6;
    tab-size: 2;
  }

  pre:focus-visible {
    outline-offset: -3px;
  }

  .t-punct {
    color: #57606a;
  }
  .t-tag,
  .t-selector {
    color: #0550ae;
  }
  .t-attr,
  .t-property {
    color: #8a3c00;
  }
  .t-value,
  .t-css-value {
    color: #0a3069;
  }

  @media (prefers-color-scheme: dark) {
    .t-punct {
      color: #9ba6b2;
    }
    .t-tag,
    .t-selector {
      color: #79c0ff;
    }
    .t-attr,
    .t-property {
      color: #ffa657;
    }
    .t-value,
    .t-css-value {
      color: #a5d6ff;
    }
  }

  .copy-status {
    min-height: 1.5em;
    margin: 0.5rem 0 1rem;
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-embed-code': KwEmbedCode;
  }
}
