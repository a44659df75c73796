/**
 * The longest waits a server's answer can impose on later calls, and why: one answer (a hostile
 * server, a proxy, a bug) must never stop the client's pacing for longer than the API's own limits
 * can mean. Every server-given wait is clamped here, in one place:
 *
 * - `X-RateLimit-Interval-Milliseconds` is the burst window. The API documents 10 s (REFERENCE 1.5,
 *   spec `components/headers/RateLimitIntervalMilliseconds.yaml`); a longer window is clamped to it.
 *   Every "wait one interval" (after a 429 without `Retry-After`, with the daily quota spent, while
 *   others use the burst) is therefore at most 10 s.
 * - `Retry-After` is read as at most one day: the API's longest window is the daily quota (200,000 a
 *   day), and the next day starts within 24 h. Longer values, dates far ahead and numbers too large to
 *   hold are read as one day.
 * - A `Retry-After` blocks later calls for at most one burst window, except when the same answer says
 *   the daily quota is spent (`X-RateLimit-Daily-Remaining` at the floor): then for at most one day.
 *   The call that got it decides on its own whether to wait (`retry.maxRetryAfterMs`).
 */

/** Longest burst window honoured from `X-RateLimit-Interval-Milliseconds`: the documented 10 s. @unit milliseconds */
export const MAX_BURST_WINDOW_MS = 10_000;

/** Longest daily window: the next day starts within 24 hours. @unit milliseconds */
export const MAX_DAILY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Longest `Retry-After` the client reads; anything longer means "tomorrow". @unit milliseconds */
export const MAX_RETRY_AFTER_MS = MAX_DAILY_WINDOW_MS;

/** The burst window to use for a server-given one: at most {@link MAX_BURST_WINDOW_MS}. @unit milliseconds */
export function boundedBurstWindow(intervalMs: number): number {
  return Math.min(intervalMs, MAX_BURST_WINDOW_MS);
}

/**
 * How long a `Retry-After` may block later calls: at most one burst window, or at most one day when
 * the same answer says the daily quota is spent. @unit milliseconds
 */
export function boundedRetryAfterBlock(retryAfterMs: number, dailySpent: boolean): number {
  return Math.min(retryAfterMs, dailySpent ? MAX_DAILY_WINDOW_MS : MAX_BURST_WINDOW_MS);
}
