// Sums Vitest's JSON reports: the last line of the CI run, "N passed, N failed".
// A suite that did not write its report counts as failed, so a run that tested nothing is never green.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const expected = ['unit.json', 'e2e.json'];
let passed = 0;
let failed = 0;
for (const name of expected) {
  let report;
  try {
    report = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    console.log(`${name}: no report`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  // A file that fails to load has no failed test, only a failed suite: count it once.
  failed += report.numFailedTests || (report.numFailedTestSuites ?? 0);
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
for (const extra of readdirSync(dir).filter((f) => !expected.includes(f))) console.log(`${extra}: not counted`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
