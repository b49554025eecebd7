// Validates every bundled dataset against the zod schema; a broken dataset fails the build and
// the tests with the zod path of each problem. With --schema-out FILE it also writes the JSON
// Schema of a clinic dataset (generated from the same zod schema) for clinics' editors.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { BundledDatasetSchema, ClinicDatasetSchema, issuePath } from '../src/data/schema.js';
import { reviewWarning } from '../src/data/review.js';
import { LOCALES } from '../src/data/locales.js';

let failed = false;
for (const locale of LOCALES) {
  const file = `src/data/ketamine.${locale}.json`;
  if (!existsSync(file)) {
    console.error(`${file}: missing (every language in LOCALES needs a dataset)`);
    failed = true;
    continue;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not valid JSON: ${(e as Error).message}`);
    failed = true;
    continue;
  }
  const result = BundledDatasetSchema.safeParse(data);
  if (!result.success) {
    failed = true;
    for (const issue of result.error.issues) console.error(`${file}: ${issuePath(issue.path)}: ${issue.message}`);
  } else if (result.data.meta.locale !== locale) {
    failed = true;
    console.error(`${file}: meta.locale: is "${result.data.meta.locale}", expected "${locale}"`);
  } else {
    console.log(`${file}: valid (${result.data.sections.length} sections, ${result.data.sources.length} sources)`);
    // A warning, not a failure: an overdue review must be seen, but must not stop a security fix.
    const warning = reviewWarning(file, result.data.meta, new Date().toISOString().slice(0, 10));
    if (warning) console.warn(`warning: ${warning}`);
  }
}

const i = process.argv.indexOf('--schema-out');
if (i > 0 && !failed) {
  const out = process.argv[i + 1];
  const schema = {
    ...z.toJSONSchema(ClinicDatasetSchema, { unrepresentable: 'any', io: 'input' }),
    $id: 'https://unpkg.com/ketamine-widgets/dist/ketamine-dataset.schema.json',
    title: 'ketamine-widgets clinic dataset',
    description:
      'A clinic dataset for <ketamine-facts>, <dose-range> and <risk-checklist> (src attribute or inline JSON). Any part of the bundled dataset; items with a known id replace, new ids are added.',
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${out}`);
}
process.exit(failed ? 1 : 0);
