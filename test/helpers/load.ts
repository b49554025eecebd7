import { bundledDataset, withClinicDataset } from '../../src/index.js';
import type { Dataset } from '../../src/index.js';

/**
 * The bound on a wait for something that loads (a language's content, a clinic dataset, a page in
 * a frame): most of a test's 10 s, as a busy machine needs it. Waits still end as soon as their
 * condition holds; waitUntil's own default (1 s) is too short for a load under CPU load.
 */
export const LOADS = { timeout: 8000 } as const;

/**
 * Loads the chunks the elements fetch on demand, the Spanish content and the clinic-dataset
 * validator, once before the tests of the enclosing `describe` (or file). The first fetch of each
 * goes through the test server's transform and can take seconds on a busy machine; in a `before`
 * hook it has its own time budget, so a test's timeout measures the behaviour it tests, not a
 * cold module load. The elements still load the chunks themselves; they are then in the module map.
 * A file with a test that needs a chunk cold loads only the others.
 */
export function loadLazyChunks(chunks: ReadonlyArray<'es' | 'validator'> = ['es', 'validator']): void {
  before(async function () {
    this.timeout(60_000);
    await Promise.all([
      chunks.includes('es') && bundledDataset('es'),
      // Any input loads the validator; whether '{}' is a valid clinic dataset does not matter here.
      chunks.includes('validator') && withClinicDataset(bundledDataset('en') as Dataset, { inline: '{}' }).catch(() => undefined),
    ]);
  });
}
