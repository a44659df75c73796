import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inWorkspace } from '../../release/src/paths.js';
import { runCommand } from '../../release/src/run-command.js';
import type { Cell } from './compatibility-table.mjs';
import type { Runtime } from './runtimes.js';

/**
 * The client's suites the matrix runs on every Node: unit, contract (against the real Prism), fault
 * injection and webhooks. The contract suite's browser upload test drives Chromium, not Node, and
 * stays with the client's own run.
 */
export const CLIENT_SUITES = ['test/unit', 'test/contract', 'test/fault', 'test/webhooks'] as const;
const NOT_NODE = ['test/contract/uploads-browser.contract.test.ts'];

const clientDir = inWorkspace('packages', 'client');
const vitest = join(clientDir, 'node_modules', 'vitest', 'vitest.mjs');

interface VitestReport {
  testResults: { name: string; status: string; assertionResults: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

/** Passed when every test of the suites' files in `report` passed (and there were some). */
export function suitesCell(report: VitestReport): Cell & { passed: number } {
  const files = report.testResults.filter((file) => {
    const path = relative(clientDir, file.name);
    return CLIENT_SUITES.some((suite) => path.startsWith(`${suite}/`)) && !NOT_NODE.includes(path);
  });
  const tests = files.flatMap((file) => file.assertionResults);
  const failed = tests.filter((test) => test.status === 'failed');
  const brokenFiles = files.filter((file) => file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed'));
  if (tests.length === 0) return { status: 'fail', note: 'the suites ran no test', passed: 0 };
  if (failed.length > 0 || brokenFiles.length > 0) {
    const names = [...failed.map((test) => test.fullName), ...brokenFiles.map((file) => `${relative(clientDir, file.name)} (did not load)`)];
    return { status: 'fail', note: `${failed.length + brokenFiles.length} failed: ${names.slice(0, 5).join('; ')}`, passed: tests.length - failed.length };
  }
  return { status: 'pass', passed: tests.length };
}

/**
 * Runs the client's suites with the workspace's vitest under `runtime` (a Node), writing vitest's
 * JSON report to `reportPath`, and reads the result. (On the Node running the tests, the client's
 * own test task has already run them: see {@link ownClientReport}.)
 */
export async function clientSuitesOn(runtime: Runtime, reportPath: string): Promise<Cell & { passed: number }> {
  mkdirSync(join(reportPath, '..'), { recursive: true });
  const result = await runCommand(
    runtime.command,
    [
      ...runtime.args,
      vitest,
      'run',
      ...CLIENT_SUITES,
      ...NOT_NODE.map((path) => `--exclude=${path}`),
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${reportPath}`,
    ],
    { cwd: clientDir, timeoutMs: 900_000 },
  );
  if (!existsSync(reportPath)) {
    return {
      status: 'fail',
      note: `vitest under ${runtime.label} wrote no report (exit ${result.code ?? result.signal}): ${result.stderr.slice(-1500)}`,
      passed: 0,
    };
  }
  return suitesCell(JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport);
}

/** The client's own test task's report (its run on the Node running these tests), if there is one. */
export function ownClientReport(): VitestReport | undefined {
  const path = join(clientDir, 'test-artifacts', 'vitest-report.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as VitestReport) : undefined;
}
