import type { RequestInfo } from '../errors/request-info.js';

/** What the transport knows about one call, beyond the Request itself. */
export interface RequestContext {
  /** The spec's operationId. */
  operation: string;
  /**
   * True when sending the request twice is harmless (reads, and writes the API treats as
   * idempotent). False for requests that create something: those are never re-sent once they may
   * have reached the server.
   */
  idempotent: boolean;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call; overrides the client's. @unit milliseconds */
  timeoutMs?: number | undefined;
  /** Retries for this call; overrides the client's (0 disables). */
  maxRetries?: number | undefined;
  /** Overall deadline for this call, retries included; overrides the client's. @unit milliseconds */
  deadlineMs?: number | undefined;
  /** Largest answer body for this call; overrides the client's `maxResponseBytes` / `maxDownloadBytes`. @unit bytes */
  maxResponseBytes?: number | undefined;
  /** The answer is a file (a recording, a transcript file): the client's `maxDownloadBytes` applies. */
  download?: boolean | undefined;
  /**
   * The controller whose signal the request was built with, by openapi-fetch, along with
   * `redirect: 'manual'` (see `call.ts`). The transport then sends that Request as it is on the
   * first attempt, with no copy, and aborts this controller to end the attempt (timeout, deadline,
   * the caller's signal). Absent, or already aborted: every attempt sends a copy of the request with
   * a signal of its own.
   */
  requestController?: AbortController | undefined;
}

/**
 * A copy of `context` with `requestController` set (or cleared), every field written by name: one object shape
 * for every call (a spread of the caller's context makes as many shapes as callers, and reading them
 * in the transport costs more than this copy). A new field of RequestContext must be listed here, or
 * this does not compile.
 */
export function withRequestController(context: RequestContext, requestController: AbortController | undefined): RequestContext {
  const copy: { [K in keyof Required<RequestContext>]: RequestContext[K] } = {
    operation: context.operation,
    idempotent: context.idempotent,
    signal: context.signal,
    timeoutMs: context.timeoutMs,
    maxRetries: context.maxRetries,
    deadlineMs: context.deadlineMs,
    maxResponseBytes: context.maxResponseBytes,
    download: context.download,
    requestController,
  };
  return copy;
}

export function requestInfoOf(request: Request, context: RequestContext): RequestInfo {
  return { method: request.method, path: new URL(request.url).pathname, operation: context.operation };
}
