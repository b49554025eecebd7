import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/index.js';

/**
 * The bound on a wait for something that loads (a language's content, a clinic dataset, a page in
 * a frame): most of a test's 30 s, as a busy machine needs it. Waits still end as soon as their
 * condition holds; waitUntil's own default (1 s) is too short for a load under CPU load.
 */
export const LOADS = { timeout: 20000 } as const;

/** What `preload` can load: the Spanish content, the clinic-dataset validator, axe-core. */
export type OnDemand = 'es' | 'validator' | 'axe';

/**
 * Loads, once before the tests of the enclosing `describe` (or file), the modules that are
 * otherwise fetched the first time a test needs them: the elements' Spanish content and
 * clinic-dataset validator (chunks of their own), and axe-core (half a megabyte, for
 * `to.be.accessible()`). The first fetch of each goes through the test server and can take
 * seconds on a busy machine; in a `before` hook it has its own time budget, so a test's 30 s
 * measure the behaviour it tests, not a cold module load. The elements still load the chunks
 * themselves; they are then in the module map. A file with a test that needs one cold leaves it out.
 */
export function preload(which: readonly OnDemand[] = ['es', 'validator', 'axe']): void {
  before(async function () {
    this.timeout(60_000);
    // Imported here, not at the top: a file that only needs LOADS loads no element code for it.
    const { bundledDataset, withClinicDataset } = await import('../../src/index.js');
    await Promise.all([
      which.includes('es') && bundledDataset('es'),
      // Any input loads the validator; whether '{}' is a valid clinic dataset does not matter here.
      which.includes('validator') && withClinicDataset(bundledDataset('en') as Dataset, { inline: '{}' }).catch(() => undefined),
      which.includes('axe') && axeOnce(),
    ]);
  });
}

/** Runs axe once on a plain paragraph, which loads and sets it up. */
async function axeOnce(): Promise<void> {
  const p = document.createElement('p');
  p.textContent = 'axe-core, loaded ahead';
  document.body.append(p);
  try {
    await expect(p).to.be.accessible();
  } finally {
    p.remove();
  }
}
