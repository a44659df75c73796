import type { LeadwayErrorKind } from '../errors/leadway-error.js';

/**
 * What the debug hook (`onEvent`) receives. Never holds the token: `headers` are the request headers
 * with `Authorization` replaced by `[REDACTED]`.
 *
 * - `response`: an attempt got an answer (`status`, `durationMs`).
 * - `error`: an attempt failed without an answer (`errorKind`, `durationMs`).
 * - `retry`: the client will send again after `delayMs`.
 * - `pacing`: the client waits `delayMs` before sending, to stay under the rate limits.
 */
export interface TransportEvent {
  /** What happened (see above). */
  type: 'response' | 'error' | 'retry' | 'pacing';
  /** HTTP method of the request. */
  method: string;
  /** Path of the request, without host or query. */
  path: string;
  /** The spec's operationId of the call. */
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** HTTP status, for `response` and `retry` after an answer. */
  status?: number;
  /** The kind of failure, for `error` and `retry` after a failure. */
  errorKind?: LeadwayErrorKind;
  /** @unit milliseconds */
  durationMs?: number;
  /** @unit milliseconds */
  delayMs?: number;
  /** The request headers, `Authorization` and `Cookie` replaced by `[REDACTED]`. */
  headers: Record<string, string>;
}

/** Receives transport events. An exception it throws is swallowed: logging never breaks a call. */
export type TransportEventHandler = (event: TransportEvent) => void;

/** Request headers safe to log. */
export function redactedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name === 'authorization' || name === 'cookie' ? '[REDACTED]' : value;
  });
  return out;
}
