import { expect } from '@open-wc/testing';
import { ClinicDatasetSchema, DatasetSchema, issuePath, type Dataset } from '../../src/data/schema.js';
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

describe('ClinicDatasetSchema and mergeDataset', () => {
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
        { id: 'our-protocol', title: 'Our protocol', blocks: [{ kind: 'text', text: 'We start at a low dose.', sources: [en.sources[0].id] }] },
      ],
    });
    const merged = mergeDataset(en, clinic);
    expect(merged.sections.map((s) => s.id)).to.deep.equal([...en.sections.map((s) => s.id), 'our-protocol']);
    expect(merged.sections[0].title).to.equal('What ketamine is, at our clinic');
  });

  it('adds checklist items to an existing group by its id, without repeating the title', () => {
    const group = en.checklist.groups[0];
    const item = { id: 'sleep-apnea', label: 'I have sleep apnea', why: 'Sedation can affect breathing.', question: 'Is sedation safe with my sleep apnea?', sources: [en.sources[0].id] };
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
