import { expect } from '@open-wc/testing';
import { queueFirstRender } from '../../src/internal/scheduler.js';

describe('queueFirstRender', () => {
  it('runs first renders in order, in a task of their own: not in the one that queued them', async () => {
    const ran: string[] = [];
    const a = queueFirstRender(() => void ran.push('a'));
    const b = queueFirstRender(() => void ran.push('b'));
    // Every microtask of this task, however many, comes before them.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(ran).to.deep.equal([]);
    await Promise.all([a, b]);
    expect(ran).to.deep.equal(['a', 'b']);
  });

  it('settles each render on its own: a render that throws rejects its promise only', async () => {
    const failing = queueFirstRender(() => {
      throw new Error('render failed');
    });
    const fine = queueFirstRender(() => undefined);
    let reason: unknown;
    await failing.catch((e: unknown) => (reason = e));
    await fine;
    expect((reason as Error).message).to.equal('render failed');
  });

  it('runs a unit that asks again (returns true) first in the queue until it is done, then what was queued after it', async () => {
    const ran: string[] = [];
    let left = 3;
    const steps = queueFirstRender(() => {
      ran.push(`step ${left}`);
      return --left > 0;
    });
    const after = queueFirstRender(() => void ran.push('render'));
    let settled = false;
    void steps.then(() => (settled = true));
    await after;
    expect(ran).to.deep.equal(['step 3', 'step 2', 'step 1', 'render']);
    expect(settled).to.equal(true);
  });

  it('gives each step its turn: steps of a long job spread over tasks instead of one', async () => {
    // Each step takes longer than a slice (10 ms), so each must start a task of its own. A step
    // run in the same task as the one before finds that one's microtask still pending.
    const sameTask: boolean[] = [];
    let pending = false;
    let left = 4;
    await queueFirstRender(() => {
      sameTask.push(pending);
      pending = true;
      queueMicrotask(() => (pending = false));
      const end = performance.now() + 12;
      while (performance.now() < end) {
        // busy: a step longer than a slice
      }
      return --left > 0;
    });
    expect(sameTask).to.deep.equal([false, false, false, false]);
  });
});
