import type { RetryOptions } from '../options.js';

/**
 * Exponential backoff with full jitter: before retry n (1-based) wait a uniformly random time in
 * [0, min(maxDelayMs, baseDelayMs × 2^(n-1))). Full jitter spreads the retries of many workers
 * that failed together, so they do not hit the API again in lock step. @unit milliseconds
 */
export function backoffDelay(retry: number, policy: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry - 1, 30));
  return Math.floor(random() * ceiling);
}
