import { expect } from '@open-wc/testing';
import { ClinicDatasetSchema, DOSE_SANITY } from '../../src/data/schema.js';

/** `npm test` builds dist/ before the browser tests; this is the file clinics' editors use. */
describe('the published JSON Schema of a clinic dataset', () => {
  let schema: {
    $schema: string;
    title: string;
    properties: Record<
      string,
      { properties?: Record<string, { type?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number }> }
    >;
    additionalProperties: boolean;
  };
  before(async () => {
    const response = await fetch('/raw/dist/ketamine-dataset.schema.json');
    expect(response.ok, 'dist/ketamine-dataset.schema.json exists').to.equal(true);
    schema = await response.json();
  });

  it('is a JSON Schema with a title for editors', () => {
    expect(schema.$schema).to.match(/json-schema\.org/);
    expect(schema.title).to.contain('clinic dataset');
  });

  it('has exactly the top-level fields the zod schema accepts, and rejects others', () => {
    expect(Object.keys(schema.properties).sort()).to.deep.equal(Object.keys(ClinicDatasetSchema.shape).sort());
    expect(schema.additionalProperties).to.equal(false);
  });

  it('describes the dose fields a clinic sets, with their types', () => {
    const dose = schema.properties.dose.properties!;
    expect(dose.mgPerKgMin.type).to.equal('number');
    expect(dose.durationMinutes.type).to.equal('integer');
    // The sanity bounds reach editors and the WordPress form as minimum and maximum.
    expect(dose.weightKgMax).to.include({ minimum: DOSE_SANITY.weightKg[0], maximum: DOSE_SANITY.weightKg[1] });
    expect(dose.mgPerKgMax).to.include({ minimum: DOSE_SANITY.mgPerKg[0], maximum: DOSE_SANITY.mgPerKg[1] });
    expect(dose.maxTotalMg).to.include({ minimum: DOSE_SANITY.totalMg[0], maximum: DOSE_SANITY.totalMg[1] });
  });
});
