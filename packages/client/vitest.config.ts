import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Three projects in one run:
// - unit: every test file outside test/contract (injected fetches, local servers);
// - contract: test/contract against the real Prism, started once for the run by the global setup
//   (test/helpers/mock-global-setup.ts; files read its URL with `mockUrl()`);
// - types: the type tests (test/types/*.test-d.ts), type-checked by tsc in vitest's typecheck mode.
// Each project takes the shared per-test settings (timeouts) but its own file list: `extends: true`
// would append its `include` to the shared one instead of replacing it. The reporters and their
// output file are settings of the whole run, kept on the root.
const { include, reporters, outputFile, ...perProject } = shared.test ?? {};

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        { test: { ...perProject, name: 'unit', include, exclude: ['test/contract/**', '**/node_modules/**'] } },
        { test: { ...perProject, name: 'contract', include: ['test/contract/**/*.test.ts'], globalSetup: ['test/helpers/mock-global-setup.ts'] } },
        {
          test: {
            ...perProject,
            name: 'types',
            include: [],
            typecheck: { enabled: true, only: true, include: ['test/types/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
          },
        },
      ],
    },
  }),
);
