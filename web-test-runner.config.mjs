// Component tests run in real headless Chromium and Firefox ESR (Debian's packages), never jsdom.
// Browsers come from CHROME_PATH / FIREFOX_PATH or Debian's default paths; .ci/run installs them
// (scripts/test.mjs only says what is missing). Set BROWSERS=chromium or BROWSERS=firefox to run one.
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { cspMiddleware, fixturesMiddleware, missingSpanishMiddleware, slowDistMiddleware } from './test/server/plugin.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { a11yCommandsPlugin, MEDIA_FIREFOX_NAME } from './test/server/a11y-commands.mjs';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';
import { packageSourcesPlugin } from './scripts/package-sources.mjs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const only = (process.env.BROWSERS || 'chromium,firefox').split(',');

const chromeArgs = [
  ...CHROMIUM_FLAGS,
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  // Two test pages run at once: neither may be throttled as a background tab.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
      // A second tab in one window is "hidden" and gets no animation frames, which stalls any test
      // that awaits a render. Each page gets its own context, hence its own visible window.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  );
}
/** Firefox ESR as the test runner drives it; `prefs` adds preferences to the usual ones. */
function firefox(prefs = {}) {
  return chromeLauncher({
    puppeteer,
    // Firefox opens every page as a tab of one window and slows a hidden tab's timers to one
    // tick a second, so it runs one test file at a time (beside Chromium's two).
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: {
        // No telemetry or update traffic: the machine reaches no network but the registries.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        ...prefs,
      },
    },
  });
}

if (only.includes('firefox')) browsers.push(firefox());

/*
 * Files that need a browser started a certain way (issue #17, test/a11y/):
 * - MEDIA_FILES need forced colours and reduced motion. Chromium switches them per page (CDP);
 *   Firefox only at launch, through preferences, so they run in a second Firefox that has them.
 * - CHROMIUM_FILES read the accessibility tree or print to PDF, which only Chromium offers here.
 * A full run gives them their own groups; a focused run (`--files`) of only such files swaps the
 * browsers instead. Mixed with other files, they skip in a browser that cannot do their part.
 */
const MEDIA_FILES = ['test/a11y/forced-colors.test.ts', 'test/a11y/reduced-motion.test.ts'];
const CHROMIUM_FILES = ['test/a11y/ax-tree.test.ts', 'test/a11y/print.test.ts'];
const mediaFirefox = () => {
  const launcher = firefox({ 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 });
  launcher.name = MEDIA_FIREFOX_NAME;
  return launcher;
};
const chromium = browsers.filter((b) => b.name !== 'Firefox');
const withFirefox = only.includes('firefox');

/** Test files named on the command line (`npm test -- --files a b`, or bare paths), if any. */
const cliFiles = (() => {
  const args = process.argv.slice(2);
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--files') {
      while (args[i + 1] && !args[i + 1].startsWith('-')) files.push(path.normalize(args[++i]));
    } else if (args[i].startsWith('--')) {
      if (['--config', '--group', '--port', '--concurrency'].includes(args[i])) i++;
    } else {
      files.push(path.normalize(args[i]));
    }
  }
  return files.length ? files : undefined;
})();
const allIn = (list) => cliFiles?.every((f) => list.includes(f));

let files = ['test/**/*.test.ts'];
let groups = [];
if (!cliFiles) {
  files = [...files, ...[...MEDIA_FILES, ...CHROMIUM_FILES].map((f) => `!${f}`)];
  if (chromium.length) groups.push({ name: 'a11y-chromium', files: CHROMIUM_FILES, browsers: chromium });
  const mediaBrowsers = [...chromium, ...(withFirefox ? [mediaFirefox()] : [])];
  if (mediaBrowsers.length) groups.push({ name: 'a11y-media', files: MEDIA_FILES, browsers: mediaBrowsers });
} else if (allIn(MEDIA_FILES)) {
  browsers.splice(0, browsers.length, ...chromium, ...(withFirefox ? [mediaFirefox()] : []));
} else if (allIn(CHROMIUM_FILES)) {
  browsers.splice(0, browsers.length, ...chromium);
}

export default {
  files,
  groups,
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [cspMiddleware(), fixturesMiddleware(), slowDistMiddleware(), missingSpanishMiddleware()],
  plugins: [
    packageSourcesPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    a11yCommandsPlugin(),
  ],
  browsers,
  reporters: process.env.KW_COUNT_FILE ? [defaultReporter(), countReporter(process.env.KW_COUNT_FILE)] : [defaultReporter()],
  // A test's timeout catches a hang; it is not a speed check (speed lives in `npm run bench`). On
  // a shared 2-core machine axe runs and property tests took over 10 s of wall time in Chrome.
  testFramework: { config: { timeout: 30000 } },
};
