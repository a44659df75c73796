import { boundedBurstWindow } from './pacing-bounds.js';

/**
 * What one answer said about the rate limits (REFERENCE 1.5). Absent headers are undefined. Waits are
 * already bounded by `pacing-bounds.ts`, so no store can be told to stop for longer than the API means.
 */
export interface RateLimitObservation {
  /** HTTP status of the answer; 429 means the limit was hit. */
  status: number;
  /** `X-RateLimit-Max`: requests allowed per burst interval. */
  max?: number | undefined;
  /** `X-RateLimit-Interval-Milliseconds`: length of the burst interval, at most 10 s (the documented window). @unit milliseconds */
  intervalMs?: number | undefined;
  /** `X-RateLimit-Remaining`: requests left in the current burst interval. */
  remaining?: number | undefined;
  /** `X-RateLimit-Daily-Remaining`: requests left today. */
  dailyRemaining?: number | undefined;
  /** `Retry-After`, when the server sent it; at most one day. @unit milliseconds */
  retryAfterMs?: number | undefined;
}

/**
 * Reads the rate-limit headers of an answer. Returns undefined when the answer carries none and is not
 * a 429, so the common case costs no allocation.
 */
export function readRateLimitHeaders(response: Response, retryAfterMs: number | undefined): RateLimitObservation | undefined {
  const h = response.headers;
  const remaining = count(h.get('x-ratelimit-remaining'));
  const dailyRemaining = count(h.get('x-ratelimit-daily-remaining'));
  if (remaining === undefined && dailyRemaining === undefined && response.status !== 429) return undefined;
  return {
    status: response.status,
    max: positive(count(h.get('x-ratelimit-max'))),
    intervalMs: bounded(positive(count(h.get('x-ratelimit-interval-milliseconds')))),
    remaining,
    dailyRemaining,
    retryAfterMs,
  };
}

function count(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

function bounded(intervalMs: number | undefined): number | undefined {
  return intervalMs === undefined ? undefined : boundedBurstWindow(intervalMs);
}
