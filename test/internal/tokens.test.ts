/**
 * The theme's custom properties as public API (after Material Web's token tests): every private
 * token (`--_kw-*`) a style reads is defined, every one defined is read, and every public token
 * (`--kw-*`) a style reads is documented, in the README's theming table or the manifest.
 */
import { expect } from '@open-wc/testing';
import { hostStyles } from '../../src/internal/styles.js';
import { styles as facts } from '../../src/components/ketamine-facts/ketamine-facts.styles.js';
import { styles as dose } from '../../src/components/dose-range/dose-range.styles.js';
import { styles as checklist } from '../../src/components/risk-checklist/risk-checklist.styles.js';
import manifest from '../../custom-elements.json';
import { TAGS } from '../../src/internal/tags.js';

const sheets = {
  host: hostStyles.cssText,
  'ketamine-facts': facts.cssText,
  'dose-range': dose.cssText,
  'risk-checklist': checklist.cssText,
};
const all = Object.values(sheets).join('\n');
const names = (re: RegExp, text: string) => new Set([...text.matchAll(re)].map((m) => m[1]));

describe('theme tokens', () => {
  const defined = names(/(--_kw-[\w-]+)\s*:/g, all);
  const read = names(/var\(\s*(--_kw-[\w-]+)/g, all);

  before(async () => {
    // Some private tokens are set from the element's code (the dose bar's positions, via cssVars).
    for (const tag of TAGS) {
      const code = await (await fetch(`/src/components/${tag}/${tag}.ts`)).text();
      for (const token of names(/['"`](--_kw-[\w-]+)['"`]/g, code)) defined.add(token);
    }
  });

  it('reads no private token that is never defined', () => {
    expect([...read].filter((t) => !defined.has(t))).to.deep.equal([]);
  });

  it('defines no private token that nothing reads', () => {
    expect([...defined].filter((t) => !read.has(t))).to.deep.equal([]);
  });

  it('documents every public token the styles read', async () => {
    const readme = await (await fetch('/README.md')).text();
    const documented = new Set([
      ...names(/`(--kw-[\w-]+)`/g, readme),
      ...(manifest.modules as { declarations?: { cssProperties?: { name: string }[] }[] }[]).flatMap((m) =>
        (m.declarations ?? []).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
      ),
    ]);
    // A `-dark` twin is documented by the README's rule for every colour ("each colour has a dark twin").
    const publicTokens = [...names(/var\(\s*(--kw-[\w-]+)/g, all)].map((t) => t.replace(/-dark$/, ''));
    expect([...new Set(publicTokens)].filter((t) => !documented.has(t))).to.deep.equal([]);
  });

  it('gives every element its own knobs under its tag name', () => {
    for (const tag of TAGS) {
      const own = [...names(/var\(\s*(--kw-[\w-]+)/g, sheets[tag])].filter((t) => !names(/var\(\s*(--kw-[\w-]+)/g, sheets.host).has(t));
      const misplaced = own.filter((t) => !t.startsWith(`--kw-${tag}-`) && !/^--kw-(color|font|radius|space|max-width|heading)/.test(t));
      expect(misplaced, tag).to.deep.equal([]);
    }
  });
});
