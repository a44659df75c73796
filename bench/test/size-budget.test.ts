// The bundle-size budget CI enforces: deterministic sizes (no timing), checked on every pnpm test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../src/bundle/measure-bundle.js';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')) as {
  'leadway-app': { gzip: number; brotli: number };
  'leadway-core-app': { gzip: number; brotli: number };
  'leadway-function-app': { gzip: number; brotli: number };
};

describe('bundle-size budget', () => {
  it('a browser app making one call with @leadway/client stays within size-budget.json', async () => {
    const size = await measureBundle('leadway-app');
    const limit = budget['leadway-app'];
    expect(size.gzip, `gzip ${size.gzip} B is over the budget of ${limit.gzip} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.gzip);
    expect(size.brotli, `brotli ${size.brotli} B is over the budget of ${limit.brotli} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.brotli);
  });

  it('the same app on createLeadwayCore with one resource group stays within size-budget.json, and below the full client', async () => {
    const [core, full] = await Promise.all([measureBundle('leadway-core-app'), measureBundle('leadway-app')]);
    const limit = budget['leadway-core-app'];
    expect(core.gzip, `gzip ${core.gzip} B is over the budget of ${limit.gzip} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.gzip);
    expect(core.brotli, `brotli ${core.brotli} B is over the budget of ${limit.brotli} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.brotli);
    // Tree-shaking must really drop the unused groups: at least 3 KB gzip less than the full client.
    expect(full.gzip - core.gzip).toBeGreaterThan(3000);
  });

  it('the same app through the standalone getConversation stays within size-budget.json, and below the app with a resource group', async () => {
    const [fn, core] = await Promise.all([measureBundle('leadway-function-app'), measureBundle('leadway-core-app')]);
    const limit = budget['leadway-function-app'];
    expect(fn.gzip, `gzip ${fn.gzip} B is over the budget of ${limit.gzip} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.gzip);
    expect(fn.brotli, `brotli ${fn.brotli} B is over the budget of ${limit.brotli} B (bench/size-budget.json)`).toBeLessThanOrEqual(limit.brotli);
    // The unused operations' table entries and rules must really be dropped.
    expect(fn.gzip).toBeLessThan(core.gzip);
  });

  it('the measurement sees the client: the app is larger than the same app on bare openapi-fetch', async () => {
    const [leadway, bare] = await Promise.all([measureBundle('leadway-app'), measureBundle('openapi-fetch-app')]);
    expect(bare.gzip).toBeGreaterThan(1000);
    expect(leadway.gzip).toBeGreaterThan(bare.gzip);
  });
});
