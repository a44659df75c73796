import { AbortedError } from '../errors/aborted-error.js';
import { ConnectionError } from '../errors/connection-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import type { RequestInfo } from '../errors/request-info.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { bufferedBodies } from './buffered-bodies.js';
import { readLimitedBody } from './read-limited-body.js';
import { followRedirects, isRedirect } from './redirects.js';
import { credentialsOf } from './sent-credentials.js';

export { bufferedBodies };

/** Sends one attempt: `request` with `init` (signal, and the buffered body when there is one). */
export type SendRequest = (request: Request, init: RequestInit) => Promise<Response>;

/** Adapts a fetch that takes only a Request (the `fetch` option) to `SendRequest`. */
export function sendWith(fetch: (request: Request) => Promise<Response>): SendRequest {
  return (request, init) => {
    const sent = new Request(request, init);
    const parent = init?.signal;
    if (!parent) return fetch(sent);
    // The sent request's signal follows `init.signal` through a weak reference only (Node's dependent
    // signals): a fetch that listens on `request.signal` alone, and holds the request nowhere else,
    // would never hear the abort once the request is collected. A listener on the parent holds it.
    const holdSent = () => void sent.signal;
    parent.addEventListener('abort', holdSent);
    return fetch(sent).finally(() => parent.removeEventListener('abort', holdSent));
  };
}

/** The answer with a readable body: the same object when its body is unread, else a copy from the buffered bytes. */
export function readableResponse(response: Response): Response {
  const bytes = response.bodyUsed ? bufferedBodies.get(response) : undefined;
  if (!bytes) return response;
  const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  bufferedBodies.set(copy, bytes);
  return copy;
}

/**
 * How an attempt goes out: `fetch` takes a request as openapi-fetch built it (its signal and
 * `redirect: 'manual'` already set), `send` a request with the init to copy it with (a fresh signal,
 * the buffered body).
 */
export interface Senders {
  fetch: (request: Request) => Promise<Response>;
  send: SendRequest;
}

export interface AttemptInput {
  /** The request as openapi-fetch built it, credentials set; its body may already be consumed (see `body`). */
  request: Request;
  /**
   * True when `request` goes out as it is: it was built with `controller`'s signal and
   * `redirect: 'manual'`, and has no body. Otherwise a copy is sent, with `controller`'s signal.
   */
  asBuilt: boolean;
  /** Aborted to end this attempt (its timeout, the caller's signal); the sent request follows its signal. */
  controller: AbortController;
  /** The request body, buffered once; each attempt sends a fresh copy of it (a runtime may detach what it sent). */
  body: ArrayBuffer | null;
  /** Largest body read from the answer, counted decoded. @unit bytes */
  maxResponseBytes: number;
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
 * One attempt: sends (with `redirect: 'manual'`; redirects are handled by `followRedirects`), applies
 * the timeout and the caller's signal, and reads the whole body inside that scope, up to
 * `maxResponseBytes`, so a stall, a reset or an oversized body is a typed error here and never an
 * exception later in parsing. Always settles; every failure is a LeadwayError.
 */
export async function sendAttempt(senders: Senders, input: AttemptInput): Promise<Response> {
  const { infoOf, callerSignal, controller } = input;
  const { signal } = controller;
  // The timer's closure holds `input`, so the sent request (and the controller undici gave it, which
  // its signal's abort goes through, held only weakly by `signal`) lives until the attempt ends.
  const timer = setTimeout(() => controller.abort(new TimeoutError(infoOf(), input.timeoutScope, input.reportedTimeoutMs)), input.timeoutMs);
  // The caller's signal reaches the attempt through this listener (cheaper than AbortSignal.any).
  const abortForCaller = callerSignal && (() => controller.abort(callerSignal.reason));
  if (abortForCaller) {
    if (callerSignal.aborted) abortForCaller();
    else callerSignal.addEventListener('abort', abortForCaller);
  }

  try {
    let response: Response;
    try {
      if (input.asBuilt) {
        response = await senders.fetch(input.request);
      } else {
        const init: RequestInit = { signal, redirect: 'manual' };
        // A copy per attempt: the bytes a runtime was given may be detached once sent.
        if (input.body !== null) init.body = input.body.slice(0);
        response = await senders.send(input.request, init);
      }
      // Checked here first so the common answer, no redirect, costs no async call of the policy.
      if (response.redirected || isRedirect(response)) response = await followRedirects(senders.send, input.request, response, signal, infoOf);
    } catch (error) {
      throw attemptFailure(input, 'before-response', error);
    }
    let body: ArrayBuffer;
    try {
      const { status } = response;
      body = await readLimitedBody(response, input.maxResponseBytes, () => new ResponseTooLargeError(infoOf(), status, input.maxResponseBytes));
    } catch (error) {
      throw attemptFailure(input, 'during-body', error);
    }
    const empty = response.status === 204 || response.status === 304 || body.byteLength === 0;
    if (response.ok && !empty) {
      bufferedBodies.set(response, body);
      return response;
    }
    const buffered = new Response(empty ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    bufferedBodies.set(buffered, body);
    return buffered;
  } finally {
    clearTimeout(timer);
    if (abortForCaller) callerSignal.removeEventListener('abort', abortForCaller);
  }
}

/** Why an attempt failed, as a LeadwayError: the caller's abort, the attempt's timeout, or the connection's failure. */
function attemptFailure(input: AttemptInput, phase: 'before-response' | 'during-body', error: unknown): LeadwayError {
  const { callerSignal, infoOf } = input;
  if (callerSignal?.aborted) return new AbortedError(infoOf(), callerSignal.reason);
  const { signal } = input.controller;
  if (signal.aborted) return signal.reason as TimeoutError;
  if (LeadwayError.isLeadwayError(error)) return error;
  return new ConnectionError(infoOf(), phase, error, credentialsOf(input.request, undefined));
}
