import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import type { RequestInfo } from '../errors/request-info.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_RESPONSE_BYTES, type RetryOptions } from '../options.js';
import { assertToken } from '../validate.js';
import { type Senders, type SendRequest, sendAttempt, sendWith } from './attempt.js';
import { recordAnswerAttempts, withAttempts } from './attempt-count.js';
import { backoffDelay } from './backoff.js';
import { readRateLimitHeaders } from './rate-limit-headers.js';
import type { RateLimitStore } from './rate-limit-store.js';
import { type RequestContext, requestInfoOf } from './request-context.js';
import { parseRetryAfter } from './retry-after.js';
import { mayRetryFailure, mayRetryStatus } from './retry-decision.js';
import { recordAnswerToken } from './sent-credentials.js';
import { sleep } from './sleep.js';
import type { TokenSource } from './token-source.js';
import { tokenWithin } from './token-within.js';
import { redactedHeaders, type TransportEvent, type TransportEventHandler } from './transport-event.js';

export { bufferedBodies, readableResponse } from './attempt.js';

/** Where pacing state lives and under which key this client counts its requests. */
export interface PacingConfig {
  store: RateLimitStore;
  key: string;
}

export interface TransportConfig {
  /** The bearer token of each attempt. Absent: no Authorization header (the OAuth token form authenticates itself). */
  token?: TokenSource | undefined;
  fetch: (request: Request) => Promise<Response>;
  /**
   * Sends a request with its init without building another Request first (the global fetch).
   * @default `fetch` given a new Request of the request and init
   */
  send?: SendRequest;
  /** Per-attempt timeout. @unit milliseconds */
  timeoutMs: number;
  /** Overall deadline per call, retries and waits included. @unit milliseconds */
  deadlineMs: number;
  retry: Readonly<RetryOptions>;
  /** Absent: no pacing. */
  pacing?: PacingConfig | undefined;
  onEvent?: TransportEventHandler | undefined;
  /** Source of jitter, in [0, 1). @default Math.random */
  random?: () => number;
  /** Largest answer body read, counted decoded. @default DEFAULT_MAX_RESPONSE_BYTES @unit bytes */
  maxResponseBytes?: number;
  /** Largest body of a file download (`context.download`). @default DEFAULT_MAX_DOWNLOAD_BYTES @unit bytes */
  maxDownloadBytes?: number;
}

/** What an event adds to the request's description. */
type EventFields = Omit<TransportEvent, 'type' | 'method' | 'path' | 'operation' | 'headers'>;

/** Sends one request: the function openapi-fetch calls instead of `fetch`. */
export type Transport = (request: Request, context: RequestContext) => Promise<Response>;

/** Transports whose `send` copies every request itself (the global fetch, given the request and an init). */
const copyingTransports = new WeakSet<Transport>();

/**
 * True when `transport` sends every attempt through `config.send`, which builds the sent request
 * from the one it is given and an init (the global fetch does so inside `fetch`): a signal given to
 * openapi-fetch's Request would then be one more signal to follow, never the one sent. A wrapper
 * marked with {@link copyingLike} (the OAuth refresh) answers as the transport it wraps.
 */
export function copiesEveryRequest(transport: Transport): boolean {
  return copyingTransports.has(transport);
}

/**
 * Marks `wrapper`, a transport that hands each request to `inner` (the OAuth refresh), as copying
 * every request when `inner` does, so a call through it builds no signal `inner` would never send.
 */
export function copyingLike<T extends Transport>(inner: Transport, wrapper: T): T {
  if (copyingTransports.has(inner)) copyingTransports.add(wrapper);
  return wrapper;
}

/** Everything the attempts of one call share: the call's limits, fixed at its start, and the attempt number. */
interface CallState {
  readonly request: Request;
  readonly context: RequestContext;
  /** The request body, buffered once so each attempt can send it again. */
  body: ArrayBuffer | null;
  readonly callerSignal: AbortSignal | undefined;
  /** @unit milliseconds since the epoch */
  readonly deadlineAt: number;
  /** @unit milliseconds */
  readonly deadlineMs: number;
  readonly maxRetries: number;
  /** @unit milliseconds */
  readonly perAttemptMs: number;
  /** @unit bytes */
  readonly maxResponseBytes: number;
  /**
   * The controller the request was built with (`context.requestController`), until the first attempt
   * takes it to send the request as it is; later attempts send copies with signals of their own.
   */
  builtWith: AbortController | undefined;
  /** Describes the request for errors and events; computed only when needed. */
  readonly infoOf: () => RequestInfo;
  readonly aborted: () => AbortedError;
  /** 1 for the first attempt. */
  attempt: number;
  /** Attempts that were sent so far (what errors report as `attempts`). */
  sent: number;
}

/** What one attempt ended with: an answer (any status), or a typed failure. */
type AttemptOutcome = { response: Response; durationMs: number } | { failure: LeadwayError; durationMs: number };

/** What to do after an attempt: hand the answer back, throw, or wait and try again. */
type NextStep = { answer: Response } | { fail: LeadwayError } | { retryInMs: number };

/**
 * Sends a request with pacing, per-attempt timeouts, an overall deadline and retries. Each attempt
 * resolves the token again and sends a fresh copy of the request. Returns the last answer (also a
 * non-2xx one: mapping statuses to errors is the caller's job); throws a LeadwayError when no answer
 * came. Retry rules: see `retry-decision.ts`. One call is these named steps over one `CallState`:
 * `beginCall`, then per attempt `waitForPacing`, `credentials`, `attemptOnce`, `nextStep`, `waitToRetry`.
 */
export function createTransport(config: TransportConfig): Transport {
  const random = config.random ?? Math.random;
  const { pacing, onEvent } = config;
  const senders: Senders = { fetch: config.fetch, send: config.send ?? sendWith(config.fetch) };
  const maxJsonBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const maxDownloadBytes = config.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  // A usable static token needs no resolving per attempt (an unusable one fails each call, as a provider's would).
  const staticToken = typeof config.token === 'string' && isUsableToken(config.token) ? config.token : undefined;

  // Undefined without a handler: `emit?.(...)` then skips building the event's fields at all.
  const emit =
    onEvent &&
    ((type: TransportEvent['type'], state: CallState, fields: EventFields) => {
      try {
        const info = state.infoOf();
        onEvent({ type, method: info.method, path: info.path, operation: info.operation ?? '', ...fields, headers: redactedHeaders(state.request.headers) });
      } catch {
        // A failing logger must not fail the call.
      }
    });

  /** Fixes the call's limits (the body is buffered by the caller, only when there is one). */
  function beginCall(request: Request, context: RequestContext): CallState {
    // Parsing the URL for errors and events costs a little on every call: only done when needed.
    let info: RequestInfo | undefined;
    const infoOf = () => (info ??= requestInfoOf(request, context));
    const callerSignal = context.signal;
    if (callerSignal?.aborted) throw new AbortedError(infoOf(), callerSignal.reason);
    const deadlineMs = context.deadlineMs ?? config.deadlineMs;
    const built = context.requestController;
    return {
      request,
      context,
      body: null,
      callerSignal,
      deadlineAt: Date.now() + deadlineMs,
      deadlineMs,
      maxRetries: context.maxRetries ?? config.retry.maxRetries,
      perAttemptMs: context.timeoutMs ?? config.timeoutMs,
      maxResponseBytes: context.maxResponseBytes ?? (context.download ? maxDownloadBytes : maxJsonBytes),
      // A request built some other way (openapi-fetch's default is redirect: 'follow') is sent as a copy.
      builtWith: built && !built.signal.aborted && request.redirect === 'manual' ? built : undefined,
      infoOf,
      aborted: () => new AbortedError(infoOf(), callerSignal?.reason),
      attempt: 1,
      sent: 0,
    };
  }

  /**
   * Waits until the rate-limit store lets one request go, `first` being its first answer (a wait, or a
   * promise of one). Bounded by the deadline and the caller's signal.
   */
  async function waitForPacing(state: CallState, { store, key }: PacingConfig, first: number | Promise<number>): Promise<void> {
    // Bounded: each turn waits at least 1 ms, and the deadline ends the loop long before this count.
    for (let turn = 0; turn < 100_000; turn++) {
      let wait = turn === 0 ? first : store.acquire(key, Date.now());
      if (typeof wait !== 'number') wait = await wait;
      if (!(wait > 0)) return;
      if (Date.now() + wait >= state.deadlineAt) {
        throw new TimeoutError(state.infoOf(), 'deadline', state.deadlineMs, `the rate-limit pacer asked to wait ${Math.ceil(wait)} ms more`);
      }
      emit?.('pacing', state, { attempt: state.attempt, delayMs: wait });
      await sleep(wait, state.callerSignal, state.aborted);
    }
    throw new TimeoutError(state.infoOf(), 'deadline', state.deadlineMs, 'the rate-limit pacer never let the request go');
  }

  /** Resolves the token for this attempt (bounded by the deadline) and sets it on the request. */
  async function credentials(state: CallState, source: TokenSource): Promise<string> {
    const token = await tokenWithin(
      source,
      state.callerSignal,
      Math.max(1, state.deadlineAt - Date.now()),
      () => new TimeoutError(state.infoOf(), 'deadline', state.deadlineMs, 'the token provider did not answer in time'),
      state.aborted,
    );
    setAuthorization(state.request.headers, token);
    return token;
  }

  /**
   * Sends the request once, within what is left of the deadline or the per-attempt timeout. `token`:
   * the provider's token this attempt carries, recorded on the answer (undefined for a static token,
   * which the request itself always carries).
   */
  async function attemptOnce(state: CallState, token: string | undefined): Promise<AttemptOutcome> {
    const started = Date.now();
    const left = state.deadlineAt - started;
    if (left <= 0) throw new TimeoutError(state.infoOf(), 'deadline', state.deadlineMs);
    const byDeadline = left < state.perAttemptMs;
    state.sent += 1;
    const { builtWith } = state;
    state.builtWith = undefined;
    try {
      const response = await sendAttempt(senders, {
        request: state.request,
        // A request with a body was read into `state.body`, so even the first attempt sends a copy.
        asBuilt: builtWith !== undefined && state.body === null,
        controller: builtWith ?? new AbortController(),
        body: state.body,
        maxResponseBytes: state.maxResponseBytes,
        infoOf: state.infoOf,
        callerSignal: state.callerSignal,
        timeoutMs: byDeadline ? left : state.perAttemptMs,
        timeoutScope: byDeadline ? 'deadline' : 'attempt',
        reportedTimeoutMs: byDeadline ? state.deadlineMs : state.perAttemptMs,
      });
      if (token !== undefined) recordAnswerToken(response, token);
      return { response, durationMs: Date.now() - started };
    } catch (error) {
      if (!LeadwayError.isLeadwayError(error)) throw error;
      return { failure: error, durationMs: Date.now() - started };
    }
  }

  /**
   * Records what the answer said about the limits, and decides: hand it back, throw, or retry after a
   * wait. A promise only when the rate-limit store's `record` is one.
   */
  function nextStep(state: CallState, outcome: AttemptOutcome): NextStep | Promise<NextStep> {
    const { attempt, context } = state;
    if ('failure' in outcome) {
      const error = outcome.failure;
      emit?.('error', state, { attempt, errorKind: error.kind, durationMs: outcome.durationMs });
      if (attempt > state.maxRetries || !mayRetryFailure(error, context.idempotent)) return { fail: error };
      const delayMs = backoffDelay(attempt, config.retry, random);
      return Date.now() + delayMs >= state.deadlineAt ? { fail: error } : { retryInMs: delayMs };
    }
    const { response } = outcome;
    const { status } = response;
    const retryable = attempt <= state.maxRetries && mayRetryStatus(status, context.idempotent, config.retry.statuses);
    const retryAfterMs = status === 429 || status === 503 || retryable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    if (pacing) {
      const observation = readRateLimitHeaders(response, retryAfterMs);
      const recorded = observation && pacing.store.record(pacing.key, observation, Date.now());
      // A closure only for a store whose `record` is a promise: the common case allocates none.
      if (recorded) return Promise.resolve(recorded).then(() => answerStep(state, outcome, retryable, retryAfterMs));
    }
    return answerStep(state, outcome, retryable, retryAfterMs);
  }

  /** After an answer: hand it back, or retry after a wait (its own Retry-After, else the backoff). */
  function answerStep(state: CallState, outcome: AttemptOutcome & { response: Response }, retryable: boolean, retryAfterMs: number | undefined): NextStep {
    const { attempt } = state;
    const { response } = outcome;
    emit?.('response', state, { attempt, status: response.status, durationMs: outcome.durationMs });
    if (!retryable) return { answer: response };
    if (retryAfterMs !== undefined && retryAfterMs > config.retry.maxRetryAfterMs) return { answer: response };
    const delayMs = retryAfterMs ?? backoffDelay(attempt, config.retry, random);
    return Date.now() + delayMs >= state.deadlineAt ? { answer: response } : { retryInMs: delayMs };
  }

  /** Waits before the next attempt; the caller's signal ends the wait. */
  async function waitToRetry(state: CallState, delayMs: number): Promise<void> {
    emit?.('retry', state, { attempt: state.attempt, delayMs });
    if (delayMs > 0) await sleep(delayMs, state.callerSignal, state.aborted);
    else if (state.callerSignal?.aborted) throw state.aborted();
    state.attempt += 1;
  }

  const transport: Transport = async function send(request, context) {
    const state = beginCall(request, context);
    try {
      if (request.body) state.body = await request.arrayBuffer();
      // A static token is set once: every attempt sends this request or a copy of it.
      if (staticToken !== undefined) setAuthorization(request.headers, staticToken);
      for (;;) {
        if (pacing) {
          // The common case, a store that lets the request go at once, costs no promise.
          const first = pacing.store.acquire(pacing.key, Date.now());
          if (first !== 0) await waitForPacing(state, pacing, first);
        }
        // A provider's token, recorded on the answer: a refresh may replace it on the request later.
        const token = staticToken === undefined && config.token !== undefined ? await credentials(state, config.token) : undefined;
        const next = nextStep(state, await attemptOnce(state, token));
        const step = next instanceof Promise ? await next : next;
        if ('answer' in step) return recordAnswerAttempts(step.answer, state.sent);
        if ('fail' in step) throw step.fail;
        await waitToRetry(state, step.retryInMs);
      }
    } catch (error) {
      throw withAttempts(error, state.sent);
    }
  };
  if (config.send) copyingTransports.add(transport);
  return transport;
}

function isUsableToken(token: string): boolean {
  try {
    assertToken(token);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sets the credentials on the request's own headers (set again on every attempt, since a provider
 * may hand out a new token). A token a header cannot carry is bad input, never a TypeError.
 */
function setAuthorization(headers: Headers, token: string): void {
  try {
    headers.set('Authorization', `Bearer ${token}`);
  } catch {
    throw new InvalidInputError('token', 'holds characters an HTTP header cannot carry (non-Latin-1 or control characters)');
  }
}
