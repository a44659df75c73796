import type { LeadwayError } from '../errors/leadway-error.js';

/**
 * Connection failures that happen before a single byte of the request is written: the TCP connection
 * was refused, the host name did not resolve, or the route or connect attempt failed. A request that
 * creates something may be retried after these, and only after these.
 */
const NOTHING_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Whether a failed attempt (no answer) may be sent again.
 * - Idempotent requests: after any connection error (refused, reset, DNS, body cut off) and after the
 *   per-attempt timeout.
 * - Requests that create something: only after a connection error whose code proves nothing was sent.
 * - Never after the caller aborted, the overall deadline passed, or a non-transport error.
 */
export function mayRetryFailure(error: LeadwayError, idempotent: boolean): boolean {
  if (error.kind === 'connection') {
    if (idempotent) return true;
    const { phase, code } = error as LeadwayError & { phase: string; code?: string };
    return phase === 'before-response' && code !== undefined && NOTHING_SENT_CODES.has(code);
  }
  if (error.kind === 'timeout') return idempotent && (error as LeadwayError & { scope: string }).scope === 'attempt';
  return false;
}

/**
 * Whether an answer with this status may be retried. Only idempotent requests are: a 5xx to a create
 * may come after the message was sent, and the API does not document that a 429 means "not processed".
 */
export function mayRetryStatus(status: number, idempotent: boolean, statuses: readonly number[]): boolean {
  return idempotent && statuses.includes(status);
}
