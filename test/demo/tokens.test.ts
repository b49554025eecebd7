import { expect } from '@open-wc/testing';
import { hostStyles } from '../../src/internal/styles.js';
import { contrastRatio, parseColor } from '../../demo/configurator/contrast.js';
import { lengthToPx, tokensFromCss } from '../../demo/configurator/tokens.js';
import { THEME_PRESETS } from '../../demo/configurator/themes.js';

describe('tokens.ts and contrast.ts', () => {
  it('reads the built-in defaults from the shared host styles', () => {
    const tokens = tokensFromCss(hostStyles.cssText);
    for (const name of ['--kw-color-accent', '--kw-color-accent-dark', '--kw-color-bg', '--kw-color-bg-dark', '--kw-color-on-accent']) {
      expect(parseColor(tokens.get(name) ?? ''), name).to.not.equal(undefined);
    }
    expect(lengthToPx(tokens.get('--kw-radius'))).to.be.a('number');
  });

  it('reads each theme preset file, whose declarations win over the fallbacks', async () => {
    for (const preset of THEME_PRESETS) {
      const css = await (await fetch(preset.url)).text();
      const tokens = tokensFromCss(hostStyles.cssText, css);
      const declared = /--kw-color-accent:\s*([^;]+);/.exec(css)![1].trim();
      expect(tokens.get('--kw-color-accent'), preset.name).to.equal(declared);
    }
  });

  it('ignores comments and keeps var() fallbacks that are functions', () => {
    const tokens = tokensFromCss('/* --kw-x: 1px; */ :host { a: var(--kw-font-size, max(1rem, 16px)); --kw-y: 2px; }');
    expect(tokens.has('--kw-x')).to.equal(false);
    expect(tokens.get('--kw-font-size')).to.equal('max(1rem, 16px)');
    expect(tokens.get('--kw-y')).to.equal('2px');
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
