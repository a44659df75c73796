// Adds up the JSON reports every package's vitest run wrote, names every failed test (member, file ›
// test) and every file that failed outside a test (an import error, a failing hook), and prints one
// closing line: "Tests: N passed, N failed" (with skipped, if any). Exits 1 when a report is missing
// or a test failed or none ran, so a run that silently tested nothing cannot pass.
// scripts/test.mjs removes the reports before each run, so a member whose tests did not run this
// time shows as "no test report", never with an old result.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const members = [
  'spec',
  'bench',
  ...['packages', 'apps', 'tests'].flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(dir, name)) : [])),
];

let passed = 0;
let failed = 0;
let skipped = 0;
let problems = 0;
const failures = [];
for (const member of members) {
  const pkg = join(root, member, 'package.json');
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) continue;
  const report = join(root, member, 'test-artifacts', 'vitest-report.json');
  if (!existsSync(report)) {
    console.log(`${member}: no test report (did its tests run?)`);
    failures.push(`${member}: no test report: its test task failed before vitest reported, or did not run (see above)`);
    problems++;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const p = r.numPassedTests ?? 0;
  let f = r.numFailedTests ?? 0;
  for (const file of r.testResults ?? []) {
    const name = relative(join(root, member), file.name);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`${member}: ${name} › ${[...test.ancestorTitles, test.title].join(' › ')}`);
    if (file.status === 'failed' && failedTests.length === 0) {
      // The file failed outside any test: it counts as one failure.
      f++;
      failures.push(`${member}: ${name} (the file failed outside its tests: ${(file.message || 'see above').split('\n')[0]})`);
    }
  }
  const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${member}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  passed += p;
  failed += f;
  skipped += s;
}
if (failures.length > 0) {
  console.log('Failed:');
  for (const failure of failures) console.log(`  ✗ ${failure}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0 || problems > 0) process.exit(1);
