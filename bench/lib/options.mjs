// The command line of `npm run bench` (see bench/README.md for each option).
export function parseOptions(argv = process.argv.slice(2)) {
  const flag = (name) => argv.includes(name);
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  // --quick: one run of everything, no 1,000-copy page, one Lighthouse run per page (development).
  const quick = flag('--quick');
  const runs = Math.max(1, Number(option('--runs', quick ? 1 : 5)) || 5);
  const copies = option('--copies', quick ? '1,10,100' : '1,10,100,1000')
    .split(',')
    .map(Number);
  return {
    quick,
    runs,
    runs1000: Math.max(1, Math.min(runs, Number(option('--runs-1000', 1)) || 1)),
    twinCss: option('--twin-css', 'link'),
    check: flag('--check'),
    json: option('--json', null),
    copies,
    // Heap per copy is linear in the copies (100 and 1,000 agree within 4 %); 1,000 would add minutes of GC.
    heapCopies: [100].filter((k) => copies.includes(k)),
    clsDelay: Number(option('--cls-delay', 1500)),
    clsRuns: Math.min(runs, 2),
    lighthouseRuns: Math.max(1, Number(option('--lighthouse-runs', Math.min(runs, 3))) || 1),
    build: !flag('--no-build'),
    lighthouse: !flag('--no-lighthouse'),
    firefox: !flag('--no-firefox'),
    // --only sizes,render,…: run only these scenarios (and what they need; see run.mjs).
    only: option('--only', null)?.split(',') ?? null,
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    firefoxPath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  };
}
