import { AbortedError } from '../errors/aborted-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import type { RequestInfo } from '../errors/request-info.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { DEFAULT_MAX_DOWNLOAD_BYTES, DEFAULT_MAX_RESPONSE_BYTES, type RetryOptions } from '../options.js';
import { sendAttempt, sendWith, type SendRequest } from './attempt.js';
import { backoffDelay } from './backoff.js';
import { readRateLimitHeaders } from './rate-limit-headers.js';
import type { RateLimitStore } from './rate-limit-store.js';
import { requestInfoOf, type RequestContext } from './request-context.js';
import { parseRetryAfter } from './retry-after.js';
import { mayRetryFailure, mayRetryStatus } from './retry-decision.js';
import { sleep } from './sleep.js';
import type { TokenSource } from './token-source.js';
import { tokenWithin } from './token-within.js';
import { recordAnswerToken } from './sent-credentials.js';
import { redactedHeaders, type TransportEvent, type TransportEventHandler } from './transport-event.js';

export { bufferedBodies, readableResponse } from './attempt.js';

/** Where pacing state lives and under which key this client counts its requests. */
export interface PacingConfig {
  store: RateLimitStore;
  key: string;
}

export interface TransportConfig {
  token: TokenSource;
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

/**
 * Sends a request with pacing, per-attempt timeouts, an overall deadline and retries. Each attempt
 * resolves the token again and sends a fresh copy of the request. Returns the last answer (also a
 * non-2xx one: mapping statuses to errors is the caller's job); throws a LeadwayError when no answer
 * came. Retry rules: see `retry-decision.ts`.
 */
export function createTransport(config: TransportConfig): Transport {
  const random = config.random ?? Math.random;
  const { pacing, onEvent } = config;
  const sendRequest = config.send ?? sendWith(config.fetch);
  const maxJsonBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const maxDownloadBytes = config.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;

  const emit = (type: TransportEvent['type'], info: RequestInfo, fields: EventFields, headers: Headers) => {
    if (!onEvent) return;
    try {
      onEvent({ type, method: info.method, path: info.path, operation: info.operation ?? '', ...fields, headers: redactedHeaders(headers) });
    } catch {
      // A failing logger must not fail the call.
    }
  };

  return async function send(request, context) {
    // Parsing the URL for errors and events costs a little on every call: only done when needed.
    let info: RequestInfo | undefined;
    const infoOf = () => (info ??= requestInfoOf(request, context));
    const callerSignal = context.signal;
    if (callerSignal?.aborted) throw new AbortedError(infoOf(), callerSignal.reason);
    const aborted = () => new AbortedError(infoOf(), callerSignal?.reason);
    const deadlineMs = context.deadlineMs ?? config.deadlineMs;
    const deadlineAt = Date.now() + deadlineMs;
    const maxRetries = context.maxRetries ?? config.retry.maxRetries;
    const perAttemptMs = context.timeoutMs ?? config.timeoutMs;
    const maxResponseBytes = context.maxResponseBytes ?? (context.download ? maxDownloadBytes : maxJsonBytes);
    const body = request.body ? await request.arrayBuffer() : null;

    for (let attempt = 1; ; attempt++) {
      if (pacing) await pace(pacing, infoOf, context, attempt, request.headers, deadlineAt, deadlineMs, aborted, emit);

      const token = await tokenWithin(
        config.token,
        callerSignal,
        Math.max(1, deadlineAt - Date.now()),
        () => new TimeoutError(infoOf(), 'deadline', deadlineMs, 'the token provider did not answer in time'),
        aborted,
      );
      const { headers } = request;
      setAuthorization(headers, token);
      const left = deadlineAt - Date.now();
      if (left <= 0) throw new TimeoutError(infoOf(), 'deadline', deadlineMs);
      const byDeadline = left < perAttemptMs;

      const started = Date.now();
      let response: Response | undefined;
      let failure: LeadwayError | undefined;
      try {
        response = await sendAttempt(sendRequest, {
          request,
          body,
          maxResponseBytes,
          infoOf,
          callerSignal,
          timeoutMs: byDeadline ? left : perAttemptMs,
          timeoutScope: byDeadline ? 'deadline' : 'attempt',
          reportedTimeoutMs: byDeadline ? deadlineMs : perAttemptMs,
        });
        recordAnswerToken(response, token);
      } catch (error) {
        if (!LeadwayError.isLeadwayError(error)) throw error;
        failure = error;
      }
      const durationMs = Date.now() - started;

      let delayMs: number | undefined;
      if (response) {
        const { status } = response;
        const retryable = attempt <= maxRetries && mayRetryStatus(status, context.idempotent, config.retry.statuses);
        const retryAfterMs = status === 429 || status === 503 || retryable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
        if (pacing) {
          const observation = readRateLimitHeaders(response, retryAfterMs);
          const recorded = observation && pacing.store.record(pacing.key, observation, Date.now());
          if (recorded) await recorded;
        }
        if (onEvent) emit('response', infoOf(), { attempt, status, durationMs }, headers);
        if (!retryable) return response;
        if (retryAfterMs !== undefined && retryAfterMs > config.retry.maxRetryAfterMs) return response;
        delayMs = retryAfterMs ?? backoffDelay(attempt, config.retry, random);
        if (Date.now() + delayMs >= deadlineAt) return response;
      } else {
        const error = failure!;
        if (onEvent) emit('error', infoOf(), { attempt, errorKind: error.kind, durationMs }, headers);
        if (attempt > maxRetries || !mayRetryFailure(error, context.idempotent)) throw error;
        delayMs = backoffDelay(attempt, config.retry, random);
        if (Date.now() + delayMs >= deadlineAt) throw error;
      }
      if (onEvent) emit('retry', infoOf(), { attempt, delayMs }, request.headers);
      if (delayMs > 0) await sleep(delayMs, callerSignal, aborted);
      else if (callerSignal?.aborted) throw aborted();
    }
  };
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

/** Waits until the rate-limit store lets one request go. Bounded by the deadline and the caller's signal. */
async function pace(
  pacing: PacingConfig,
  infoOf: () => RequestInfo,
  context: RequestContext,
  attempt: number,
  headers: Headers,
  deadlineAt: number,
  deadlineMs: number,
  aborted: () => AbortedError,
  emit: (type: TransportEvent['type'], info: RequestInfo, fields: EventFields, headers: Headers) => void,
): Promise<void> {
  // Bounded: each turn waits at least 1 ms, and the deadline ends the loop long before this count.
  for (let turn = 0; turn < 100_000; turn++) {
    let wait = pacing.store.acquire(pacing.key, Date.now());
    if (typeof wait !== 'number') wait = await wait;
    if (!(wait > 0)) return;
    if (Date.now() + wait >= deadlineAt) {
      throw new TimeoutError(infoOf(), 'deadline', deadlineMs, `the rate-limit pacer asked to wait ${Math.ceil(wait)} ms more`);
    }
    emit('pacing', infoOf(), { attempt, delayMs: wait }, headers);
    await sleep(wait, context.signal, aborted);
  }
  throw new TimeoutError(infoOf(), 'deadline', deadlineMs, 'the rate-limit pacer never let the request go');
}
