import { AbortedError } from '../errors/aborted-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import { requestInfoOf, type RequestContext } from './request-context.js';
import { resolveToken, type TokenSource } from './token-source.js';

export interface TransportConfig {
  token: TokenSource;
  fetch: (request: Request) => Promise<Response>;
  /** @unit milliseconds */
  timeoutMs: number;
}

/** The bytes behind each Response the transport returned, so a parse failure can quote them. */
export const bufferedBodies = new WeakMap<Response, ArrayBuffer>();

/** Sends one request: the function openapi-fetch calls instead of `fetch`. */
export type Transport = (request: Request, context: RequestContext) => Promise<Response>;

/**
 * One attempt: adds the credentials, applies the timeout and the caller's signal, and reads the whole
 * body inside that scope, so a stall or a reset while the body arrives is a typed error here and
 * never an exception later in parsing.
 */
export function createTransport(config: TransportConfig): Transport {
  return async function send(request, context) {
    const info = requestInfoOf(request, context);
    const callerSignal = context.signal;
    if (callerSignal?.aborted) throw new AbortedError(info, callerSignal.reason);

    const token = await resolveToken(config.token, callerSignal);
    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${token}`);

    const timeoutMs = context.timeoutMs ?? config.timeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new TimeoutError(info, 'attempt', timeoutMs)), timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;

    const failure = (phase: 'before-response' | 'during-body', error: unknown): LeadwayError => {
      if (callerSignal?.aborted) return new AbortedError(info, callerSignal.reason);
      if (timeout.signal.aborted) return timeout.signal.reason as TimeoutError;
      if (LeadwayError.isLeadwayError(error)) return error;
      return new ConnectionError(info, phase, error);
    };

    try {
      let response: Response;
      try {
        const init: RequestInit & { duplex?: 'half' } = { headers, signal };
        if (request.body) init.duplex = 'half';
        response = await config.fetch(new Request(request, init));
      } catch (error) {
        throw failure('before-response', error);
      }
      let body: ArrayBuffer | null;
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
  };
}
