import { MAX_RETRY_AFTER_MS } from './pacing-bounds.js';

/**
 * Parses `Retry-After` (seconds, or an HTTP date) into milliseconds from now, at most
 * {@link MAX_RETRY_AFTER_MS} (one day: the API's longest window; see `pacing-bounds.ts`).
 * Returns undefined for a missing or unparsable value; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return bounded(Math.round(Number(text) * 1000));
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return bounded(Math.max(0, date - now));
}

/** A far-away or unrepresentable wait (1e9 s, the year 9999, 400 digits) reads as the longest one. */
function bounded(ms: number): number {
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
