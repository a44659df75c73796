import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The release test installs the published packages with npm in a fresh project, which takes tens
// of seconds on a cold npm cache: its steps get a generous bound instead of the shared 20 s.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 240_000, hookTimeout: 420_000 } }));
