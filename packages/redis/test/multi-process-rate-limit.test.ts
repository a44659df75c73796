// Eight OS processes walk one location's conversations through a server that enforces the burst
// limit; they pace through one Redis with one key. This asserts no 429 and that every walk
// completed. Throughput depends on the machine's speed here, so it is asserted in virtual time
// (shared-rate-limit-simulation.test.ts: at least 0.85 of the allowed rate for 1, 4 and 8 walkers)
// and measured in real time by the bench (`pnpm bench redis`).

import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createRateLimitedSearchServer, type RateLimitStats, type RedisServer, startRedisServer } from '@leadway/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from './helpers/worker-process.js';

const WORKERS = 8;
const CONVERSATIONS = 110;
const PAGE_SIZE = 20;
/**
 * The server's limit: 8 per 4 s. The server opens its window at the first request that arrives,
 * the shared store at the first one it lets go: on a loaded machine the first arrival can lag by
 * a second or more, so two of the store's windows can fall into one of the server's. The stores
 * leave half unused (4 a window between all eight processes), so even then the server sees at most
 * 4 + 4 = 8: the test tolerates any lag under one whole window (4 s). Eight processes that did not
 * share the limit would each let 4 go a window, 32 in all, and get 429s.
 */
const MAX = 8;
const INTERVAL_MS = 4_000;
const RESERVE = 0.5;

let redis: RedisServer;
let server: ReturnType<typeof createRateLimitedSearchServer>;
let baseUrl: string;

beforeAll(async () => {
  redis = await startRedisServer();
  server = createRateLimitedSearchServer({ total: CONVERSATIONS, max: MAX, intervalMs: INTERVAL_MS });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await redis?.stop();
});

describe('shared rate limit: 8 processes, one location, one Redis', () => {
  it('together they get no 429 and every walk completes', { timeout: 300_000 }, async () => {
    const workers = Array.from({ length: WORKERS }, () =>
      startWorker('paced-walker', {
        redisUrl: redis.url,
        baseUrl,
        key: 'location:ve9EPM428kjkvShlRW1KT',
        max: MAX,
        intervalMs: INTERVAL_MS,
        reserve: RESERVE,
        pageSize: PAGE_SIZE,
      }),
    );
    await Promise.all(workers.map((worker) => worker.waitFor((m) => m.type === 'ready')));
    for (const worker of workers) worker.send({ type: 'go' });
    const results = await Promise.all(workers.map((worker) => worker.waitFor((m) => m.type === 'done', 270_000)));
    await Promise.all(workers.map((worker) => worker.exited()));

    const stats: RateLimitStats = server.stats();
    for (const result of results) expect(result).toMatchObject({ seen: CONVERSATIONS, error: null });
    expect(stats.tooManyRequests).toBe(0);
    // 5 full pages and a short one per walk.
    expect(stats.requests).toBe(WORKERS * Math.ceil(CONVERSATIONS / PAGE_SIZE));
  });
});
