import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Each step downloads a runtime (first time only: npx caches it), installs packed packages or runs
// a whole suite under another Node: generous bounds, hang detectors only. One file, in order: the
// README check at its end reads what every step before it found.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false } }));
