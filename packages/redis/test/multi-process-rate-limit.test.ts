// Eight OS processes walk one location's conversations through a server that enforces the burst
// limit; they pace through one Redis with one key. Throughput is measured in the bench
// (`pnpm bench redis`), not asserted here: this asserts no 429 and that every walk completed.
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { createRateLimitedSearchServer, type RateLimitStats } from '@leadway/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@leadway/test-servers';
import { startWorker } from './helpers/worker-process.js';

const WORKERS = 8;
const CONVERSATIONS = 110;
const PAGE_SIZE = 20;
/** The server's limit: 20 per 4 s. The stores leave a quarter unused, to absorb the time between a send's stamp and its arrival on a loaded machine. */
const MAX = 20;
const INTERVAL_MS = 4_000;
const RESERVE = 0.25;

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
  it('together they get no 429 and every walk completes', { timeout: 180_000 }, async () => {
    const workers = Array.from({ length: WORKERS }, () =>
      startWorker('paced-walker', { redisUrl: redis.url, baseUrl, key: 'location:ve9EPM428kjkvShlRW1KT', max: MAX, intervalMs: INTERVAL_MS, reserve: RESERVE, pageSize: PAGE_SIZE }),
    );
    await Promise.all(workers.map((worker) => worker.waitFor((m) => m.type === 'ready')));
    for (const worker of workers) worker.send({ type: 'go' });
    const results = await Promise.all(workers.map((worker) => worker.waitFor((m) => m.type === 'done', 150_000)));
    await Promise.all(workers.map((worker) => worker.exited()));

    const stats: RateLimitStats = server.stats();
    for (const result of results) expect(result).toMatchObject({ seen: CONVERSATIONS, error: null });
    expect(stats.tooManyRequests).toBe(0);
    // 5 full pages and a short one per walk.
    expect(stats.requests).toBe(WORKERS * Math.ceil(CONVERSATIONS / PAGE_SIZE));
  });
});
