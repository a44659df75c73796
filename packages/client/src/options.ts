import { InvalidInputError } from './errors/invalid-input-error.js';
import type { components } from './generated/openapi.js';

/** Every default of the client, in one place. */

/** The API host (Leadway and HighLevel share it). */
export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** A value the spec accepts for the `Version` header. */
export type ApiVersion = components['parameters']['Version'];

/** Leadway documents 2021-07-28; the vendor's Conversations spec documents 2021-04-15. Both are accepted. */
export const DEFAULT_API_VERSION: ApiVersion = '2021-07-28';
/** Every `Version` header value the client accepts for `version`. */
export const SUPPORTED_API_VERSIONS: readonly ApiVersion[] = ['2021-07-28', '2021-04-15'];

/** Per-attempt timeout. @unit milliseconds */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Overall deadline of one call, all attempts and waits included. @unit milliseconds */
export const DEFAULT_DEADLINE_MS = 120_000;

/**
 * Largest answer body the client reads (JSON answers and error bodies), counted on the decoded bytes:
 * 32 MiB. The largest JSON the API documents is a page of 100 messages or an export page, far below
 * 1 MiB; 32 MiB leaves ample room while bounding memory against a huge body or a gzip bomb.
 * @unit bytes
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 33_554_432;

/**
 * Largest body of a file download (call recordings, transcript files): 256 MiB, about 2 hours of
 * two-channel 8 kHz 16-bit WAV, or 4 of mono. Pass `maxResponseBytes` for one call to allow more.
 * @unit bytes
 */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 268_435_456;

/** Largest answer a token endpoint may send: 1 MiB (a token answer is a few KiB, with `approvedLocations`). @unit bytes */
export const TOKEN_RESPONSE_MAX_BYTES = 1_048_576;

/** Largest value accepted for `maxResponseBytes` / `maxDownloadBytes`: 2 GiB. @unit bytes */
// Written as literals, not products: a bundler keeps a product it cannot prove free of side effects.
export const MAX_RESPONSE_BYTES_LIMIT = 2_147_483_648;

/** A body size limit: a whole number of bytes from 1 to {@link MAX_RESPONSE_BYTES_LIMIT}. */
export function checkByteLimit(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RESPONSE_BYTES_LIMIT) {
    throw new InvalidInputError(field, `must be a whole number of bytes from 1 to ${MAX_RESPONSE_BYTES_LIMIT}`);
  }
  return value;
}

/** How the client retries. Every field has a default; see {@link DEFAULT_RETRY}. */
export interface RetryOptions {
  /** Retries after the first attempt (0 disables retrying). @default 3 */
  maxRetries: number;
  /** First backoff ceiling; attempt n waits a random time in [0, min(cap, base × 2^(n-1))). @default 500 @unit milliseconds */
  baseDelayMs: number;
  /** Largest backoff ceiling. @default 20000 @unit milliseconds */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` the client will wait for; a longer one ends the call with the error at once.
   * @default 60000 @unit milliseconds
   */
  maxRetryAfterMs: number;
  /** Statuses that are retried (for idempotent requests only). @default [408, 429, 500, 502, 503, 504] */
  statuses: readonly number[];
}

/** The retry policy used when `retry` is not given (3 retries, 500 ms base, 20 s cap, 60 s longest Retry-After). */
// `@__PURE__`: a bundler cannot tell that Object.freeze has no side effect, and would keep this
// object in every app that imports anything from this module.
export const DEFAULT_RETRY: Readonly<RetryOptions> = /* @__PURE__ */ Object.freeze({
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  statuses: /* @__PURE__ */ Object.freeze([408, 429, 500, 502, 503, 504]),
});

/** Upper bound on `maxRetries`, so a typo cannot make a loop run for ever. */
export const MAX_RETRIES_LIMIT = 10;

/**
 * Burst limit assumed until the API's `X-RateLimit-Max` / `X-RateLimit-Interval-Milliseconds` headers
 * say otherwise: 100 requests per 10 s per app per location (REFERENCE 1.5).
 */
export const DEFAULT_BURST_MAX = 100;
/** @unit milliseconds */
export const DEFAULT_BURST_INTERVAL_MS = 10_000;
/**
 * Share of the burst the pacer leaves unused, as a safety floor: there is no reset header, other
 * processes may share the quota, and clocks differ. @default 0.05
 */
export const DEFAULT_PACING_RESERVE = 0.05;

/** Normalises `retry` (false, a number of retries, or a partial object) into a full policy. */
export function normaliseRetry(value: unknown): Readonly<RetryOptions> {
  if (value === undefined || value === true) return DEFAULT_RETRY;
  if (value === false) return { ...DEFAULT_RETRY, maxRetries: 0 };
  if (typeof value === 'number') return { ...DEFAULT_RETRY, maxRetries: checkRetries('retry', value) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('retry', 'must be false, a number of retries, or an object of retry options');
  }
  const v = value as Partial<Record<keyof RetryOptions, unknown>>;
  const out: RetryOptions = { ...DEFAULT_RETRY };
  // The numeric fields, checked in this order: a count of retries, then durations that may be 0.
  for (const name of ['maxRetries', 'baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    const given = v[name];
    if (given !== undefined) out[name] = name === 'maxRetries' ? checkRetries('retry.maxRetries', given) : checkDuration(`retry.${name}`, given, true);
  }
  if (v.statuses !== undefined) {
    if (!Array.isArray(v.statuses) || !v.statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599)) {
      throw new InvalidInputError('retry.statuses', 'must be an array of HTTP error statuses (400-599)');
    }
    out.statuses = Object.freeze([...(v.statuses as number[])]);
  }
  return out;
}

/** A number of retries: an integer from 0 to {@link MAX_RETRIES_LIMIT}. */
export function checkRetries(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES_LIMIT) {
    throw new InvalidInputError(field, `must be an integer from 0 to ${MAX_RETRIES_LIMIT}`);
  }
  return value;
}

/** Longest duration a timer can wait (2^31 − 1 ms, about 24.8 days); longer ones fire at once. @unit milliseconds */
export const MAX_DURATION_MS = 2_147_483_647;

/** A duration in milliseconds: from 1 (or 0 when allowed) to {@link MAX_DURATION_MS}. */
export function checkDuration(field: string, value: unknown, allowZero = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > MAX_DURATION_MS || value < (allowZero ? 0 : 1)) {
    throw new InvalidInputError(field, `must be a number of milliseconds from ${allowZero ? 0 : 1} to ${MAX_DURATION_MS}`);
  }
  return value;
}
