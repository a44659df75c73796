// The Redis rate-limit store keeps the in-memory store's semantics: the same operations at the same
// times give the same answers (property-based, clock 'caller'), per key.
import { createMemoryRateLimitStore, type RateLimitObservation } from '@leadway/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedisRateLimitStore, rateLimitKey } from '../src/index.js';
import { redisForFile } from './helpers/redis-for-file.js';

const redis = redisForFile();

type Operation = { type: 'acquire'; key: number; advance: number } | { type: 'record'; key: number; advance: number; observation: RateLimitObservation };

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('acquire' as const), key: fc.integer({ min: 0, max: 1 }), advance: fc.integer({ min: 0, max: 120 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('record' as const),
      key: fc.integer({ min: 0, max: 1 }),
      advance: fc.integer({ min: 0, max: 300 }),
      observation: fc.record({
        status: fc.constantFrom(200, 200, 429, 500),
        max: maybe(fc.integer({ min: 1, max: 12 })),
        intervalMs: maybe(fc.integer({ min: 100, max: 20_000 })),
        remaining: maybe(fc.integer({ min: 0, max: 12 })),
        dailyRemaining: maybe(fc.integer({ min: 0, max: 5 })),
        retryAfterMs: maybe(fc.integer({ min: 0, max: 30_000 })),
      }),
    }),
  },
);

describe('createRedisRateLimitStore', () => {
  it('answers exactly as the in-memory store for any sequence of acquires and records', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(0, 0.05, 0.2, 0.5),
        async (operations, max, reserve) => {
          run++;
          const options = { max, intervalMs: 1000, reserve };
          const memory = createMemoryRateLimitStore(options);
          const shared = createRedisRateLimitStore(redis.connection(), { ...options, clock: 'caller' });
          let now = 1_700_000_000_000;
          for (const op of operations) {
            now += op.advance;
            const key = `parity-${run}-${op.key}`;
            if (op.type === 'acquire') {
              expect(await shared.acquire(key, now)).toBe(Math.ceil(memory.acquire(key, now) as number));
            } else {
              await shared.record(key, op.observation, now);
              memory.record(key, op.observation, now);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a record nobody awaits is applied before the next acquire, also when Redis has not cached its script (SCRIPT FLUSH)', async () => {
    const connection = redis.connection();
    await connection.client.script('FLUSH');
    const store = createRedisRateLimitStore(connection, { max: 10, intervalMs: 1000, reserve: 0, clock: 'caller' });
    // The acquire script is cached now, the record script not: an EVALSHA of the record would meet
    // NOSCRIPT and be sent again after the acquire below had already run.
    expect(await store.acquire('flush-order-other', 1000)).toBe(0);
    const observation = { status: 429, max: undefined, intervalMs: undefined, remaining: undefined, dailyRemaining: undefined, retryAfterMs: 5000 };
    void store.record('flush-order', observation, 1000);
    expect(await store.acquire('flush-order', 1000)).toBeGreaterThan(0);
  });

  it('keys are separate budgets: one location at its limit leaves another free', async () => {
    const store = createRedisRateLimitStore(redis.connection(), { max: 2, intervalMs: 10_000, reserve: 0, clock: 'caller' });
    const a = rateLimitKey({ locationId: 'loc-a' });
    const b = rateLimitKey({ locationId: 'loc-b' });
    expect([await store.acquire(a, 1000), await store.acquire(a, 1000), await store.acquire(a, 1000)]).toEqual([0, 0, 10_000]);
    expect(await store.acquire(b, 1000)).toBe(0);
    expect(await store.acquire(rateLimitKey({ companyId: 'loc-a' }), 1000)).toBe(0);
  });

  it('reads the server clock by default, so every machine shares one window', async () => {
    const store = createRedisRateLimitStore(redis.connection(), { max: 1, intervalMs: 60_000, reserve: 0 });
    // The times passed are ignored: far apart on the callers' clocks, the same window on Redis's.
    expect(await store.acquire('clock-test', 0)).toBe(0);
    expect(await store.acquire('clock-test', 10 ** 13)).toBeGreaterThan(50_000);
  });

  it('rateLimitKey names the quota: per app and location, or per app and agency', () => {
    expect(rateLimitKey({ locationId: 'L1' })).toBe('location:L1');
    expect(rateLimitKey({ companyId: 'C1', appId: 'app9' })).toBe('app:app9:company:C1');
    expect(() => rateLimitKey({ locationId: '' })).toThrow(TypeError);
  });
});
