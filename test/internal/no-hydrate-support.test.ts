/**
 * An element class used without Lit's hydrate support (imported from the package's index and
 * registered by the page, which did not load the support) on server-rendered content: it renders
 * afresh in place of the server's content, never beside it (KwElement.createRenderRoot).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DoseRange } from '../../src/components/dose-range/dose-range.js';
import { hydrateSupportApplied } from '../../src/internal/hydrate-applied.js';
import { textOf } from '../helpers/text.js';

describe('server-rendered content without the hydrate support', () => {
  it('is replaced by a fresh render, not duplicated', async () => {
    expect(hydrateSupportApplied(), 'this page has no hydrate support').to.equal(false);
    const host = document.createElement('div');
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      '<kw-bare-dose weight="70"><template shadowrootmode="open"><p class="server">SERVER COPY</p></template></kw-bare-dose>',
    );
    document.body.append(host);
    try {
      const el = host.querySelector('kw-bare-dose') as DoseRange;
      expect(el.shadowRoot!.querySelector('.server')).to.exist;
      customElements.define('kw-bare-dose', class extends DoseRange {});
      await waitUntil(() => textOf(el.shadowRoot).includes('mg'), 'rendered', { timeout: 10000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.server'), 'the server copy is gone').to.equal(null);
      expect(textOf(el.shadowRoot)).not.to.contain('SERVER COPY');
      expect(el.shadowRoot!.querySelectorAll('[part="heading"], h2').length, 'one heading, not two').to.equal(1);
    } finally {
      host.remove();
    }
  });
});
