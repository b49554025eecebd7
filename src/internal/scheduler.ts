/**
 * First renders are time-sliced: elements upgraded together (the drop-in defining every element
 * already on the page) render one after another in one task until it has run SLICE_MS, and the
 * rest continue in the next task, so a page with many widgets never gets one long task.
 *
 * The first slice starts in a task of its own, not in the one that queued it: that one is the
 * script's evaluation, with every element's upgrade, and a first render on top made it the page's
 * longest task (on a phone-speed CPU, 4x slower: longest task 0.38x, total blocking time 0.55x,
 * LCP 1.00x; bench/README.md, cause 10).
 */
const SLICE_MS = 10;
const firstRenders: Array<() => void> = [];
let draining = false;
const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve));
};
function drainFirstRenders(): void {
  const end = performance.now() + SLICE_MS;
  while (firstRenders.length) {
    firstRenders.shift()!();
    if (firstRenders.length && performance.now() >= end) {
      void nextTask().then(drainFirstRenders);
      return;
    }
  }
  draining = false;
}

/** Runs `render` in its turn among the first renders queued together; settles when it has run. */
export function queueFirstRender(render: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    firstRenders.push(() => {
      try {
        render();
        resolve();
      } catch (e) {
        reject(e);
      }
    });
    if (!draining) {
      draining = true;
      void nextTask().then(drainFirstRenders);
    }
  });
}
