import type { RateLimitObservation, RateLimitStore } from '@leadway/client';
import type { RedisConnection } from './connection.js';
import { runScript, runScriptInOrder } from './lua-script.js';
import { ACQUIRE, RECORD } from './rate-limit-scripts.js';

/** Options of {@link createRedisRateLimitStore}; the first three mean what they mean for the in-memory store. */
export interface RedisRateLimitStoreOptions {
  /** Requests per burst interval until the API's `X-RateLimit-Max` says otherwise. @default 100 */
  max?: number;
  /** Burst interval until `X-RateLimit-Interval-Milliseconds` says otherwise. @default 10000 @unit milliseconds */
  intervalMs?: number;
  /** Share of each burst left unused as a safety floor, from 0 to 0.5. @default 0.05 */
  reserve?: number;
  /**
   * Whose clock times the window: `'redis'` (the Redis server's TIME, one clock for every machine) or
   * `'caller'` (the `now` the client passes, i.e. each process's Date.now()). @default 'redis'
   */
  clock?: 'redis' | 'caller';
  /** How long a key's learned limits and blocks are kept after its last use. @default 86400000 (a day) @unit milliseconds */
  stateTtlMs?: number;
}

const DEFAULT_MAX = 100;
const DEFAULT_INTERVAL_MS = 10_000;
const DEFAULT_RESERVE = 0.05;
const DEFAULT_STATE_TTL_MS = 86_400_000;
/** The client's pacing bounds (`@leadway/client` transport/pacing-bounds.ts): the documented 10 s burst window, and one day. */
const MAX_BURST_WINDOW_MS = 10_000;
const MAX_DAILY_WINDOW_MS = 86_400_000;

/**
 * A RateLimitStore in Redis: every process that uses the same Redis and the same `pacing.key` (see
 * {@link rateLimitKey}) paces against one budget, with the in-memory store's rules (sliding window of
 * `max × (1 − reserve)` sends per interval; others' use seen in `X-RateLimit-Remaining` taken off for
 * one interval; a pause after a 429 and when the daily quota runs low). Each acquire and record is
 * one atomic Lua script (EVALSHA, cached by Redis); a call waits for its acquire only, its record is
 * pipelined before the process's next acquire. A Redis failure rejects the acquire with
 * RedisStoreError (`unavailable` at once while the connection is down, `timeout` after
 * `commandTimeoutMs`); nothing is sent unpaced.
 */
export function createRedisRateLimitStore(connection: RedisConnection, options: RedisRateLimitStoreOptions = {}): RateLimitStore {
  const max = options.max ?? DEFAULT_MAX;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const reserve = options.reserve ?? DEFAULT_RESERVE;
  const stateTtlMs = options.stateTtlMs ?? DEFAULT_STATE_TTL_MS;
  const clock = options.clock ?? 'redis';
  if (!(Number.isInteger(max) && max > 0)) throw new RangeError('max must be a positive integer');
  if (!(Number.isFinite(intervalMs) && intervalMs > 0)) throw new RangeError('intervalMs must be positive');
  if (!(reserve >= 0 && reserve <= 0.5)) throw new RangeError('reserve must be from 0 to 0.5');
  if (!(Number.isFinite(stateTtlMs) && stateTtlMs > 0)) throw new RangeError('stateTtlMs must be positive');
  if (clock !== 'redis' && clock !== 'caller') throw new RangeError("clock must be 'redis' or 'caller'");

  const keysOf = (key: string) => {
    // One hash slot per key (the braces), so the scripts also run on a Redis Cluster.
    const base = `${connection.keyPrefix}rate-limit:{${encodeURIComponent(key)}}`;
    return [`${base}:state`, `${base}:sends`];
  };
  const head = (now: number) => [clock === 'caller' ? now : '', max, intervalMs, reserve, stateTtlMs];
  const optional = (value: number | undefined) => (value === undefined ? '' : value);

  return {
    async acquire(key, now) {
      return Number(await runScript(connection, ACQUIRE, keysOf(key), head(now)));
    },
    record(key, observation: RateLimitObservation, now) {
      // Not awaited: the call that got this answer goes on at once, and this process's next acquire,
      // sent after it on the same connection, runs after it (Redis runs one connection's commands in
      // order), so a call costs one round trip instead of two. A failed record is dropped: while
      // Redis is down, the next acquire fails with RedisStoreError anyway. Sent with EVAL, never
      // EVALSHA: a NOSCRIPT answer would resend it after that next acquire.
      runScriptInOrder(connection, RECORD, keysOf(key), [
        ...head(now),
        observation.status,
        optional(observation.max),
        optional(observation.intervalMs),
        optional(observation.remaining),
        optional(observation.dailyRemaining),
        optional(observation.retryAfterMs),
        MAX_BURST_WINDOW_MS,
        MAX_DAILY_WINDOW_MS,
      ]).catch(() => undefined);
    },
  };
}
