import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Browser tests share one machine's Chromium: files run one after another. The limits are for a
// busy CI machine (every package's tests run at once); they bound waits, they do not measure speed.
export default mergeConfig(
  shared,
  defineConfig({
    test: { fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000, expect: { poll: { timeout: 15_000 } } },
  }),
);
