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
  type: 'response' | 'error' | 'retry' | 'pacing';
  method: string;
  path: string;
  operation: string;
  /** 1 for the first attempt. */
  attempt: number;
  status?: number;
  errorKind?: LeadwayErrorKind;
  /** @unit milliseconds */
  durationMs?: number;
  /** @unit milliseconds */
  delayMs?: number;
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
