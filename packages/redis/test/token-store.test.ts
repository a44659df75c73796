// The token store's guarantees, one process driving them step by step: a holder whose lock expired
// cannot save (fencing), a refresh token left marked in flight is presented once more and never a
// third time, an answer that did not spend the token clears the mark, and waiters use the holder's
// result.
import { type ExclusiveRefresh, type OAuthTokens, TokenRefreshError } from '@leadway/client';
import { describe, expect, it } from 'vitest';
import { createRedisTokenStore } from '../src/index.js';
import { redisForFile } from './helpers/redis-for-file.js';

const redis = redisForFile();

let installations = 0;
function installation(lockTtlMs = 30_000) {
  const key = `location:unit-${++installations}`;
  const store = createRedisTokenStore(redis.connection(), { key, lockTtlMs });
  const lockKey = `leadway:oauth:{${encodeURIComponent(key)}}:refresh-lock`;
  return { store, lockKey };
}

const expired = (n: number): OAuthTokens => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresAt: 1 });
const fresh = (n: number): OAuthTokens => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresAt: Date.now() + 3_600_000 });
const byExpiry = (present: ExclusiveRefresh['present']): ExclusiveRefresh => ({ needsRefresh: (t) => t.expiresAt <= Date.now(), present });

async function failure(work: Promise<unknown>): Promise<TokenRefreshError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TokenRefreshError)) throw new Error(`expected a TokenRefreshError, got ${String(error)}`);
  return error;
}

describe('createRedisTokenStore', () => {
  it('fencing: a holder whose lock expired (and was taken by another) cannot save; the stored tokens stay as they were', async () => {
    const { store, lockKey } = installation();
    await store.save(expired(0));
    const error = await failure(
      store.refreshExclusively(
        byExpiry(async () => {
          // While this holder waits for the token endpoint, its lock expires and a successor takes it.
          await redis.connection().client.del(lockKey);
          await redis.connection().client.set(lockKey, 'successor', 'PX', 30_000);
          return fresh(1);
        }),
      ),
    );
    expect(error).toMatchObject({ reason: 'store_write_failed', final: true });
    expect((await store.load())?.refreshToken).toBe('refresh-0');
    expect(await redis.connection().client.get(lockKey)).toBe('successor');
  });

  it('fencing with a real PX expiry: the write after the lock lapsed is refused', async () => {
    const { store, lockKey } = installation();
    await store.save(expired(0));
    const error = await failure(
      store.refreshExclusively(
        byExpiry(async () => {
          // The lock lapses while the token request is out: Redis expires it (PX 1 ms) now, after the
          // mark, whatever the machine's speed (a short lockTtlMs could lapse before the mark on a
          // loaded machine). Bounded: the lock is gone long before this many looks.
          await redis.connection().client.pexpire(lockKey, 1);
          for (let look = 0; look < 10_000 && (await redis.connection().client.exists(lockKey)) === 1; look++) await new Promise((r) => setImmediate(r));
          return fresh(1);
        }),
      ),
    );
    expect(error).toMatchObject({ reason: 'store_write_failed', final: true });
    expect((await store.load())?.refreshToken).toBe('refresh-0');
  });

  /** A holder that marks and presents, then "dies": its lock is gone, its mark stays. */
  async function dieMidRefresh(store: ReturnType<typeof installation>['store'], lockKey: string, presented: string[]): Promise<void> {
    const dead = store.refreshExclusively(
      byExpiry(async (tokens) => {
        presented.push(tokens.refreshToken);
        await redis.connection().client.del(lockKey);
        throw new TokenRefreshError({ reason: 'unreachable', operation: 'getAccessToken', detail: 'no answer', hint: '', final: false });
      }),
    );
    expect(await failure(dead)).toMatchObject({ reason: 'unreachable' });
  }

  it('a refresh token left marked by a holder that never saved is presented once more by the next holder, which saves the answer', async () => {
    const { store, lockKey } = installation();
    await store.save(expired(0));
    const presented: string[] = [];
    await dieMidRefresh(store, lockKey, presented);
    const next = await store.refreshExclusively(
      byExpiry(async (tokens) => {
        presented.push(tokens.refreshToken);
        return fresh(1);
      }),
    );
    expect(next.refreshToken).toBe('refresh-1');
    expect((await store.load())?.refreshToken).toBe('refresh-1');
    expect(presented).toEqual(['refresh-0', 'refresh-0']);
    // The saved answer cleared the mark and its recovery: the next expiry refreshes normally.
    await store.save({ ...next, expiresAt: 1 });
    expect(
      (
        await store.refreshExclusively(
          byExpiry(async (tokens) => {
            presented.push(tokens.refreshToken);
            return fresh(2);
          }),
        )
      ).refreshToken,
    ).toBe('refresh-2');
    expect(presented).toEqual(['refresh-0', 'refresh-0', 'refresh-1']);
  });

  it('a refresh token whose recovery never saved either is not presented a third time: refresh_in_doubt, final', async () => {
    const { store, lockKey } = installation();
    await store.save(expired(0));
    const presented: string[] = [];
    await dieMidRefresh(store, lockKey, presented);
    await dieMidRefresh(store, lockKey, presented);
    const next = await failure(
      store.refreshExclusively(
        byExpiry(async (tokens) => {
          presented.push(tokens.refreshToken);
          return fresh(1);
        }),
      ),
    );
    expect(next).toMatchObject({ reason: 'refresh_in_doubt', final: true });
    expect(next.message).not.toContain('refresh-0');
    expect(presented).toEqual(['refresh-0', 'refresh-0']);
  });

  it('an answer that did not spend the token (5xx, 429) clears the mark: the next refresh presents it', async () => {
    const { store } = installation();
    await store.save(expired(0));
    const presented: string[] = [];
    const unavailable = new TokenRefreshError({ reason: 'rejected', operation: 'getAccessToken', detail: '503', hint: '', final: false, status: 503 });
    await failure(
      store.refreshExclusively(
        byExpiry(async (tokens) => {
          presented.push(tokens.refreshToken);
          throw unavailable;
        }),
      ),
    );
    const next = await store.refreshExclusively(
      byExpiry(async (tokens) => {
        presented.push(tokens.refreshToken);
        return fresh(1);
      }),
    );
    expect(next.refreshToken).toBe('refresh-1');
    expect(presented).toEqual(['refresh-0', 'refresh-0']);
  });

  it('a re-authorization (save) clears the in-doubt mark and its recovery', async () => {
    const { store, lockKey } = installation();
    await store.save(expired(0));
    const presented: string[] = [];
    await dieMidRefresh(store, lockKey, presented);
    await dieMidRefresh(store, lockKey, presented);
    await store.save(expired(5));
    // The new refresh token starts afresh: a holder that dies with it leaves one recovery again.
    await dieMidRefresh(store, lockKey, presented);
    const next = await store.refreshExclusively(byExpiry(async (tokens) => ({ ...fresh(6), refreshToken: `after-${tokens.refreshToken}` })));
    expect(next.refreshToken).toBe('after-refresh-5');
    expect(presented).toEqual(['refresh-0', 'refresh-0', 'refresh-5']);
  });

  it("waiters use the holder's saved result instead of refreshing", async () => {
    const { store } = installation();
    await store.save(expired(0));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let presentations = 0;
    const present = async () => {
      presentations++;
      await gate;
      return fresh(1);
    };
    const holder = store.refreshExclusively(byExpiry(present));
    const waiters = Array.from({ length: 5 }, () => store.refreshExclusively(byExpiry(present)));
    release();
    const results = await Promise.all([holder, ...waiters]);
    expect(results.map((t) => t.refreshToken)).toEqual(Array(6).fill('refresh-1'));
    expect(presentations).toBe(1);
  });
});
