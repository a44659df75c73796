// How much of the allowed rate walkers sharing the Redis store get, measured deterministically: the
// walk runs in virtual time (helpers/paced-walk-simulation.ts), each step for real (Lua on
// redis-server, HTTP to the bench's rate-limited server, whose clock is the virtual one), with seeded
// latencies. The figures depend on the store's algorithm and on those latencies, never on the
// machine's speed, so the throughput target is asserted here; the separate-process walk
// (multi-process-rate-limit.test.ts) asserts no 429, and `pnpm bench redis` measures real time.
import { describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from '../src/index.js';
import { simulatePacedWalk } from './helpers/paced-walk-simulation.js';
import { redisForFile } from './helpers/redis-for-file.js';

const redis = redisForFile();

/** The bench's walk: the API's burst of 100, its window 5× faster; 376 requests split between the walkers. */
const WALK = { requests: 376, max: 100, intervalMs: 2_000 };

describe('shared rate limit, in virtual time: walkers with their own store each, one key, one Redis', () => {
  it.each([
    { walkers: 1, latencyMs: { min: 1, max: 4 }, wakeLateMs: 2 },
    { walkers: 4, latencyMs: { min: 1, max: 10 }, wakeLateMs: 10 },
    { walkers: 8, latencyMs: { min: 1, max: 20 }, wakeLateMs: 20 },
  ])(
    '$walkers walker(s), one-way latency $latencyMs.min–$latencyMs.max ms: no 429, and at least 0.85 of the allowed rate',
    { timeout: 120_000 },
    async ({ walkers, latencyMs, wakeLateMs }) => {
      const key = `location:simulated-${walkers}`;
      const result = await simulatePacedWalk(() => createRedisRateLimitStore(redis.connection(), { clock: 'caller' }), key, {
        ...WALK,
        walkers,
        latencyMs,
        wakeLateMs,
        seed: 16,
      });
      expect(result.answered).toBe(Math.floor(WALK.requests / walkers) * walkers);
      expect(result.tooManyRequests).toBe(0);
      expect(result.fractionOfAllowed).toBeGreaterThanOrEqual(0.85);
    },
  );
});
