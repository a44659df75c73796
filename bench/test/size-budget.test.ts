// The bundle-size budget CI enforces: deterministic sizes (no timing), checked on every pnpm test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../src/bundle/measure-bundle.js';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')) as {
  'leadway-app': { gzip: number; brotli: number };
};

describe('bundle-size budget', () => {
  it('a browser app making one call with @leadway/client stays within size-budget.json', async () => {
    const size = await measureBundle('leadway-app');
    const limit = budget['leadway-app'];
    expect(size.gzip, `gzip ${size.gzip} B is over the budget of ${limit.gzip} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.gzip);
    expect(size.brotli, `brotli ${size.brotli} B is over the budget of ${limit.brotli} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.brotli);
  });

  it('the measurement sees the client: the app is larger than the same app on bare openapi-fetch', async () => {
    const [leadway, bare] = await Promise.all([measureBundle('leadway-app'), measureBundle('openapi-fetch-app')]);
    expect(bare.gzip).toBeGreaterThan(1000);
    expect(leadway.gzip).toBeGreaterThan(bare.gzip);
  });
});
