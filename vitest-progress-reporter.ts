// A vitest reporter for the root `pnpm test`: one machine-readable line per finished test file,
// which scripts/test-progress.mjs turns into "member  file  ✓ 12  [3/40 files]  · all: 530 passed".
// vitest.shared.ts adds it only when LEADWAY_TEST_PROGRESS=1 (set by scripts/test.mjs), so a
// member's own `npx vitest run` prints what it always printed.
import type { Reporter, TestModule } from 'vitest/node';

export const PROGRESS_PREFIX = 'leadway-progress ';

export class ProgressReporter implements Reporter {
  private files = 0;
  private done = 0;

  onTestRunStart(specifications: ReadonlyArray<unknown>): void {
    this.files = specifications.length;
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.done++;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed' || state === 'failed') counts[state]++;
      else counts.skipped++;
    }
    // A file that failed outside its tests (an import error, a hook) counts as one failure, as in the summary.
    if (testModule.state() === 'failed' && counts.failed === 0) counts.failed = 1;
    const line = { file: testModule.relativeModuleId, ...counts, done: this.done, files: this.files };
    process.stdout.write(`${PROGRESS_PREFIX}${JSON.stringify(line)}\n`);
  }
}
