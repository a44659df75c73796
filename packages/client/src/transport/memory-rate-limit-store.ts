import { DEFAULT_BURST_INTERVAL_MS, DEFAULT_BURST_MAX, DEFAULT_PACING_RESERVE } from '../options.js';
import { boundedBurstWindow, boundedRetryAfterBlock } from './pacing-bounds.js';
import type { RateLimitStore } from './rate-limit-store.js';
import { SendTimes } from './send-times.js';

/** Options of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Requests per burst interval until the API's `X-RateLimit-Max` says otherwise. @default 100 */
  max?: number;
  /** Burst interval until `X-RateLimit-Interval-Milliseconds` says otherwise. @default 10000 @unit milliseconds */
  intervalMs?: number;
  /** Share of each burst left unused as a safety floor, from 0 to 0.5. @default 0.05 */
  reserve?: number;
}

interface KeyState {
  max: number;
  intervalMs: number;
  /** Send times within the last interval, oldest first. */
  sends: SendTimes;
  /** No request may go before this time. */
  blockedUntil: number;
  /** Requests others used in the window, by the server's last count, and until when that holds. */
  foreign: number;
  foreignUntil: number;
}

/**
 * The default pacing state, in memory.
 *
 * - Sliding window: at most `max × (1 − reserve)` requests start within any `intervalMs` (95 per 10 s
 *   by default, and never fewer than 1, so `X-RateLimit-Max: 1` still lets one request go per
 *   window), counted from this client's own sends. The API has no reset header (REFERENCE 1.5), so
 *   the window is kept locally instead of trusting a reset time.
 * - Others sharing the quota: when an answer's `X-RateLimit-Remaining` shows more requests used than
 *   this client sent in the window, the difference is taken off the budget for one interval (down to
 *   waiting a full interval when nothing is left).
 * - When `X-RateLimit-Daily-Remaining` is at or below half the reserve (2 of 100), nothing is sent for
 *   one interval at a time: the daily reset time is not published.
 * - After a 429, nothing is sent for `Retry-After`, or one full interval when it is absent.
 * - Every wait it answers is a real one (until a send leaves the window, or a block or the others'
 *   count ends), never a short poll; and no answer blocks for longer than `pacing-bounds.ts` allows
 *   (a server-given interval is at most 10 s; a `Retry-After` blocks at most one interval, or one day
 *   when the daily quota is spent).
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const max = options.max ?? DEFAULT_BURST_MAX;
  const intervalMs = options.intervalMs ?? DEFAULT_BURST_INTERVAL_MS;
  const reserve = options.reserve ?? DEFAULT_PACING_RESERVE;
  if (!(Number.isInteger(max) && max > 0)) throw new RangeError('max must be a positive integer');
  if (!(Number.isFinite(intervalMs) && intervalMs > 0)) throw new RangeError('intervalMs must be positive');
  if (!(reserve >= 0 && reserve <= 0.5)) throw new RangeError('reserve must be from 0 to 0.5');
  return defaultMemoryRateLimitStore(max, intervalMs, reserve);
}

/**
 * The store of {@link createMemoryRateLimitStore} with settings already checked (the defaults when
 * left out). The client's default pacing uses it directly, so an app that never builds a store of its
 * own does not bundle the option checks.
 */
export function defaultMemoryRateLimitStore(
  initialMax = DEFAULT_BURST_MAX,
  initialInterval = DEFAULT_BURST_INTERVAL_MS,
  reserve = DEFAULT_PACING_RESERVE,
): RateLimitStore {
  const states = new Map<string, KeyState>();

  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = { max: initialMax, intervalMs: initialInterval, sends: new SendTimes(), blockedUntil: 0, foreign: 0, foreignUntil: 0 };
      states.set(key, state);
    }
    return state;
  };
  const reserved = (max: number) => Math.ceil(max * reserve);
  /** This client's share of a burst: the reserve left unused, but never below one request. */
  const ownBudget = (max: number) => Math.max(1, max - reserved(max));
  const prune = (state: KeyState, now: number) => {
    state.sends.dropUntil(now - state.intervalMs);
  };

  return {
    acquire(key, now) {
      const state = stateOf(key);
      if (now < state.blockedUntil) return state.blockedUntil - now;
      prune(state, now);
      const { sends } = state;
      const foreign = now < state.foreignUntil ? state.foreign : 0;
      const budget = ownBudget(state.max) - foreign;
      // Only the others' count can use the budget up, and it lapses at foreignUntil (> now here).
      if (budget <= 0) return state.foreignUntil - now;
      if (sends.length >= budget) {
        // Wait for our oldest counted send to leave the window, or for the others' count to lapse.
        const ownExpiry = sends.at(sends.length - budget) + state.intervalMs - now;
        return Math.max(1, foreign > 0 ? Math.min(ownExpiry, state.foreignUntil - now) : ownExpiry);
      }
      sends.push(now);
      return 0;
    },
    record(key, observation, now) {
      const state = stateOf(key);
      if (observation.max !== undefined) state.max = observation.max;
      if (observation.intervalMs !== undefined) state.intervalMs = boundedBurstWindow(observation.intervalMs);
      if (observation.remaining !== undefined) {
        prune(state, now);
        const foreign = state.max - observation.remaining - state.sends.length;
        state.foreign = Math.max(0, foreign);
        state.foreignUntil = now + state.intervalMs;
      }
      const floor = Math.floor(reserved(state.max) / 2);
      const dailySpent = observation.dailyRemaining !== undefined && observation.dailyRemaining <= floor;
      let blockFor = 0;
      if (observation.status === 429) {
        blockFor = observation.retryAfterMs === undefined ? state.intervalMs : boundedRetryAfterBlock(observation.retryAfterMs, dailySpent);
      }
      if (dailySpent) blockFor = Math.max(blockFor, state.intervalMs);
      if (blockFor > 0) state.blockedUntil = Math.max(state.blockedUntil, now + blockFor);
    },
  };
}
