import { expect, fixture, html } from '@open-wc/testing';
import manifestJson from '../../custom-elements.json';
import '../../src/ketamine-widgets.js';
import { contrastRatio, parseColor } from '../../demo/configurator/contrast.js';
import { elementsOf, type Manifest } from '../../demo/configurator/manifest.js';
import { lengthToPx, tokensOf, tokensOfSheet } from '../../demo/configurator/tokens.js';
import { THEME_PRESETS } from '../../demo/configurator/themes.js';

const elements = elementsOf(manifestJson as unknown as Manifest);

/** What the configurator's pickers and contrast check need from every element. */
const NEEDED = [
  '--kw-color-accent',
  '--kw-color-accent-dark',
  '--kw-color-bg',
  '--kw-color-bg-dark',
  '--kw-color-on-accent',
  '--kw-color-on-accent-dark',
];

describe('tokens.ts and contrast.ts', () => {
  it('reads the built-in defaults of every element from the manifest', () => {
    expect(elements.length).to.be.greaterThan(0);
    for (const element of elements) {
      const tokens = tokensOf(element);
      for (const name of NEEDED) expect(parseColor(tokens.get(name) ?? ''), `${element.tag} ${name}`).to.not.equal(undefined);
      expect(lengthToPx(tokens.get('--kw-radius')), `${element.tag} --kw-radius`).to.be.a('number');
    }
  });

  it('the manifest defaults are what a widget really uses, light and dark', async () => {
    const tokens = tokensOf(elements.find((e) => e.tag === 'dose-range'));
    for (const scheme of ['light', 'dark'] as const) {
      const el = await fixture(html`<dose-range color-scheme=${scheme}></dose-range>`);
      const style = getComputedStyle(el);
      const suffix = scheme === 'dark' ? '-dark' : '';
      for (const color of ['accent', 'on-accent', 'text', 'muted', 'bg', 'surface', 'border', 'danger', 'focus']) {
        const used = style.getPropertyValue(`--_kw-${color}`).trim();
        expect(used, `--kw-color-${color}${suffix}`).to.equal(tokens.get(`--kw-color-${color}${suffix}`));
      }
      expect(style.getPropertyValue('--_kw-radius').trim()).to.equal(tokens.get('--kw-radius'));
    }
  });

  it('reads each theme preset file with the CSS parser', async () => {
    for (const preset of THEME_PRESETS) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch(preset.url)).text());
      const root = [...sheet.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule)!;
      const tokens = tokensOfSheet(await (await fetch(preset.url)).text());
      expect(tokens.get('--kw-color-accent'), preset.name).to.equal(root.style.getPropertyValue('--kw-color-accent').trim());
      expect(parseColor(tokens.get('--kw-color-accent') ?? ''), preset.name).to.not.equal(undefined);
    }
  });

  it('ignores comments and grouped rules, and keeps values that are functions', () => {
    const tokens = tokensOfSheet(
      '/* :root { --kw-x: 1px; } */ :root { --kw-font-size: max(1rem, 16px); --kw-y: 2px; color: red; } @media print { :root { --kw-y: 3px; } }',
    );
    expect(tokens.has('--kw-x')).to.equal(false);
    expect(tokens.get('--kw-font-size')).to.equal('max(1rem, 16px)');
    expect(tokens.get('--kw-y')).to.equal('2px');
    expect([...tokens.keys()]).to.deep.equal(['--kw-font-size', '--kw-y']);
  });

  it('converts lengths to px', () => {
    expect(lengthToPx('0.5rem')).to.equal(8);
    expect(lengthToPx('12px')).to.equal(12);
    expect(lengthToPx('0')).to.equal(0);
    expect(lengthToPx('calc(1px)')).to.equal(undefined);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#0b5cad', '#ffffff')).to.be.closeTo(6.6, 0.2);
    expect(contrastRatio('rgb(255 255 255 / 50%)', '#000')).to.equal(undefined);
    expect(contrastRatio('rgba(0, 0, 0, 1)', '#777777')).to.be.closeTo(4.69, 0.02);
  });
});
