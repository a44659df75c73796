import { LeadwayError } from '../errors/leadway-error.js';

/** How many attempts the transport made for each answer it handed back after more than one. */
const attemptsByAnswer = new WeakMap<Response, number>();

/**
 * Records that the transport's attempt loop sent `attempts` requests for `answer`. The common case, one
 * attempt, is not stored (no WeakMap entry per call): `attemptsOf` reads it as 1.
 */
export function recordAnswerAttempts(answer: Response, attempts: number): Response {
  if (attempts !== 1) attemptsByAnswer.set(answer, attempts);
  return answer;
}

/** How many attempts the transport made for `answer`, an answer it handed back (1 unless recorded otherwise). */
export function attemptsOf(answer: Response | undefined): number | undefined {
  return answer ? (attemptsByAnswer.get(answer) ?? 1) : undefined;
}

/**
 * Sets `error.attempts` when it is not set yet: the attempt loop sets it on what it throws, and the
 * code that turns an answer into an error (status, malformed body) from the answer's count.
 */
export function withAttempts<E>(error: E, attempts: number | undefined): E {
  if (attempts !== undefined && LeadwayError.isLeadwayError(error) && error.attempts === undefined) {
    (error as { attempts: number | undefined }).attempts = attempts;
  }
  return error;
}
