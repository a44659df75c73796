// The root `pnpm test`: every check and test of every member, then one closing summary.
// - A failing task does not stop the others: turbo runs with --continue=dependencies-successful, so
//   only the tasks that need a build that failed are skipped (they would only test stale output).
// - The summary (scripts/test-summary.mjs) always runs, naming each failed test and each member
//   whose tests did not report, and ends with "Tests: N passed, N failed".
// - The exit code is non-zero when turbo or the summary failed (a lint or typecheck failure fails
//   the run even though it adds no test to the count).
// - While it runs, scripts/test-progress.mjs prints which task started and a line per finished test
//   file with the running count; a task's full output appears only when it fails.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { reportProgress } from './test-progress.mjs';
import { workspaceMembers } from './workspace-members.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return result.status ?? 1;
};

/** Runs turbo with its output read by the progress reporter; resolves with the exit code. */
function runWithProgress(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LEADWAY_TEST_PROGRESS: '1' } });
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return Promise.all([exited, reportProgress(child.stdout)]).then(([code]) => code);
}

if (run(process.execPath, ['scripts/ensure-test-packages.mjs']) !== 0) process.exit(1);
// No old report may stand in for a test task that does not run this time (a cache hit restores it).
for (const { dir } of workspaceMembers(root)) rmSync(join(root, dir, 'test-artifacts', 'vitest-report.json'), { force: true });

const turbo = await runWithProgress('turbo', [
  'run',
  'lint',
  'typecheck',
  'test',
  '--continue=dependencies-successful',
  '--output-logs=new-only',
  '--log-order=stream',
]);
const summary = run(process.execPath, ['scripts/test-summary.mjs']);
if (turbo !== 0) console.log('Some tasks failed: turbo lists them above ("Failed:"), with their output.');
process.exit(turbo !== 0 || summary !== 0 ? 1 : 0);
