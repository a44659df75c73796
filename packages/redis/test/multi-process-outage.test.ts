// Redis goes away mid-run and comes back on the same port: no call waits past its deadline (each
// fails with a typed RedisStoreError), and calls succeed again without restarting the processes.

import { type RedisServer, startRedisServer } from '@leadway/test-servers';
import { afterEach, describe, expect, it } from 'vitest';
import { startTokenServer, type TokenServer } from './helpers/token-server.js';
import { startWorker, type Worker, type WorkerMessage } from './helpers/worker-process.js';

let redis: RedisServer | undefined;
let api: TokenServer | undefined;
let workers: Worker[] = [];

afterEach(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await Promise.all(workers.map((worker) => worker.exited().catch(() => undefined)));
  workers = [];
  await api?.stop();
  await redis?.stop();
});

const calls = (worker: Worker) => worker.messages.filter((m) => m.type === 'call');
const countAfter = (worker: Worker, from: number, match: (m: WorkerMessage) => boolean) => calls(worker).slice(from).filter(match).length;

describe('Redis lost mid-run', () => {
  it('stopped and started again on the same port: calls fail typed, none hangs, then they succeed again', { timeout: 120_000 }, async () => {
    redis = await startRedisServer();
    const port = redis.port;
    api = await startTokenServer({ initialAccessToken: 'static-token', initialRefreshToken: 'unused' });
    workers = [0, 1].map(() =>
      startWorker('outage-caller', {
        redisUrl: redis!.url,
        baseUrl: api!.url,
        token: 'static-token',
        deadlineMs: 3_000,
        commandTimeoutMs: 1_000,
        hangGraceMs: 10_000,
        pauseMs: 20,
      }),
    );
    // Running: a few successful calls in each process.
    await Promise.all(workers.map((w) => w.waitUntil(() => calls(w).filter((m) => m.ok).length >= 3)));

    await redis.stop();
    const marks = workers.map((w) => calls(w).length);
    await Promise.all(workers.map((w, i) => w.waitUntil(() => countAfter(w, marks[i]!, (m) => !m.ok) >= 3)));

    redis = await startRedisServer(port);
    const back = workers.map((w) => calls(w).length);
    await Promise.all(workers.map((w, i) => w.waitUntil(() => countAfter(w, back[i]!, (m) => m.ok === true) >= 3)));

    for (const worker of workers) worker.send({ type: 'stop' });
    await Promise.all(workers.map((w) => w.waitFor((m) => m.type === 'stopped')));
    for (const worker of workers) {
      expect(
        worker.messages.filter((m) => m.type === 'hung'),
        worker.stderr(),
      ).toEqual([]);
      const failures = calls(worker).filter((m) => !m.ok);
      expect(failures.length).toBeGreaterThanOrEqual(3);
      for (const failure of failures) {
        expect(failure.name).toBe('RedisStoreError');
        expect(['unavailable', 'timeout']).toContain(failure.kind);
      }
      expect((await worker.exited()).code).toBe(0);
    }
  });
});
