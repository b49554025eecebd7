import { expect, fixture } from '@open-wc/testing';
import { citation } from '../../src/internal/templates.js';
import { commonStrings } from '../../src/internal/strings.js';
import type { Dataset } from '../../src/data/dataset.js';
import enJson from '../../src/data/ketamine.en.json';
import { textOf } from '../helpers/text.js';

const en = enJson as unknown as Dataset;
const s = commonStrings.en;
const data: Dataset = {
  ...en,
  sources: [
    { id: 'label', short: 'FDA drug label', title: 'Ketamine injection label', publisher: 'FDA', verified: true },
    {
      id: 'cohen',
      short: 'Cohen and others, 2018',
      authors: 'Cohen SP, Bhatia A, et al.',
      title: 'Guidelines',
      publisher: 'Reg Anesth Pain Med',
      year: 2018,
      details: '43(5):521–546',
      doi: '10.1097/AAP.0000000000000808',
      verified: true,
    },
    {
      id: 'article',
      short: 'Consumer article',
      title: 'Ketamine therapy for chronic pain',
      publisher: 'Consumer health article',
      verified: false,
    },
  ],
};

describe('citation', () => {
  it('joins short citations with semicolons and puts one full stop before a link and at the end', async () => {
    const el = await fixture(citation(data, ['label', 'cohen'], s));
    expect(textOf(el)).to.equal(
      `Sources: FDA drug label; Cohen and others, 2018. ${s.doiLink.replace('{doi}', '10.1097/AAP.0000000000000808')} ${s.opensInNewTab}`,
    );
    expect(textOf(el)).not.to.contain('.;');
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://doi.org/10.1097/AAP.0000000000000808');
  });

  it('ends a lone citation without a link with a full stop', async () => {
    const el = await fixture(citation(data, ['label'], s));
    expect(textOf(el)).to.equal('Source: FDA drug label.');
  });

  it('prints authors ending in "et al." with a single full stop in a full citation', async () => {
    const el = await fixture(citation(data, ['cohen'], s, true));
    expect(textOf(el)).to.contain('Cohen SP, Bhatia A, et al. Guidelines. Reg Anesth Pain Med. 2018;43(5):521–546.');
    expect(textOf(el)).not.to.contain('..');
  });

  it('says plainly when a claim rests only on the consumer article', async () => {
    const el = await fixture(citation(data, ['article'], s));
    expect(textOf(el)).to.equal(`Source: ${s.notVerified}`);
  });
});
