import { expect } from '@open-wc/testing';
import { LOCALES } from 'ketamine-widgets';
import manifestJson from '../../custom-elements.json';
import {
  DEFAULT_STATE,
  addressOf,
  applyChange,
  baseTokens,
  catalogOf,
  contrastOf,
  controlsOf,
  languageLabel,
  prebuiltLangOf,
  previewSnippetOf,
  schemeOf,
  snippetOf,
  snippetTokensOf,
  startOver,
  stateFromAddress,
  toHex,
  urlWithHash,
  withKnownTag,
  type ConfiguratorState,
} from '../../demo/configurator/configurator-state.js';
import { FONT_CHOICES } from '../../demo/configurator/look.js';
import type { Manifest } from '../../demo/configurator/manifest.js';

/** Pure functions: nothing here touches the document. */
const catalog = catalogOf(manifestJson as unknown as Manifest, LOCALES);
const first = catalog.elements[0].tag;
const state = (change: Partial<ConfiguratorState> = {}): ConfiguratorState => ({ ...DEFAULT_STATE, tag: 'dose-range', ...change });
const THEMES = ['calm', 'warm', 'contrast'];

describe('configurator-state.ts', () => {
  describe('changes', () => {
    it('merges attribute values and look settings, replaces the element and the script address, and copies', () => {
      const before = state({ values: { lang: 'es' } });
      const after = applyChange(before, { values: { 'color-scheme': 'dark' }, look: { radius: '4' } });
      expect(after.values).to.deep.equal({ lang: 'es', 'color-scheme': 'dark' });
      expect(after.look).to.deep.equal({ ...DEFAULT_STATE.look, radius: '4' });
      expect(before.values).to.deep.equal({ lang: 'es' });
      expect(applyChange(before, { tag: 'risk-checklist', scriptUrl: 'https://x.example/kw.js' })).to.deep.include({
        tag: 'risk-checklist',
        scriptUrl: 'https://x.example/kw.js',
        values: { lang: 'es' },
      });
    });

    it('starts over: attributes and look back at their defaults, the element and the script address kept', () => {
      const s = state({ values: { lang: 'es' }, look: { ...DEFAULT_STATE.look, theme: 'warm' }, scriptUrl: 'https://x.example/kw.js' });
      expect(startOver(s)).to.deep.equal({ ...DEFAULT_STATE, tag: 'dose-range', scriptUrl: 'https://x.example/kw.js' });
    });

    it('falls back to the first element for an unknown or missing tag, and keeps a known one as it is', () => {
      expect(withKnownTag(DEFAULT_STATE, catalog).tag).to.equal(first);
      expect(withKnownTag(state({ tag: 'no-such' }), catalog).tag).to.equal(first);
      const known = state();
      expect(withKnownTag(known, catalog)).to.equal(known);
      expect(withKnownTag(known, { elements: [], locales: [] }).tag).to.equal('');
    });
  });

  describe('controls', () => {
    it('offers the manifest attributes with plain labels for the shared ones', () => {
      const controls = controlsOf(catalog, 'dose-range');
      const lang = controls.find((c) => c.name === 'lang')!;
      expect(lang.label).to.equal('Language');
      expect(lang.options.map((o) => o.value)).to.include.members(['', 'en', 'es']);
      expect(lang.options.find((o) => o.value === 'es')!.label).to.equal('Spanish (español)');
      expect(controls.find((c) => c.name === 'color-scheme')!.label).to.equal('Light or dark');
      expect(controlsOf(catalog, 'no-such')).to.deep.equal([]);
    });

    it('names a language in English and in itself', () => {
      expect(languageLabel('en')).to.equal('English');
      expect(languageLabel('es')).to.equal('Spanish (español)');
    });

    it('reads the colour scheme from the values, auto by default and for an element without the attribute', () => {
      const controls = controlsOf(catalog, 'dose-range');
      expect(schemeOf(controls, {})).to.equal('auto');
      expect(schemeOf(controls, { 'color-scheme': 'dark' })).to.equal('dark');
      expect(schemeOf(controls, { 'color-scheme': 'bogus' })).to.equal('auto');
      expect(schemeOf([], { 'color-scheme': 'dark' })).to.equal('auto');
    });
  });

  describe('snippet', () => {
    it('is the stylesheet, the script and the bare element for the defaults', () => {
      const s = state();
      expect(snippetOf(s, controlsOf(catalog, s.tag))).to.equal(
        '<link rel="stylesheet" href="./ketamine-widgets.css">\n<script type="module" src="./ketamine-widgets.js"></script>\n<dose-range></dose-range>',
      );
      expect(snippetOf({ ...s, tag: '' }, [])).to.equal('');
      expect(snippetTokensOf({ ...s, tag: '' }, [])).to.deep.equal([]);
    });

    it('writes attributes, theme and only the accent the colour scheme uses; its tokens are its text', () => {
      const s = state({
        values: { lang: 'es', 'color-scheme': 'dark' },
        look: { ...DEFAULT_STATE.look, theme: 'calm', accent: '#112233', accentDark: '#ff9f1c' },
        scriptUrl: 'https://cdn.example.org/kw/ketamine-widgets.js',
      });
      const controls = controlsOf(catalog, s.tag);
      const snippet = snippetOf(s, controls);
      expect(snippet).to.equal(
        [
          '<link rel="stylesheet" href="https://cdn.example.org/kw/ketamine-widgets.css">',
          '<script type="module" src="https://cdn.example.org/kw/ketamine-widgets.js"></script>',
          '<link rel="stylesheet" href="https://cdn.example.org/kw/themes/calm.css">',
          '<style>',
          '  dose-range {',
          '    --kw-color-accent-dark: #ff9f1c;',
          '  }',
          '</style>',
          '<dose-range lang="es" color-scheme="dark"></dose-range>',
        ].join('\n'),
      );
      expect(
        snippetTokensOf(s, controls)
          .map((t) => t.text)
          .join(''),
      ).to.equal(snippet);
    });

    it('puts prebuilt content inside the element, with its lang and its shadow stylesheet beside the script', () => {
      const s = state({ prerender: true, scriptUrl: 'https://cdn.example.org/kw/ketamine-widgets.js' });
      const controls = controlsOf(catalog, s.tag);
      const content = {
        html: '<template shadowrootmode="open"><link rel="stylesheet" href="/ketamine-widgets/shadow/dose-range.css"><p>Body</p></template>',
        lang: 'en',
      };
      expect(snippetOf(s, controls, content)).to.match(
        /<dose-range lang="en"><template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\.org\/kw\/shadow\/dose-range\.css"><p>Body<\/p><\/template><\/dose-range>$/,
      );
      expect(
        snippetTokensOf(s, controls, content)
          .map((t) => t.text)
          .join(''),
      ).to.equal(snippetOf(s, controls, content));
      expect(snippetOf({ ...s, prerender: false }, controls, content), 'not asked for').to.match(/<dose-range><\/dose-range>$/);
    });

    it("loads the element's own script beside the drop-in when asked; the previews keep the drop-in", () => {
      const s = state({ ownScript: true, scriptUrl: 'https://cdn.example.org/kw/ketamine-widgets.js' });
      const controls = controlsOf(catalog, s.tag);
      const code = snippetOf(s, controls);
      expect(code).to.contain('<script type="module" src="https://cdn.example.org/kw/dose-range.js"></script>');
      expect(code).to.contain('<link rel="stylesheet" href="https://cdn.example.org/kw/ketamine-widgets.css">');
      expect(code).not.to.contain('ketamine-widgets.js');
      expect(
        snippetTokensOf(s, controls)
          .map((t) => t.text)
          .join(''),
      ).to.equal(code);
      expect(previewSnippetOf(s, controls)).to.contain('src="https://cdn.example.org/kw/ketamine-widgets.js"');
      expect(snippetOf({ ...s, ownScript: false }, controls), 'not asked for').to.contain(
        'src="https://cdn.example.org/kw/ketamine-widgets.js"',
      );
    });

    it('offers prebuilt content only for the defaults, language and colour scheme aside', () => {
      const controls = controlsOf(catalog, 'dose-range');
      expect(prebuiltLangOf(state(), controls)).to.equal('en');
      expect(prebuiltLangOf(state({ values: { lang: 'es', 'color-scheme': 'dark' } }), controls)).to.equal('es');
      expect(prebuiltLangOf(state({ values: { weight: '70' } }), controls)).to.equal(undefined);
      expect(prebuiltLangOf(state({ values: { 'heading-level': '3' } }), controls)).to.equal(undefined);
    });

    it('leaves out values the element does not declare and values at their default', () => {
      const s = state({ values: { 'color-scheme': 'auto', bogus: 'x' } });
      expect(snippetOf(s, controlsOf(catalog, s.tag))).to.match(/<dose-range><\/dose-range>$/);
    });
  });

  describe('page address', () => {
    it('round-trips a configuration', () => {
      const georgia = FONT_CHOICES.find((f) => f.id === 'georgia')!.value;
      const s = state({
        values: { lang: 'es' },
        look: { theme: 'warm', accent: '#c2410c', accentDark: '', font: georgia, radius: '12' },
        scriptUrl: 'https://x.example/kw.js?v=1',
      });
      const hash = addressOf(s, first);
      expect(hash).to.equal(
        'dose-range&lang=es&~theme=warm&~accent=%23c2410c&~font=georgia&~radius=12&~script=https%3A%2F%2Fx.example%2Fkw.js%3Fv%3D1',
      );
      expect(stateFromAddress(`#${hash}`, THEMES)).to.deep.equal(s);
    });

    it('is empty for the defaults, and the defaults for an empty one', () => {
      expect(addressOf({ ...DEFAULT_STATE, tag: first }, first)).to.equal('');
      expect(stateFromAddress('', THEMES)).to.deep.equal(DEFAULT_STATE);
      expect(stateFromAddress('#', THEMES)).to.deep.equal(DEFAULT_STATE);
    });

    it('drops unusable look settings from an edited link', () => {
      const s = stateFromAddress('#dose-range&~theme=../x&~accent=red&~radius=99&~font=comic', THEMES);
      expect(s.look).to.deep.equal(DEFAULT_STATE.look);
      expect(s.tag).to.equal('dose-range');
    });

    it('puts the page itself in the address bar, without a bare #, when there is nothing to keep', () => {
      expect(urlWithHash('', { pathname: '/demo/', search: '?a=1' })).to.equal('/demo/?a=1');
      expect(urlWithHash('dose-range', { pathname: '/demo/', search: '' })).to.equal('#dose-range');
    });
  });

  describe('look', () => {
    const builtIn = new Map([
      ['--kw-color-accent', '#0b5cad'],
      ['--kw-color-bg', '#ffffff'],
      ['--kw-color-on-accent', '#ffffff'],
      ['--kw-color-bg-dark', '#161b22'],
    ]);

    it('lays a theme over the built-in tokens', () => {
      const merged = baseTokens(builtIn, new Map([['--kw-color-accent', '#0f6b5c']]));
      expect(merged.get('--kw-color-accent')).to.equal('#0f6b5c');
      expect(merged.get('--kw-color-bg')).to.equal('#ffffff');
      expect(baseTokens(builtIn, undefined)).to.equal(builtIn);
    });

    it('writes colours the way a colour input takes them', () => {
      expect(toHex('#abc')).to.equal('#aabbcc');
      expect(toHex('rgb(11, 92, 173)')).to.equal('#0b5cad');
      expect(toHex('red')).to.equal(undefined);
      expect(toHex(undefined)).to.equal(undefined);
    });

    it('checks an accent against the background and the button text of its mode', () => {
      expect(contrastOf('#0b5cad', builtIn, 'light')).to.deep.equal({ shown: '6.6', ok: true });
      expect(contrastOf('#ffe066', builtIn, 'light')!.ok).to.equal(false);
      // Dark mode has a background here but no button text: the one ratio there is counts.
      expect(contrastOf('#ff9f1c', builtIn, 'dark')!.ok).to.equal(true);
      expect(contrastOf('#ff9f1c', new Map(), 'dark')).to.equal(undefined);
    });
  });
});
