// The Redis section of `pnpm bench`: (1) N processes walking one location through the rate-limited
// search server, pacing together through Redis (N = 1, 4, 8), and (2) what the Redis rate-limit
// store adds to a call beside the in-memory store.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createLeadwayClient, createMemoryRateLimitStore, type RateLimitStore } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore } from '@leadway/redis';
import { type RateLimitStats, startRedisServer } from '@leadway/test-servers';
import { startChildServer } from '../servers/child-server.js';
import { median, now } from '../stats.js';
import { type WalkFigures, walkFigures } from '../walk-figures.js';

export interface SharedWalkOptions {
  /** Rows: how many processes, and which store (the in-memory one is the one-process baseline). */
  runs: Array<{ processes: number; store: 'redis' | 'memory' }>;
  /**
   * Requests all processes make together in one walk (split evenly between them). Pick a multiple of
   * the pacer's budget per window (95 of 100), or the fraction of allowed counts a window the pacer's
   * reserve makes necessary against it.
   */
  requests: number;
  pageSize: number;
  /** The server's burst limit, scaled down from the API's 100 per 10,000 ms. */
  max: number;
  /** @unit milliseconds */
  intervalMs: number;
  /** Pages each process walks on a server without a real limit before the timed walk. */
  warmUpPages: number;
}

export interface SharedWalkRow extends WalkFigures {
  processes: number;
  store: 'redis' | 'memory';
}

const worker = fileURLToPath(new URL('./walk-worker.js', import.meta.url));

/** Walks with each number of processes sharing one limit through one Redis (a fresh server and Redis per row). */
export async function runSharedWalk(options: SharedWalkOptions): Promise<SharedWalkRow[]> {
  const rows: SharedWalkRow[] = [];
  for (const { processes, store } of options.runs) {
    // Rounded down, so the total never needs one more window than `requests` does.
    const pagesEach = Math.floor(options.requests / processes);
    // Each process walks the whole list: (pagesEach − 1) full pages and a short last one.
    const total = (pagesEach - 1) * options.pageSize + Math.floor(options.pageSize / 2);
    const redis = await startRedisServer();
    const server = await startChildServer('rate-limited-search', { total, max: options.max, intervalMs: options.intervalMs });
    const warmUp = await startChildServer('rate-limited-search', {
      total: options.warmUpPages * options.pageSize,
      max: 1_000_000,
      intervalMs: options.intervalMs,
    });
    try {
      const input = {
        redisUrl: redis.url,
        baseUrl: server.url,
        warmUpUrl: warmUp.url,
        warmUpPages: options.warmUpPages,
        pageSize: options.pageSize,
        maxPages: pagesEach + 5,
        store,
      };
      const children = Array.from({ length: processes }, () => fork(worker, [JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
      const message = (child: (typeof children)[number], type: string) =>
        new Promise<{ seen: number; error: string | null }>((resolve, reject) => {
          child.on('message', (m: { type: string; seen: number; error: string | null }) => m.type === type && resolve(m));
          child.once('exit', (code) => reject(new Error(`walk worker exited with ${code} before '${type}'`)));
        });
      await Promise.all(children.map((child) => message(child, 'ready')));
      const done = children.map((child) => message(child, 'done'));
      const start = now();
      for (const child of children) child.send({ type: 'go' });
      const results = await Promise.all(done);
      const elapsedMs = now() - start;
      await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : undefined)));
      const stats = await server.stats<RateLimitStats>();
      const completed = results.every((r) => r.error === null && r.seen === total);
      rows.push({ processes, store, ...walkFigures(stats, options, elapsedMs, completed) });
    } finally {
      await warmUp.stop();
      await server.stop();
      await redis.stop();
    }
  }
  return rows;
}

export interface StoreLatencyRow {
  store: string;
  /** Median time of one `acquire` + `record` pair, the store's whole part in a call. @unit microseconds */
  storeUsPerCall: number;
  /** Median wall time of one whole call (acquire + request + record). @unit microseconds */
  callUsPerCall: number;
}

/**
 * What the Redis store adds to a call beside the in-memory store, two ways: the store's own
 * operations alone (`acquire` + `record` as the client makes them, timed back to back), and whole
 * sequential GETs on a local keep-alive server. Rounds alternate the stores, so a busy machine
 * slows both alike; limits sit far above what a sequential loop reaches.
 */
export async function runStoreLatency(options: { calls: number; rounds: number }): Promise<StoreLatencyRow[]> {
  const redis = await startRedisServer();
  const server = await startChildServer('fixed-conversation');
  const connection = await connectRedis({ url: redis.url });
  const observation = { status: 200, max: 1_000_000, intervalMs: 10_000, remaining: 999_999, dailyRemaining: 199_999 };
  try {
    const stores: Array<[string, () => RateLimitStore]> = [
      ['in-memory (createMemoryRateLimitStore)', () => createMemoryRateLimitStore({ max: 1_000_000 })],
      ['Redis (createRedisRateLimitStore, local redis-server)', () => createRedisRateLimitStore(connection, { max: 1_000_000 })],
    ];
    const storeUs = new Map<string, number[]>();
    const callUs = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, name: string, value: number) => map.set(name, [...(map.get(name) ?? []), value]);
    for (let round = 0; round < options.rounds; round++) {
      for (const [name, make] of stores) {
        const store = make();
        const key = `latency-store-${round}`;
        for (let i = 0; i < 50; i++) await store.record(key, observation, Date.now()); // warm-up, script cache
        let start = now();
        for (let i = 0; i < options.calls; i++) {
          await store.acquire(key, Date.now());
          await store.record(key, observation, Date.now());
        }
        add(storeUs, name, ((now() - start) * 1000) / options.calls);

        const client = createLeadwayClient({ token: 'bench-token', baseUrl: server.url, pacing: { store: make(), key: `latency-call-${round}` } });
        for (let i = 0; i < 50; i++) await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6'); // warm-up
        start = now();
        for (let i = 0; i < options.calls; i++) await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
        add(callUs, name, ((now() - start) * 1000) / options.calls);
      }
    }
    return stores.map(([name]) => ({ store: name, storeUsPerCall: median(storeUs.get(name)!), callUsPerCall: median(callUs.get(name)!) }));
  } finally {
    await connection.close();
    await server.stop();
    await redis.stop();
  }
}
