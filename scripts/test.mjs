// The root `pnpm test`: every check and test of every member, then one closing summary.
// - A failing task does not stop the others: turbo runs with --continue=dependencies-successful, so
//   only the tasks that need a build that failed are skipped (they would only test stale output).
// - The summary (scripts/test-summary.mjs) always runs, naming each failed test and each member
//   whose tests did not report, and ends with "Tests: N passed, N failed".
// - The exit code is non-zero when turbo or the summary failed (a lint or typecheck failure fails
//   the run even though it adds no test to the count).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceMembers } from './workspace-members.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status ?? 1;
};

if (run(process.execPath, ['scripts/ensure-test-packages.mjs']) !== 0) process.exit(1);
// No old report may stand in for a test task that does not run this time (a cache hit restores it).
for (const { dir } of workspaceMembers(root)) rmSync(join(root, dir, 'test-artifacts', 'vitest-report.json'), { force: true });

const turbo = run('turbo', ['run', 'lint', 'typecheck', 'test', '--continue=dependencies-successful', '--output-logs=errors-only']);
const summary = run(process.execPath, ['scripts/test-summary.mjs']);
if (turbo !== 0) console.log('Some tasks failed: turbo lists them above ("Failed:"), with their output.');
process.exit(turbo !== 0 || summary !== 0 ? 1 : 0);
