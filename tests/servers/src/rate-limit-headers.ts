/** The five `X-RateLimit-*` headers the API sends on every answer (REFERENCE 1.5). */
export function rateLimitHeaders(state: {
  max: number;
  remaining: number;
  /** @unit milliseconds */
  intervalMs: number;
  dailyLimit: number;
  dailyRemaining: number;
}): Record<string, string> {
  return {
    'x-ratelimit-max': String(state.max),
    'x-ratelimit-remaining': String(Math.max(0, state.remaining)),
    'x-ratelimit-interval-milliseconds': String(state.intervalMs),
    'x-ratelimit-limit-daily': String(state.dailyLimit),
    'x-ratelimit-daily-remaining': String(Math.max(0, state.dailyRemaining)),
  };
}
