// Writes the run's totals to a JSON file when web-test-runner finishes, so scripts/test.mjs can
// print one plain "N passed, N failed" line after the runner exits (the runner swallows writes to
// the terminal made while it runs). A test file that fails to load counts as one failure.
import { writeFileSync } from 'node:fs';

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, browsers: {} };
      for (const session of sessions) {
        const name = session.browser.name;
        const b = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const add = (key) => {
          totals[key]++;
          b[key]++;
        };
        const walk = (suite) => {
          for (const test of suite.tests) add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed');
          for (const child of suite.suites) walk(child);
        };
        if (session.testResults) walk(session.testResults);
        // Errors outside any test (a file that failed to load, an uncaught error) fail the run too.
        if (!session.passed && (session.errors?.length || !session.testResults)) add('failed');
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
