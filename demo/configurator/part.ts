import { LitElement, html, type TemplateResult } from 'lit';
import type { ConfigChange } from './configurator-state.js';

/** What a part of the configurator reports when the reader changes a setting. */
export class ConfigChangeEvent extends Event {
  static readonly type = 'kw-config-change';
  constructor(readonly change: ConfigChange) {
    super(ConfigChangeEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kw-config-change': ConfigChangeEvent;
  }
}

/**
 * A part of the configurator (picker, options, look, previews, code). It renders into the
 * configurator's shadow root rather than a root of its own, so labels, `aria-describedby` and ids
 * reach across parts, and the configurator's one set of stylesheets (form controls and each part's
 * own) styles every part. It holds no configuration: it renders what it is given and reports changes.
 */
export abstract class ConfiguratorPart extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected report(change: ConfigChange): void {
    this.dispatchEvent(new ConfigChangeEvent(change));
  }
}

/** A manifest description with its `code` spans. */
export function renderDoc(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}
