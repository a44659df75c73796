// Settings every package's vitest config starts from. Each run also writes a JSON report that
// scripts/test-summary.mjs adds up into one closing line for CI, and, under the root `pnpm test`,
// a progress line per finished file (vitest-progress-reporter.ts).
import { defineConfig } from 'vitest/config';
import { ProgressReporter } from './vitest-progress-reporter.js';

const progress = process.env.LEADWAY_TEST_PROGRESS === '1' ? [new ProgressReporter()] : [];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default', 'json', ...progress],
    outputFile: { json: 'test-artifacts/vitest-report.json' },
  },
});
