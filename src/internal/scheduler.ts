/**
 * First renders are time-sliced: elements upgraded together (the drop-in defining every element
 * already on the page) render one after another in one task until it has run SLICE_MS, and the
 * rest continue in the next task, so a page with many widgets never gets one long task.
 *
 * The first slice starts in a task of its own, not in the one that queued it: that one is the
 * script's evaluation, with every element's upgrade, and a first render on top made it the page's
 * longest task (on a phone-speed CPU, 4x slower: longest task 0.38x, total blocking time 0.55x,
 * LCP 1.00x; bench/README.md, cause 10).
 *
 * A unit may be a step of larger work (an element building its frozen copies ahead of its first
 * render, one topic per step): it returns true to run again, first in the queue, so the work is
 * spread over tasks in order and the render that needs it comes after.
 */
const SLICE_MS = 10;
const firstRenders: Array<() => boolean> = [];
let draining = false;
const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve));
};
function drainFirstRenders(): void {
  const end = performance.now() + SLICE_MS;
  while (firstRenders.length) {
    const unit = firstRenders.shift()!;
    if (unit()) firstRenders.unshift(unit);
    if (firstRenders.length && performance.now() >= end) {
      void nextTask().then(drainFirstRenders);
      return;
    }
  }
  draining = false;
}

/**
 * Runs `render` in its turn among the first renders queued together; settles when it has run.
 * A `render` that returns true is called again (first in the queue) and settles when it returns
 * anything else.
 */
export function queueFirstRender(render: () => boolean | void): Promise<void> {
  return new Promise((resolve, reject) => {
    firstRenders.push(() => {
      try {
        if (render() === true) return true;
        resolve();
      } catch (e) {
        reject(e);
      }
      return false;
    });
    if (!draining) {
      draining = true;
      void nextTask().then(drainFirstRenders);
    }
  });
}
