// Prints the totals of the unit (Vitest) and browser (Playwright) runs as one line,
// "N passed, N failed", from their JSON reports. A report that is missing counts as
// a failure, so a run that executed no test cannot look green.
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
}

function read(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function unitTotals(): Totals | null {
  const report = read('test-results/unit.json') as {
    numPassedTests: number;
    numFailedTests: number;
  } | null;
  return report === null ? null : { passed: report.numPassedTests, failed: report.numFailedTests };
}

function browserTotals(): Totals | null {
  const report = read('test-results/e2e.json') as {
    stats: { expected: number; unexpected: number; flaky: number };
  } | null;
  if (report === null) return null;
  const { expected, unexpected, flaky } = report.stats;
  return { passed: expected + flaky, failed: unexpected };
}

let passed = 0;
let failed = 0;
for (const [name, totals] of [
  ['unit', unitTotals()],
  ['browser', browserTotals()],
] as const) {
  if (totals === null) {
    console.log(`${name} tests: no report (the run stopped before them)`);
    failed += 1;
    continue;
  }
  console.log(`${name} tests: ${totals.passed} passed, ${totals.failed} failed`);
  passed += totals.passed;
  failed += totals.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
