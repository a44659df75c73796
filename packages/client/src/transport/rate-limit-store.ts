import type { RateLimitObservation } from './rate-limit-headers.js';

/**
 * Where the pacing state lives. The client asks it before every attempt and tells it what every answer
 * said. The default keeps the state in memory for one client; an implementation backed by a shared
 * store (Redis, a database) lets several processes that use the same app and location pace together.
 * Methods may return promises; synchronous answers keep the hot path free of extra awaits.
 */
export interface RateLimitStore {
  /**
   * Asks to send one request under `key` at time `now`. Returns 0 when it may go now (and counts it as
   * sent), else how long to wait before asking again. @unit milliseconds
   */
  acquire(key: string, now: number): number | Promise<number>;
  /** Records what an answer said about the limits, at time `now`. */
  record(key: string, observation: RateLimitObservation, now: number): void | Promise<void>;
}
