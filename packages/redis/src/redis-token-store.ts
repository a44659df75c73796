import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ExclusiveRefresh, type OAuthTokens, TokenRefreshError, type TokenStore } from '@leadway/client';
import { command, type RedisConnection } from './connection.js';
import { runScript } from './lua-script.js';
import { RedisStoreError } from './redis-store-error.js';
import { MARK_PRESENTING, RELEASE, SAVE, SAVE_IF_HOLDER, UNMARK } from './token-scripts.js';

/** Options of {@link createRedisTokenStore}. */
export interface RedisTokenStoreOptions {
  /** Names the installation whose tokens these are, e.g. `location:<id>` or `company:<id>`. */
  key: string;
  /**
   * Lifetime of the refresh lock. A holder that dies (kill -9) blocks the others at most this long.
   * Keep it above the provider's token `timeoutMs` plus a few Redis round trips: a holder still
   * waiting for the token endpoint when its lock expires cannot save the answer (fencing).
   * @default 60000 @unit milliseconds
   */
  lockTtlMs?: number;
  /** How long a process waits for another's refresh before failing with `lock_wait_timeout`. @default lockTtlMs + 10000 @unit milliseconds */
  waitTimeoutMs?: number;
  /** Longest pause between two looks at the lock while waiting. @default 250 @unit milliseconds */
  maxPollMs?: number;
}

/** A TokenStore in Redis whose `refreshExclusively` makes one refresh serve every process. */
export interface RedisTokenStore extends TokenStore {
  /** The tokens stored now (undefined when none). */
  load(): Promise<OAuthTokens | undefined>;
  /** Stores tokens unconditionally and clears any in-flight mark: use it with fresh tokens after a re-authorization. */
  save(tokens: OAuthTokens): Promise<void>;
  /** See TokenStore.refreshExclusively: the shared lock, the in-flight mark and the fenced save. */
  refreshExclusively(refresh: ExclusiveRefresh): Promise<OAuthTokens>;
}

const OPERATION = 'getAccessToken';
const DEFAULT_LOCK_TTL_MS = 60_000;
const FIRST_POLL_MS = 10;
const DEFAULT_MAX_POLL_MS = 250;

/**
 * OAuth tokens in Redis, shared by every process of an installation. With
 * `createOAuthTokenProvider({ store })`, one expiry causes one refresh across all processes:
 *
 * 1. The process that needs a refresh takes a lock (`SET NX PX lockTtlMs`, value = a random fencing
 *    token). Others poll until the lock is gone or the stored tokens are fresh, then use them.
 * 2. The holder reloads the tokens; when another process refreshed already, it uses those.
 * 3. Before sending, it marks the refresh token as being presented (a Lua script that checks the
 *    lock is still its own). A token found marked was presented by a holder that died or stalled
 *    past its lock before saving: the endpoint may or may not have spent it. The new holder presents
 *    it once more (a recovery, recorded in the mark): if the endpoint had not spent it, the refresh
 *    succeeds and everyone goes on; if it had, the rotated token died with that holder, nothing can
 *    refresh any more, and the endpoint's refusal (400 `invalid_grant`) says so. A token marked
 *    after its recovery too is never presented again: TokenRefreshError `refresh_in_doubt` (final:
 *    re-authorize, then `provider.reset(tokens)`).
 * 4. It saves the answer with a fenced write (a Lua script that writes only while the lock holds its
 *    value) before anyone uses the new access token; a holder whose lock expired is refused and
 *    gets TokenRefreshError `store_write_failed` (final).
 * 5. A 429 or 5xx answer clears the mark (the one-process provider also asks again then); no answer
 *    at all leaves it (the token may be spent).
 */
export function createRedisTokenStore(connection: RedisConnection, options: RedisTokenStoreOptions): RedisTokenStore {
  if (typeof options?.key !== 'string' || options.key === '') throw new TypeError('createRedisTokenStore: key must be a non-empty string');
  const lockTtlMs = options.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  if (!(Number.isInteger(lockTtlMs) && lockTtlMs > 0)) throw new RangeError('lockTtlMs must be a positive integer');
  const waitTimeoutMs = options.waitTimeoutMs ?? lockTtlMs + 10_000;
  if (!(Number.isFinite(waitTimeoutMs) && waitTimeoutMs > 0)) throw new RangeError('waitTimeoutMs must be positive');
  const maxPollMs = options.maxPollMs ?? DEFAULT_MAX_POLL_MS;
  if (!(Number.isFinite(maxPollMs) && maxPollMs > 0)) throw new RangeError('maxPollMs must be positive');

  const base = `${connection.keyPrefix}oauth:{${encodeURIComponent(options.key)}}`;
  const keys = [`${base}:tokens`, `${base}:refresh-lock`];

  async function load(): Promise<OAuthTokens | undefined> {
    const text = await command(connection, 'load tokens', (client) => client.hget(keys[0]!, 'tokens'));
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as OAuthTokens;
    } catch {
      throw new RedisStoreError('command_failed', connection.url, `the tokens under ${keys[0]} are not JSON`);
    }
  }

  async function save(tokens: OAuthTokens): Promise<void> {
    await runScript(connection, SAVE, keys, [JSON.stringify(tokens)]);
  }

  /** Holding the lock (value `fence`): reload, and refresh only when the stored tokens still need it. */
  async function refreshAsHolder(refresh: ExclusiveRefresh, fence: string, turn = 1): Promise<OAuthTokens> {
    const stored = await load();
    if (!stored) throw refreshError('store_read_failed', 'the token store holds no tokens', 'Authorize the app, then call reset() with its tokens.', false);
    if (!refresh.needsRefresh(stored)) return stored;

    const mark = await runScript(connection, MARK_PRESENTING, keys, [fence, stored.refreshToken]);
    if (mark === 'in_doubt') {
      throw refreshError(
        'refresh_in_doubt',
        'two processes presented this refresh token in turn and neither saved the answer (killed, or stalled past the lock), so it may be spent and is not presented again',
        'Re-authorize the app, then call reset() with the new tokens.',
        true,
      );
    }
    if (mark === 'lost')
      throw new RedisStoreError('lock_lost', connection.url, 'the refresh lock expired before the refresh token was marked; nothing was sent');
    if (mark === 'changed') {
      // Tokens were saved between the read and the mark (a re-authorization): look at them again.
      if (turn < 3) return refreshAsHolder(refresh, fence, turn + 1);
      throw new RedisStoreError('lock_lost', connection.url, 'the stored tokens kept changing under the refresh lock; nothing was sent');
    }

    let next: OAuthTokens;
    try {
      next = await refresh.present(stored);
    } catch (error) {
      // The endpoint answered 429 or 5xx: it did not spend the token, so the next holder may present it.
      // Read by shape, not instanceof: the provider may come from another copy of @leadway/client.
      const failure = error as Partial<TokenRefreshError> | undefined;
      const answeredUnspent = failure?.kind === 'token_refresh' && failure.reason === 'rejected' && failure.final === false;
      if (answeredUnspent) await runScript(connection, UNMARK, keys, [fence]).catch(() => undefined);
      throw error;
    }
    let saved: unknown;
    try {
      saved = await runScript(connection, SAVE_IF_HOLDER, keys, [fence, JSON.stringify(next)]);
    } catch (cause) {
      throw refreshError(
        'store_write_failed',
        'Redis failed while saving the refreshed tokens, so they were not used (the previous refresh token is spent)',
        'Re-authorize the app, then call reset() with the new tokens.',
        true,
        cause,
      );
    }
    if (Number(saved) !== 1) {
      throw refreshError(
        'store_write_failed',
        `the refresh lock (${lockTtlMs} ms) expired before the refreshed tokens were saved; the fenced write was refused and the tokens were not used (the previous refresh token is spent)`,
        'Re-authorize the app, then call reset() with the new tokens; raise lockTtlMs above the token timeout.',
        true,
      );
    }
    return next;
  }

  async function refreshExclusively(refresh: ExclusiveRefresh): Promise<OAuthTokens> {
    const deadline = Date.now() + waitTimeoutMs;
    let pause = FIRST_POLL_MS;
    // Bounded by the deadline: every turn makes at least one Redis round trip or pause.
    for (;;) {
      const stored = await load();
      if (stored && !refresh.needsRefresh(stored)) return stored;
      const fence = randomUUID();
      const taken = await command(connection, 'take the refresh lock', (client) => client.set(keys[1]!, fence, 'PX', lockTtlMs, 'NX'));
      if (taken === 'OK') {
        try {
          return await refreshAsHolder(refresh, fence);
        } finally {
          await runScript(connection, RELEASE, keys, [fence]).catch(() => undefined);
        }
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new RedisStoreError(
          'lock_wait_timeout',
          connection.url,
          `another process held the refresh lock for ${waitTimeoutMs} ms without saving new tokens`,
        );
      }
      await sleep(Math.min(pause, left));
      pause = Math.min(pause * 2, maxPollMs);
    }
  }

  return { load, save, refreshExclusively };
}

function refreshError(reason: TokenRefreshError['reason'], detail: string, hint: string, final: boolean, cause?: unknown): TokenRefreshError {
  return new TokenRefreshError({ reason, operation: OPERATION, detail, hint, final, cause });
}
