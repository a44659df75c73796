// The figures of a walk through the rate-limited search server, from the server's counts and the
// walk's time: the same for one process pacing alone (the paced walk) and for N processes sharing one
// limit through Redis, so both tables measure the same thing.
import type { RateLimitStats } from '@leadway/test-servers';

export interface WalkFigures {
  /** The walk saw every conversation, with no error. */
  completed: boolean;
  /** Requests the server received, 429s included. */
  requests: number;
  tooManyRequests: number;
  /** @unit milliseconds */
  elapsedMs: number;
  /** Answered (non-429) requests per second. */
  achievedRps: number;
  allowedRps: number;
  /**
   * The shortest time the server's limit permits for the answered requests, over the time taken:
   * (ceil(answered / max) − 1) × interval ÷ elapsed. 1.0 is perfect pacing. Unlike achieved ÷ allowed,
   * it does not count the first burst, which lets any client look faster than the limit.
   */
  fractionOfAllowed: number;
}

/** The server's limit the walk ran against: `max` requests per `intervalMs`. */
export interface WalkLimit {
  max: number;
  /** @unit milliseconds */
  intervalMs: number;
}

/** The figures of one walk that took `elapsedMs`, from the server's counts at its end. */
export function walkFigures(stats: RateLimitStats, limit: WalkLimit, elapsedMs: number, completed: boolean): WalkFigures {
  return {
    completed,
    requests: stats.requests,
    tooManyRequests: stats.tooManyRequests,
    elapsedMs,
    achievedRps: (stats.answered / elapsedMs) * 1000,
    allowedRps: (limit.max / limit.intervalMs) * 1000,
    fractionOfAllowed: ((Math.ceil(stats.answered / limit.max) - 1) * limit.intervalMs) / elapsedMs,
  };
}
