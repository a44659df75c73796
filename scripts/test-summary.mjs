// Adds up the JSON reports every package's vitest run wrote, and prints one closing line:
// "Tests: N passed, N failed" (with skipped, if any). Exits 1 when a report is missing or a test
// failed or none ran, so a run that silently tested nothing cannot pass.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const members = ['spec', 'bench', ...['packages', 'apps', 'tests'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(dir, name)) : [],
)];

let passed = 0;
let failed = 0;
let skipped = 0;
let problems = 0;
for (const member of members) {
  const pkg = join(root, member, 'package.json');
  if (!existsSync(pkg) || !JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test) continue;
  const report = join(root, member, 'test-artifacts', 'vitest-report.json');
  if (!existsSync(report)) {
    console.log(`${member}: no test report (did its tests run?)`);
    problems++;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const p = r.numPassedTests ?? 0;
  const f = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
  const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${member}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0 || problems > 0) process.exit(1);
