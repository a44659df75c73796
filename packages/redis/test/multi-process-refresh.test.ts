// One refresh token, many processes: eight OS processes share OAuth tokens in one Redis through
// createRedisTokenStore. A local token server rotates refresh tokens (single use) and counts every
// presentation of each.

import { type RedisServer, startRedisServer } from '@leadway/test-servers';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTokenServer, type TokenServer } from './helpers/token-server.js';
import { startWorker, type Worker } from './helpers/worker-process.js';

const WORKERS = 8;
const KEY = 'location:loc1';

let redis: RedisServer;
let tokens: TokenServer | undefined;
let workers: Worker[] = [];

beforeEach(async () => {
  redis = await startRedisServer();
});

afterEach(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await Promise.all(workers.map((worker) => worker.exited().catch(() => undefined)));
  workers = [];
  await tokens?.stop();
  tokens = undefined;
  await redis?.stop();
});

/** Puts the installation's first tokens into Redis, as after the authorization. */
async function seedTokens(accessToken: string, refreshToken: string, expiresAt: number): Promise<void> {
  const client = new Redis(redis.url);
  try {
    await client.hset(
      `leadway:oauth:{${encodeURIComponent(KEY)}}:tokens`,
      'tokens',
      JSON.stringify({ accessToken, refreshToken, expiresAt, userType: 'Location' }),
    );
  } finally {
    client.disconnect();
  }
}

function startCallers(count: number, calls: number, lockTtlMs: number): Worker[] {
  workers = Array.from({ length: count }, (_, index) =>
    startWorker('token-caller', { redisUrl: redis.url, baseUrl: tokens!.url, key: KEY, calls, lockTtlMs, name: `worker-${index}` }),
  );
  return workers;
}

async function go(all: Worker[]): Promise<void> {
  await Promise.all(all.map((worker) => worker.waitFor((m) => m.type === 'ready')));
  for (const worker of all) worker.send({ type: 'go' });
}

describe('shared refresh: one expiry, one refresh, across processes', () => {
  it('8 processes x 25 calls across one token expiry: 1 token request, every call succeeds, the refresh token presented once', {
    timeout: 120_000,
  }, async () => {
    // The API starts answering 401 "Invalid JWT" to the first access token after 40 calls: every
    // process then needs a new one at about the same moment.
    tokens = await startTokenServer({ initialAccessToken: 'access-0', initialRefreshToken: 'refresh-0', rejectInitialAccessTokenAfter: 40 });
    await seedTokens('access-0', 'refresh-0', Date.now() + 86_400_000);
    const all = startCallers(WORKERS, 25, 30_000);
    await go(all);
    const results = await Promise.all(all.map((worker) => worker.waitFor((m) => m.type === 'done', 100_000)));

    for (const result of results) expect(result).toMatchObject({ ok: 25, failures: [] });
    expect(tokens.refreshRequests).toHaveLength(1);
    expect([...tokens.presentations]).toEqual([['refresh-0', 1]]);
    expect(tokens.apiCalls()).toBeGreaterThanOrEqual(WORKERS * 25);
  });

  it('8 processes that all start with an expired token: 1 token request between them, every call succeeds', { timeout: 120_000 }, async () => {
    tokens = await startTokenServer({ initialAccessToken: 'access-0', initialRefreshToken: 'refresh-0' });
    await seedTokens('access-0', 'refresh-0', Date.now() - 1);
    const all = startCallers(WORKERS, 25, 30_000);
    await go(all);
    const results = await Promise.all(all.map((worker) => worker.waitFor((m) => m.type === 'done', 100_000)));

    for (const result of results) expect(result).toMatchObject({ ok: 25, failures: [] });
    expect([...tokens.presentations]).toEqual([['refresh-0', 1]]);
  });

  /** Starts 8 callers with expired tokens, and SIGKILLs the one whose refresh request the server holds. */
  async function killTheHolder(holdFirstRefresh: 'spent' | 'unspent'): Promise<{ holderName: string; others: Worker[] }> {
    tokens = await startTokenServer({ initialAccessToken: 'access-0', initialRefreshToken: 'refresh-0', holdFirstRefresh });
    await seedTokens('access-0', 'refresh-0', Date.now() - 1);
    // The dead holder's lock blocks the others for lockTtlMs; the recovering holder must mark,
    // present and save within it (fencing), which a loaded machine must not turn into a failure.
    const all = startCallers(WORKERS, 3, 8_000);
    const held = new Promise<string>((resolve) => tokens!.events.once('refresh-request', (_token: string, worker: string) => resolve(worker)));
    await go(all);
    const holderName = await held;
    const holder = all[Number(holderName.replace('worker-', ''))]!;
    holder.kill('SIGKILL');
    expect((await holder.exited()).signal).toBe('SIGKILL');
    return { holderName, others: all.filter((worker) => worker !== holder) };
  }

  it('the lock holder is killed (SIGKILL) mid-refresh before the endpoint spent its token: the others finish, with one more refresh, no spent token presented', {
    timeout: 120_000,
  }, async () => {
    const { holderName, others } = await killTheHolder('unspent');
    const results = await Promise.all(others.map((worker) => worker.waitFor((m) => m.type === 'done', 100_000)));

    for (const result of results) expect(result).toMatchObject({ ok: 3, failures: [] });
    // The dead holder's request, then exactly one more (the lock's next holder presents the marked
    // token once more); the endpoint never saw a token it had spent, and refresh-1 was never needed.
    expect(tokens!.refreshRequests.map((r) => r.refreshToken)).toEqual(['refresh-0', 'refresh-0']);
    expect(tokens!.refreshRequests[0]!.worker).toBe(holderName);
    expect(tokens!.refreshRequests[1]!.worker).not.toBe(holderName);
    expect(tokens!.spentPresentations()).toBe(0);
  });

  it('the lock holder is killed (SIGKILL) after the endpoint spent its token: one more refresh finds it spent, nothing more is presented, all ask for re-authorization', {
    timeout: 120_000,
  }, async () => {
    const { others } = await killTheHolder('spent');
    const results = await Promise.all(others.map((worker) => worker.waitFor((m) => m.type === 'done', 100_000)));

    // The rotated refresh token died with the holder: no process can refresh any more. One process
    // learnt it from the endpoint (400 invalid_grant); the others were told by the mark.
    const reasons = results.flatMap((result) => {
      expect(result.ok).toBe(0);
      const failures = result.failures as Array<{ name: string; reason: string; final: boolean }>;
      expect(failures).toHaveLength(3);
      for (const failure of failures) expect(failure).toMatchObject({ name: 'TokenRefreshError', final: true });
      return [failures[0]!.reason];
    });
    expect(reasons.sort()).toEqual([
      'refresh_in_doubt',
      'refresh_in_doubt',
      'refresh_in_doubt',
      'refresh_in_doubt',
      'refresh_in_doubt',
      'refresh_in_doubt',
      'rejected',
    ]);
    // At most one more refresh: the one that found refresh-0 spent; nothing after it.
    expect(tokens!.refreshRequests.map((r) => r.refreshToken)).toEqual(['refresh-0', 'refresh-0']);
    expect(tokens!.spentPresentations()).toBe(1);
  });
});
