import { expect } from '@open-wc/testing';
import { BundledDatasetSchema, ClinicDatasetSchema, DOSE_SANITY, DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
import { mergeDataset } from '../../src/data/clinic.js';
import enJson from '../../src/data/ketamine.en.json';

const en = enJson as unknown as Dataset;
const clone = <T>(v: T): T => structuredClone(v);

/** The paths of every issue zod reports for `data`. */
function paths(data: unknown): string[] {
  const result = DatasetSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => issuePath(i.path));
}

describe('DatasetSchema', () => {
  it('accepts the bundled English dataset', () => {
    expect(paths(en)).to.deep.equal([]);
  });

  it('names the field of a missing disclaimer', () => {
    const data = clone(en) as unknown as { meta: Partial<Dataset['meta']> };
    delete data.meta.disclaimer;
    expect(paths(data)).to.deep.equal(['meta.disclaimer']);
  });

  it('rejects keys it does not know, so a typo cannot pass silently', () => {
    const data = clone(en) as Dataset & { meta: { lastReveiwed?: string } };
    data.meta.lastReveiwed = '2026-01-01';
    expect(paths(data)).to.deep.equal(['meta']);
  });

  it('rejects a claim without a source, and a source id nobody defined', () => {
    const data = clone(en);
    const block = data.sections[0].blocks[0];
    if (block.kind === 'list') block.items[0].sources = [];
    else block.sources = ['nobody'];
    expect(paths(data)[0]).to.match(/^sections\.0\.blocks\.0\.(items\.0\.)?sources/);
  });

  it('rejects duplicate section ids, which pages pick sections by', () => {
    const data = clone(en);
    data.sections[1].id = data.sections[0].id;
    expect(paths(data)).to.deep.equal(['sections.1.id']);
  });

  it('rejects a dose range upside down and weight bounds that exclude everyone', () => {
    const data = clone(en);
    data.dose.mgPerKgMin = 3;
    data.dose.weightKgMin = 400;
    expect(paths(data)).to.have.members(['dose.mgPerKgMax', 'dose.weightKgMax']);
  });

  it('rejects non-https links and malformed DOIs and dates', () => {
    const data = clone(en);
    data.sources[0].url = 'http://example.org';
    data.sources[1].doi = 'doi.org/123';
    data.meta.lastReviewed = '25/11/2026';
    expect(paths(data)).to.have.members(['sources.0.url', 'sources.1.doi', 'meta.lastReviewed']);
  });
});

describe('DatasetSchema: review dates, limits and sign-off', () => {
  it('wants a next review date after the last review', () => {
    const data = clone(en);
    data.meta.nextReview = data.meta.lastReviewed;
    expect(paths(data)).to.deep.equal(['meta.nextReview']);
    delete (data.meta as Partial<Dataset['meta']>).nextReview;
    expect(paths(data)).to.deep.equal(['meta.nextReview']);
  });

  it('wants a source for the weight bounds, and one it knows', () => {
    const data = clone(en);
    data.dose.limitSources = ['nobody'];
    expect(paths(data)).to.deep.equal(['dose.limit.sources.0']);
    delete (data.dose as Partial<Dataset['dose']>).limitSources;
    expect(paths(data)).to.deep.equal(['dose.limitSources']);
  });

  it('takes a positive cap on the total dose', () => {
    const data = clone(en);
    data.dose.maxTotalMg = 200;
    expect(paths(data)).to.deep.equal([]);
    data.dose.maxTotalMg = -1;
    expect(paths(data)).to.deep.equal(['dose.maxTotalMg']);
  });

  it('takes a clinical sign-off with a name, credentials and an ISO date', () => {
    const data = clone(en);
    data.clinic = { name: 'North Clinic', signOff: { name: 'Dr. Ana Ruiz', credentials: 'MD, pain medicine', date: '2026-11-30' } };
    expect(paths(data)).to.deep.equal([]);
    data.clinic.signOff!.date = '30/11/2026';
    expect(paths(data)).to.deep.equal(['clinic.signOff.date']);
    delete (data.clinic.signOff as Partial<NonNullable<Dataset['clinic']>['signOff']>)!.credentials;
    expect(paths(data)).to.include('clinic.signOff.credentials');
  });
});

describe('BundledDatasetSchema', () => {
  const bundledPaths = (data: unknown) => {
    const result = BundledDatasetSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
  };

  it('accepts the bundled English dataset', () => {
    expect(bundledPaths(en)).to.deep.equal([]);
  });

  it('wants every source to say its kind and when it was checked, not after the review', () => {
    const data = clone(en);
    delete data.sources[0].kind;
    delete data.sources[1].checked;
    data.sources[2].checked = '2099-01-01';
    expect(bundledPaths(data)).to.deep.equal([
      'sources.0.kind: say what kind of source this is',
      'sources.1.checked: give the date the source was checked',
      'sources.2.checked: is after meta.lastReviewed',
    ]);
  });

  it('wants an identifier for every checked source, and a revision date with a DailyMed set id', () => {
    const data = clone(en);
    const i = data.sources.findIndex((s) => s.id === 'orhurhu-2019');
    const label = data.sources.findIndex((s) => s.dailyMedSetId);
    delete data.sources[i].doi;
    delete data.sources[i].pmid;
    delete data.sources[label].revised;
    expect(bundledPaths(data)).to.deep.equal(
      [
        `sources.${i}: a checked source needs a PMID, DOI, web address or DailyMed set id`,
        `sources.${label}.revised: a DailyMed set id needs the revision date`,
      ].sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])),
    );
  });

  it('keeps "unverified" for the consumer article and editorial notes only', () => {
    const data = clone(en);
    const article = data.sources.findIndex((s) => s.id === 'article');
    data.sources[article].verified = true;
    data.sources[0].verified = false;
    expect(bundledPaths(data)).to.have.members([
      'sources.0.verified: only the consumer article and editorial notes are unverified',
      `sources.${article}.verified: only the consumer article and editorial notes are unverified`,
      `sources.${article}: a checked source needs a PMID, DOI, web address or DailyMed set id`,
    ]);
  });

  it('does not hold clinic datasets to these rules', () => {
    const merged = mergeDataset(
      en,
      ClinicDatasetSchema.parse({
        sources: [{ id: 'our-protocol', short: 'Our protocol', title: 'Infusion protocol', publisher: 'North Clinic', verified: true }],
      }),
    );
    expect(DatasetSchema.safeParse(merged).success).to.equal(true);
  });
});

describe('ClinicDatasetSchema and mergeDataset', () => {
  it('names each dose figure outside its sanity bounds (a typing error, or one the arithmetic cannot carry)', () => {
    const clinicPaths = (dose: object) => {
      const result = ClinicDatasetSchema.safeParse({ dose });
      return result.success ? [] : result.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
    };
    expect(clinicPaths({ mgPerKgMin: 1e-102, mgPerKgMax: 1e307 })).to.deep.equal([
      'dose.mgPerKgMin: must be a number from 0.001 to 50 mg per kg',
      'dose.mgPerKgMax: must be a number from 0.001 to 50 mg per kg',
    ]);
    expect(clinicPaths({ weightKgMin: 0.5, weightKgMax: 1000, maxTotalMg: 1e9 })).to.deep.equal([
      'dose.weightKgMin: must be a number from 1 to 500 kg',
      'dose.weightKgMax: must be a number from 1 to 500 kg',
      'dose.maxTotalMg: must be a number from 0.001 to 25000 mg',
    ]);
    const [mgMin, mgMax] = DOSE_SANITY.mgPerKg;
    const [kgMin, kgMax] = DOSE_SANITY.weightKg;
    const [capMin, capMax] = DOSE_SANITY.totalMg;
    expect(clinicPaths({ mgPerKgMin: mgMin, mgPerKgMax: mgMax, weightKgMin: kgMin, weightKgMax: kgMax, maxTotalMg: capMin })).to.deep.equal(
      [],
    );
    expect(clinicPaths({ maxTotalMg: capMax })).to.deep.equal([]);
  });

  it('accepts a partial document: just a dose range and a contact line', () => {
    const clinic = { dose: { mgPerKgMin: 0.3 }, clinic: { name: 'North Clinic', contact: 'Call 555-0101' } };
    expect(ClinicDatasetSchema.safeParse(clinic).success).to.equal(true);
    const merged = mergeDataset(en, ClinicDatasetSchema.parse(clinic));
    expect(merged.dose.mgPerKgMin).to.equal(0.3);
    expect(merged.dose.mgPerKgMax).to.equal(en.dose.mgPerKgMax);
    expect(merged.clinic?.contact).to.equal('Call 555-0101');
    expect(DatasetSchema.safeParse(merged).success).to.equal(true);
  });

  it('replaces a section by id and appends a new one, keeping the order of the rest', () => {
    const first = en.sections[0];
    const clinic = ClinicDatasetSchema.parse({
      sections: [
        { ...first, title: 'What ketamine is, at our clinic' },
        {
          id: 'our-protocol',
          title: 'Our protocol',
          blocks: [{ kind: 'text', text: 'We start at a low dose.', sources: [en.sources[0].id] }],
        },
      ],
    });
    const merged = mergeDataset(en, clinic);
    expect(merged.sections.map((s) => s.id)).to.deep.equal([...en.sections.map((s) => s.id), 'our-protocol']);
    expect(merged.sections[0].title).to.equal('What ketamine is, at our clinic');
  });

  it('adds checklist items to an existing group by its id, without repeating the title', () => {
    const group = en.checklist.groups[0];
    const item = {
      id: 'sleep-apnea',
      label: 'I have sleep apnea',
      why: 'Sedation can affect breathing.',
      question: 'Is sedation safe with my sleep apnea?',
      sources: [en.sources[0].id],
    };
    const merged = mergeDataset(en, ClinicDatasetSchema.parse({ checklist: { groups: [{ id: group.id, items: [item] }] } }));
    expect(merged.checklist.groups[0].title).to.equal(group.title);
    expect(merged.checklist.groups[0].items.map((i) => i.id)).to.deep.equal([...group.items.map((i) => i.id), 'sleep-apnea']);
    expect(DatasetSchema.safeParse(merged).success).to.equal(true);
  });

  it('never changes the bundled dataset it merges over', () => {
    const before = JSON.stringify(en);
    mergeDataset(en, ClinicDatasetSchema.parse({ dose: { mgPerKgMax: 1 }, sections: [{ ...en.sections[0], title: 'x' }] }));
    expect(JSON.stringify(en)).to.equal(before);
  });

  it('reports the path of a wrong type in a clinic file', () => {
    const result = ClinicDatasetSchema.safeParse({ dose: { durationMinutes: 'sixty' } });
    expect(result.success).to.equal(false);
    expect(issuePath(result.error!.issues[0].path)).to.equal('dose.durationMinutes');
  });
});
