import { expect } from '@open-wc/testing';
import { queueFirstRender } from '../../src/internal/scheduler.js';

describe('queueFirstRender', () => {
  it('runs first renders in order, in a task of their own: not in the one that queued them', async () => {
    const ran: string[] = [];
    const a = queueFirstRender(() => ran.push('a'));
    const b = queueFirstRender(() => ran.push('b'));
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
});
