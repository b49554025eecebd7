import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { controlFor, controlsFor } from '../../demo/configurator/controls.js';
import type { Literal } from '../../demo/configurator/manifest.js';
import {
  DEFAULT_SCRIPT_URL,
  buildSnippet,
  escapeAttribute,
  isSafeCssValue,
  scriptUrlProblem,
  snippetTokens,
  reserveUrlFor,
  themeUrlFor,
} from '../../demo/configurator/snippet.js';

const enums = new Map<string, readonly Literal[]>([['ColorScheme', ['auto', 'light', 'dark']]]);

/** A small element as the manifest would describe it. */
const controls = controlsFor(
  {
    attributes: [
      { name: 'weight', type: { text: 'number | undefined' } },
      { name: 'unit', type: { text: "'kg' | 'lb'" }, default: "'kg'" },
      { name: 'compact', type: { text: 'boolean' }, default: 'false' },
      { name: 'note', type: { text: 'string | undefined' } },
      { name: 'lang', type: { text: 'string' } },
      { name: 'heading-level', type: { text: 'number' }, default: '2' },
      { name: 'color-scheme', type: { text: 'ColorScheme' }, default: "'auto'" },
    ],
  },
  enums,
);

/** The element a browser builds from the snippet. */
function parse(snippet: string, tag = 'dose-range'): { doc: Document; el: Element } {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  return { doc, el: doc.querySelector(tag)! };
}

describe('snippet.ts', () => {
  describe('buildSnippet', () => {
    it('with nothing changed: the room-holding stylesheet, the script tag and the bare element', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: {} });
      expect(snippet).to.equal(
        '<link rel="stylesheet" href="./ketamine-widgets.css">\n<script type="module" src="./ketamine-widgets.js"></script>\n<dose-range></dose-range>',
      );
    });

    it('writes the exact snippet for a Spanish dark dose range for 80 kg with an accent colour', () => {
      const snippet = buildSnippet({
        tag: 'dose-range',
        controls,
        values: { weight: '80', lang: 'es', 'color-scheme': 'dark' },
        customProperties: [['--kw-color-accent-dark', '#ffb86b']],
        scriptUrl: 'https://cdn.example.org/kw/ketamine-widgets.js',
      });
      expect(snippet).to.equal(
        [
          '<link rel="stylesheet" href="https://cdn.example.org/kw/ketamine-widgets.css">',
          '<script type="module" src="https://cdn.example.org/kw/ketamine-widgets.js"></script>',
          '<style>',
          '  dose-range {',
          '    --kw-color-accent-dark: #ffb86b;',
          '  }',
          '</style>',
          '<dose-range weight="80" lang="es" color-scheme="dark"></dose-range>',
        ].join('\n'),
      );
    });

    it('leaves out attributes set to their manifest default', () => {
      const snippet = buildSnippet({
        tag: 'dose-range',
        controls,
        values: { unit: 'kg', compact: false, 'heading-level': '2', 'color-scheme': 'auto', weight: '' },
      });
      expect(parse(snippet).el.getAttributeNames()).to.deep.equal([]);
    });

    it('writes a value that differs from the default, and a default number written another way is still the default', () => {
      const { el } = parse(buildSnippet({ tag: 'dose-range', controls, values: { unit: 'lb', 'heading-level': '2.0' } }));
      expect(el.getAttributeNames()).to.deep.equal(['unit']);
      expect(el.getAttribute('unit')).to.equal('lb');
    });

    it('writes a checked boolean as a bare attribute', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: { compact: true } });
      expect(snippet).to.contain('<dose-range compact></dose-range>');
      expect(parse(snippet).el.hasAttribute('compact')).to.equal(true);
    });

    it('writes numbers in plain form and leaves out ones that are not numbers', () => {
      expect(parse(buildSnippet({ tag: 'dose-range', controls, values: { weight: ' 080.50 ' } })).el.getAttribute('weight')).to.equal(
        '80.5',
      );
      expect(parse(buildSnippet({ tag: 'dose-range', controls, values: { weight: '80kg' } })).el.hasAttribute('weight')).to.equal(false);
    });

    it('ignores values for attributes the manifest does not declare', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: { onclick: 'alert(1)', weight: '70' } });
      expect(parse(snippet).el.getAttributeNames()).to.deep.equal(['weight']);
    });

    it('leaves out a select value that is not one of its options', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: { unit: 'stone' } });
      expect(parse(snippet).el.hasAttribute('unit')).to.equal(false);
    });

    it('escapes &, ", < and > in attribute values so the browser reads back the exact text', () => {
      const note = 'Dr. "Lee" & <Partners> say \'hi\'';
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: { note } });
      expect(snippet).to.contain('note="Dr. &quot;Lee&quot; &amp; &lt;Partners&gt; say \'hi\'"');
      const { doc, el } = parse(snippet);
      expect(el.getAttribute('note')).to.equal(note);
      expect(doc.querySelector('Partners')).to.equal(null);
    });

    it('escapes the script address too', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: {}, scriptUrl: 'https://x.test/a.js?v=1&t="2"' });
      expect(snippet).to.contain('src="https://x.test/a.js?v=1&amp;t=&quot;2&quot;"');
      expect(parse(snippet).doc.querySelector('script')!.getAttribute('src')).to.equal('https://x.test/a.js?v=1&t="2"');
    });

    it('uses ./ketamine-widgets.js when the address is blank', () => {
      const snippet = buildSnippet({ tag: 'dose-range', controls, values: {}, scriptUrl: '   ' });
      expect(parse(snippet).doc.querySelector('script')!.getAttribute('src')).to.equal(DEFAULT_SCRIPT_URL);
    });

    it('links a theme preset from the themes folder beside the script', () => {
      const snippet = buildSnippet({
        tag: 'dose-range',
        controls,
        values: {},
        theme: 'calm',
        scriptUrl: 'https://cdn.example.org/kw/1.0/ketamine-widgets.js',
      });
      expect(snippet).to.contain('<link rel="stylesheet" href="https://cdn.example.org/kw/1.0/themes/calm.css">');
    });

    it('writes custom properties in a <style> rule for the tag, skipping unsafe values and invalid names', () => {
      const snippet = buildSnippet({
        tag: 'dose-range',
        controls,
        values: {},
        customProperties: [
          ['--kw-radius', '12px'],
          ['--kw-font-family', "Georgia, 'Times New Roman', serif"],
          ['--kw-color-accent', 'red; } body { display: none'],
          ['--kw-color-text', '</style><script>alert(1)</script>'],
          ['color', 'red'],
        ],
      });
      const { doc } = parse(snippet);
      const style = doc.querySelector('style')!;
      expect(doc.querySelectorAll('style')).to.have.length(1);
      expect(doc.querySelector('script:not([src])')).to.equal(null);
      expect(style.textContent).to.equal(
        "\n  dose-range {\n    --kw-radius: 12px;\n    --kw-font-family: Georgia, 'Times New Roman', serif;\n  }\n",
      );
    });

    it('writes no <style> when there is no custom property', () => {
      expect(buildSnippet({ tag: 'dose-range', controls, values: {}, customProperties: [] })).not.to.contain('<style>');
    });

    it('puts one attribute on each line when the element would be long', () => {
      const snippet = buildSnippet({
        tag: 'dose-range',
        controls,
        values: { weight: '80', unit: 'lb', lang: 'es', 'color-scheme': 'dark', 'heading-level': '3', note: 'A clinic note' },
      });
      const element = snippet.slice(snippet.indexOf('<dose-range'));
      expect(element).to.equal(
        '<dose-range\n  weight="80"\n  unit="lb"\n  note="A clinic note"\n  lang="es"\n  heading-level="3"\n  color-scheme="dark"\n></dose-range>',
      );
      expect(parse(snippet).el.getAttribute('note')).to.equal('A clinic note');
    });

    it('rejects a tag that is not a custom element name', () => {
      expect(() => buildSnippet({ tag: 'script', controls, values: {} })).to.throw(RangeError);
    });

    it('is the coloured tokens joined, so what is shown is what is copied', () => {
      const input = {
        tag: 'dose-range',
        controls,
        values: { weight: '80', compact: true },
        theme: 'warm',
        customProperties: [['--kw-radius', '0'] as const],
      };
      const tokens = snippetTokens(input);
      expect(tokens.map((t) => t.text).join('')).to.equal(buildSnippet(input));
      expect(tokens.some((t) => t.kind === 'attr' && t.text === 'weight')).to.equal(true);
      expect(tokens.some((t) => t.kind === 'property' && t.text === '--kw-radius')).to.equal(true);
    });

    it('round-trips any attribute text through the HTML parser', () => {
      const note = controlFor({ name: 'note', type: { text: 'string' } });
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
          fc.pre(text.trim() !== '' && !/[\r\0]/.test(text));
          const { el } = parse(buildSnippet({ tag: 'dose-range', controls: [note], values: { note: text } }));
          return el?.getAttribute('note') === text.trim() && el.attributes.length === 1;
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('escapeAttribute', () => {
    it('escapes & first, so entities in the text stay literal', () => {
      expect(escapeAttribute('&quot; & "')).to.equal('&amp;quot; &amp; &quot;');
    });
  });

  describe('isSafeCssValue', () => {
    for (const ok of ['#c2410c', '12px', '0', "Georgia, 'Times New Roman', serif", 'rgb(10 20 30 / 50%)']) {
      it(`accepts ${ok}`, () => expect(isSafeCssValue(ok)).to.equal(true));
    }
    for (const bad of ['', '  ', 'red;', 'a { b', '}', '</style>', 'red !important', 'a\\62', '/* x */', "'open", 'a\nb']) {
      it(`rejects ${JSON.stringify(bad)}`, () => expect(isSafeCssValue(bad)).to.equal(false));
    }
  });

  describe('reserveUrlFor', () => {
    it('puts ketamine-widgets.css beside the script, without its query', () => {
      expect(reserveUrlFor('./ketamine-widgets.js')).to.equal('./ketamine-widgets.css');
      expect(reserveUrlFor('https://cdn.example.org/kw/1.0/kw.js?v=2')).to.equal('https://cdn.example.org/kw/1.0/ketamine-widgets.css');
      expect(reserveUrlFor('')).to.equal('./ketamine-widgets.css');
    });
  });

  describe('themeUrlFor', () => {
    it('puts themes/ beside the script, without its query', () => {
      expect(themeUrlFor('./ketamine-widgets.js', 'calm')).to.equal('./themes/calm.css');
      expect(themeUrlFor('ketamine-widgets.js', 'warm')).to.equal('themes/warm.css');
      expect(themeUrlFor('/assets/kw/ketamine-widgets.js?v=3#x', 'contrast')).to.equal('/assets/kw/themes/contrast.css');
      expect(themeUrlFor('', 'calm')).to.equal('./themes/calm.css');
    });

    it('refuses a theme name that could leave the folder', () => {
      expect(() => themeUrlFor('./ketamine-widgets.js', '../evil')).to.throw(RangeError);
    });
  });

  describe('scriptUrlProblem', () => {
    it('accepts relative paths and https addresses', () => {
      for (const url of [
        '',
        './ketamine-widgets.js',
        '/js/ketamine-widgets.js',
        'https://cdn.example.org/ketamine-widgets.js',
        '//cdn.example.org/k.js',
      ]) {
        expect(scriptUrlProblem(url), url).to.equal(null);
      }
    });

    it('warns about http and rejects other schemes or spaces', () => {
      expect(scriptUrlProblem('http://example.org/k.js')?.level).to.equal('warning');
      expect(scriptUrlProblem('javascript:alert(1)')?.level).to.equal('error');
      expect(scriptUrlProblem('data:text/javascript,1')?.level).to.equal('error');
      expect(scriptUrlProblem('https://example.org/my file.js')?.level).to.equal('error');
    });
  });
});
