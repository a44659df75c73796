import { ApiError, type ApiErrorInit } from './api-error.js';

/** HTTP 429: the burst (100 per 10 s) or daily (200,000) limit of this app and location is spent. */
export class RateLimitError extends ApiError {
  /** Always `'rate_limited'`. */
  declare readonly kind: 'rate_limited';
  /** How long the server asked to wait (Retry-After), when it said. @unit milliseconds */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit, retryAfterMs?: number) {
    super(init, 'Slow down: wait for the burst window to pass (the client paces itself when pacing is on).', 'rate_limited');
    this.retryAfterMs = retryAfterMs;
  }
}
