import { expect } from '@open-wc/testing';
import { DEFAULT_LOOK, FONT_CHOICES, customPropertiesFor, sanitizeLook } from '../../demo/configurator/look.js';
import { fromHash, toHash, type SharedConfig } from '../../demo/configurator/share.js';

const georgia = FONT_CHOICES.find((f) => f.id === 'georgia')!.value;

describe('share.ts (a configuration in the page address)', () => {
  it('writes only what differs from the defaults, and nothing at all for the default configuration', () => {
    expect(
      toHash({ tag: 'ketamine-facts', values: {}, look: DEFAULT_LOOK, scriptUrl: './ketamine-widgets.js' }, 'ketamine-facts'),
    ).to.equal('');
    expect(toHash({ tag: 'dose-range', values: {}, look: DEFAULT_LOOK, scriptUrl: '' }, 'ketamine-facts')).to.equal('dose-range');
  });

  it('round-trips a full configuration', () => {
    const config: SharedConfig = {
      tag: 'dose-range',
      values: { weight: '80', lang: 'es', 'color-scheme': 'dark', note: 'a&b=c #d', compact: true, empty: '' },
      look: { theme: 'warm', accent: '#c2410c', accentDark: '#ff9f1c', font: georgia, radius: '12' },
      scriptUrl: 'https://cdn.example.org/kw/ketamine-widgets.js?v=1&x=2',
    };
    const hash = toHash(config, 'ketamine-facts');
    expect(hash.startsWith('dose-range&weight=80&lang=es&color-scheme=dark&')).to.equal(true);
    const back = fromHash(`#${hash}`);
    expect(back.tag).to.equal('dose-range');
    expect(back.values).to.deep.equal({ weight: '80', lang: 'es', 'color-scheme': 'dark', note: 'a&b=c #d', compact: 'true' });
    expect(back.look).to.deep.equal(config.look);
    expect(back.scriptUrl).to.equal(config.scriptUrl);
  });

  it('reads a hash without a tag, and an empty one', () => {
    expect(fromHash('#lang=es').tag).to.equal(undefined);
    expect(fromHash('#lang=es').values).to.deep.equal({ lang: 'es' });
    expect(fromHash('')).to.deep.equal({});
  });

  it('drops unusable look values from an edited link', () => {
    const look = sanitizeLook({ theme: '../x', accent: 'red', accentDark: '#FF9F1C', font: 'Comic Sans', radius: '99' }, ['calm']);
    expect(look).to.deep.equal({ theme: '', accent: '', accentDark: '#ff9f1c', font: '', radius: '' });
    expect(sanitizeLook({ radius: '0', theme: 'calm' }, ['calm'])).to.deep.include({ radius: '0', theme: 'calm' });
  });
});

describe('look.ts', () => {
  const look = { theme: '', accent: '#112233', accentDark: '#ddeeff', font: georgia, radius: '0' };

  it('writes both accents for auto, and only the one in use for light or dark', () => {
    expect(customPropertiesFor(look, 'auto').map(([n]) => n)).to.deep.equal([
      '--kw-color-accent',
      '--kw-color-accent-dark',
      '--kw-font-family',
      '--kw-radius',
    ]);
    expect(customPropertiesFor(look, 'light').map(([n]) => n)).to.not.include('--kw-color-accent-dark');
    expect(customPropertiesFor(look, 'dark').map(([n]) => n)).to.not.include('--kw-color-accent');
  });

  it('writes a zero radius as 0 and leaves unset values out', () => {
    expect(customPropertiesFor(look, 'light')).to.deep.include(['--kw-radius', '0']);
    expect(customPropertiesFor(DEFAULT_LOOK, 'auto')).to.deep.equal([]);
  });
});
