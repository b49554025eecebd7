import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { contrastOf, toHex } from './configurator-state.js';
import { TEXT_CONTRAST, type ColorSchemeChoice } from './contrast.js';
import { DEFAULT_LOOK, FONT_CHOICES, RADIUS_MAX, accentsFor, type Look } from './look.js';
import { ConfiguratorPart } from './part.js';
import type { ThemePreset } from './themes.js';
import { lengthToPx, type Tokens } from './tokens.js';

/** Step 2's "Look": theme preset, accent colours with a contrast check, font and corner roundness. */
export class KwLookOptions extends ConfiguratorPart {
  @property({ attribute: false }) look: Look = DEFAULT_LOOK;

  /** The widget's colour scheme: which accent pickers apply. */
  @property({ attribute: false }) scheme: ColorSchemeChoice = 'auto';

  @property({ attribute: false }) themes: readonly ThemePreset[] = [];

  /** The token values the widget uses without custom properties (the theme's, else the defaults). */
  @property({ attribute: false }) tokens: Tokens = new Map();

  private set(change: Partial<Look>): void {
    this.report({ look: change });
  }

  protected override render(): TemplateResult {
    const look = this.look;
    const accents = accentsFor(this.scheme);
    const preset = this.themes.find((t) => t.name === look.theme);
    const defaultRadius = lengthToPx(this.tokens.get('--kw-radius'));
    const radius = look.radius !== '' ? Number(look.radius) : Math.round(defaultRadius ?? 8);
    return html`<fieldset>
      <legend>Look</legend>
      <div class="field">
        <label for="theme">Theme</label>
        <select id="theme" aria-describedby="theme-hint" @change=${(e: Event) => this.set({ theme: (e.target as HTMLSelectElement).value })}>
          <option value="" .selected=${!look.theme}>None: the built-in look (default)</option>
          ${this.themes.map((t) => html`<option .value=${t.name} .selected=${t.name === look.theme}>${t.label}</option>`)}
        </select>
        <p class="hint" id="theme-hint">
          ${preset ? html`${preset.description} Adds one stylesheet link to the code.` : 'Blue links on white (light blue on dark in dark mode).'}
        </p>
      </div>
      ${accents.light ? this.renderAccent('accent', 'light') : nothing}
      ${accents.dark ? this.renderAccent('accentDark', 'dark') : nothing}
      <div class="field">
        <label for="font">Font</label>
        <select id="font" aria-describedby="font-hint" @change=${(e: Event) => this.set({ font: (e.target as HTMLSelectElement).value })}>
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
            @input=${(e: Event) => this.set({ radius: (e.target as HTMLInputElement).value })}
          />
          <output id="radius-value" for="radius">${radius} px${look.radius === '' ? ' (default)' : ''}</output>
          ${
            look.radius !== ''
              ? html`<button type="button" class="link" @click=${() => this.set({ radius: '' })}>
                Reset<span class="visually-hidden"> corner roundness</span>
              </button>`
              : nothing
          }
        </div>
      </div>
    </fieldset>`;
  }

  private renderAccent(key: 'accent' | 'accentDark', mode: 'light' | 'dark'): TemplateResult {
    const id = key === 'accent' ? 'accent' : 'accent-dark';
    const token = key === 'accent' ? '--kw-color-accent' : '--kw-color-accent-dark';
    const custom = this.look[key];
    const value = custom || toHex(this.tokens.get(token)) || '#000000';
    const label = this.scheme === 'auto' ? `Accent colour in ${mode} mode` : 'Accent colour';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <div class="inline">
        <input
          type="color"
          id=${id}
          .value=${value}
          aria-describedby=${`${id}-value ${id}-contrast`}
          @input=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).value })}
        />
        <span id=${`${id}-value`} class="color-value">${custom ? html`<code>${custom}</code>` : 'Default'}</span>
        ${
          custom
            ? html`<button type="button" class="link" @click=${() => this.set({ [key]: '' })}>
              Reset<span class="visually-hidden"> ${label.toLowerCase()}</span>
            </button>`
            : nothing
        }
      </div>
      ${this.renderContrast(id, custom, mode)}
    </div>`;
  }

  /** How readable links and buttons in the chosen accent are, against the background and the button text. */
  private renderContrast(id: string, accent: string, mode: 'light' | 'dark'): TemplateResult {
    const report = accent ? contrastOf(accent, this.tokens, mode) : undefined;
    if (!report) return html`<p class="hint" id=${`${id}-contrast`}>Links, buttons and highlights.</p>`;
    return html`<p class=${report.ok ? 'hint good' : 'hint warning'} id=${`${id}-contrast`}>
      <span class="icon" aria-hidden="true">${report.ok ? '✓' : '!'}</span>
      ${
        report.ok
          ? `Contrast ${report.shown}:1: easy to read (at least ${TEXT_CONTRAST}:1 is needed).`
          : `Contrast ${report.shown}:1: too low for links and buttons (at least ${TEXT_CONTRAST}:1 is needed). Try a ${mode === 'dark' ? 'lighter' : 'darker'} colour.`
      }
    </p>`;
  }
}

export const lookStyles = css`
  .color-value,
  output {
    min-width: 5rem;
    color: var(--demo-muted);
  }
`;

declare global {
  interface HTMLElementTagNameMap {
    'kw-look-options': KwLookOptions;
  }
}
