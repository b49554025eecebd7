// Component tests run in real headless Chromium and Firefox ESR (Debian's packages), never jsdom.
// Browsers come from CHROME_PATH / FIREFOX_PATH or Debian's default paths; scripts/test.mjs
// installs them when missing. Set BROWSERS=chromium or BROWSERS=firefox to run one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { cspMiddleware, fixturesMiddleware, slowDistMiddleware } from './test/server/plugin.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';

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
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
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
        },
      },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [cspMiddleware(), fixturesMiddleware(), slowDistMiddleware()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  browsers,
  reporters: process.env.KW_COUNT_FILE
    ? [defaultReporter(), countReporter(process.env.KW_COUNT_FILE)]
    : [defaultReporter()],
  // A test's timeout catches a hang; it is not a speed check (speed lives in `npm run bench`). On
  // a shared 2-core machine axe runs and property tests took over 10 s of wall time in Chrome.
  testFramework: { config: { timeout: 30000 } },
};
