import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Browser tests share one machine's Chromium: run files one after another.
export default mergeConfig(shared, defineConfig({ test: { fileParallelism: false, testTimeout: 30_000, hookTimeout: 60_000 } }));
