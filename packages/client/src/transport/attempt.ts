import { AbortedError } from '../errors/aborted-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import type { RequestInfo } from '../errors/request-info.js';
import { TimeoutError } from '../errors/timeout-error.js';

/** The bytes behind each Response the transport returned, so a parse failure can quote them. */
export const bufferedBodies = new WeakMap<Response, ArrayBuffer>();

export interface AttemptInput {
  /** The request as openapi-fetch built it; its body may already be consumed (see `body`). */
  request: Request;
  headers: Headers;
  /** The request body, buffered once so each attempt can send it again. */
  body: ArrayBuffer | null;
  /** Describes the request for errors; computed only when one is thrown. */
  infoOf: () => RequestInfo;
  callerSignal: AbortSignal | undefined;
  /** How long this attempt may take. @unit milliseconds */
  timeoutMs: number;
  /** Which limit `timeoutMs` comes from, and the value to report. */
  timeoutScope: 'attempt' | 'deadline';
  /** @unit milliseconds */
  reportedTimeoutMs: number;
}

/**
 * One attempt: sends, applies the timeout and the caller's signal, and reads the whole body inside
 * that scope, so a stall or a reset while the body arrives is a typed error here and never an
 * exception later in parsing. Always settles; every failure is a LeadwayError.
 */
export async function sendAttempt(fetch: (request: Request) => Promise<Response>, input: AttemptInput): Promise<Response> {
  const { infoOf, callerSignal } = input;
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new TimeoutError(infoOf(), input.timeoutScope, input.reportedTimeoutMs)),
    input.timeoutMs,
  );
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;

  const failure = (phase: 'before-response' | 'during-body', error: unknown): LeadwayError => {
    if (callerSignal?.aborted) return new AbortedError(infoOf(), callerSignal.reason);
    if (timeout.signal.aborted) return timeout.signal.reason as TimeoutError;
    if (LeadwayError.isLeadwayError(error)) return error;
    return new ConnectionError(infoOf(), phase, error);
  };

  try {
    let response: Response;
    try {
      const init: RequestInit = { headers: input.headers, signal };
      if (input.body !== null) init.body = input.body;
      response = await fetch(new Request(input.request, init));
    } catch (error) {
      throw failure('before-response', error);
    }
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      throw failure('during-body', error);
    }
    const empty = response.status === 204 || response.status === 304 || body.byteLength === 0;
    const buffered = new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    bufferedBodies.set(buffered, body);
    return buffered;
  } finally {
    clearTimeout(timer);
  }
}
