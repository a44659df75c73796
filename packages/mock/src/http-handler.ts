import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendApiError } from './api-error.js';
import { answerPreflight, corsHeadersFor } from './cors.js';
import { type InProcessPrism, type PrismRequest, violationsHeader } from './in-process-prism.js';
import { readPreferences } from './prefer-header.js';
import { checkDeclaredLength, checkMediaTypeHeaders, checkRequestTarget, parseBody, type RequestRefusal, readBody } from './request-guard.js';
import { upstreamFailureBody } from './upstream-failure.js';
import type { ExchangeReport } from './violations.js';

export interface RequestHandlerOptions {
  /** The Prism answering now; read per request, so a reload can swap it. */
  prism(): InProcessPrism;
  /** Which cross-origin pages may call. */
  allowOrigin(origin: string): boolean;
  /** Artificial latency before each answer. @unit milliseconds */
  delayMs: number;
  /** Waits the latency; resolves early when the mock closes. */
  wait(ms: number): Promise<void>;
  /** True once the mock is closing: a delayed request is dropped, not answered. */
  closing(): boolean;
  /** Called after every answer that carried spec violations. */
  onViolations?(report: ExchangeReport): void;
  /** Set when proxying: the upstream's origin, named in the 502 when it does not answer. */
  upstreamOrigin?: string;
  /** Called when, proxying, the upstream did not answer a request (the page gets a 502). */
  onUpstreamError?(failure: { method: string; path: string; reason: string }): void;
  /** Called after every answer, for request logging (no headers, so no credentials). */
  onExchange?(exchange: { method: string; path: string; status: number; ms: number }): void;
  /** Called when answering failed unexpectedly (the caller got a 500). */
  onInternalError(failure: { method: string; path: string; error: unknown }): void;
}

/**
 * The mock's request handling, one hop: CORS, checks of the raw request, the latency, then Prism
 * called in this process. Nothing a request carries can make it throw out: an unexpected failure
 * is a logged 500.
 */
export function createRequestHandler(options: RequestHandlerOptions): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  async function handle(incoming: IncomingMessage, outgoing: ServerResponse, method: string, path: string): Promise<void> {
    if (answerPreflight(incoming, outgoing, options.allowOrigin)) return;
    const origin = incoming.headers.origin;
    const refuse = (refusal: RequestRefusal | { status: number; message: string }, close = false) => {
      sendApiError(outgoing, refusal.status, refusal.message, { headers: corsHeadersFor(origin, options.allowOrigin, ['content-type']), close });
      options.onExchange?.({ method, path, status: refusal.status, ms: 0 });
    };
    const badTarget = checkRequestTarget(incoming.url);
    if (badTarget) return refuse(badTarget);
    const badMediaType = checkMediaTypeHeaders(incoming.headers);
    if (badMediaType) return refuse(badMediaType);
    const declaredTooLarge = checkDeclaredLength(incoming);
    if (declaredTooLarge) return refuse(declaredTooLarge, true);
    const read = await readBody(incoming);
    if ('aborted' in read) return void outgoing.destroy();
    if ('refusal' in read) return refuse(read.refusal, true);
    const parsed = parseBody(read.bytes, incoming.headers['content-type']);
    if ('refusal' in parsed) return refuse(parsed.refusal);
    // Appended, never resolved against a base: `//x` would read as another host.
    const url = new URL(`http://mock.invalid${incoming.url!}`);
    const prefer = incoming.headers.prefer;
    const wanted = readPreferences(Array.isArray(prefer) ? prefer.join(', ') : prefer, url.searchParams);
    if ('error' in wanted) return refuse({ status: 400, message: wanted.error });

    const started = Date.now();
    if (options.delayMs > 0) await options.wait(options.delayMs);
    if (options.closing()) {
      outgoing.destroy();
      return;
    }
    const request: PrismRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: parsed.body,
      preferences: wanted.preferences,
    };
    const answer = await options.prism().answer(request);
    if (answer.kind === 'upstream-unreachable') {
      options.onUpstreamError?.({ method, path, reason: answer.reason });
      const text = upstreamFailureBody(options.upstreamOrigin ?? 'the upstream', answer.reason);
      outgoing.writeHead(502, {
        'content-type': 'application/problem+json',
        'content-length': String(Buffer.byteLength(text)),
        ...corsHeadersFor(origin, options.allowOrigin, ['content-type']),
      });
      outgoing.end(text);
      options.onExchange?.({ method, path, status: 502, ms: Date.now() - started });
      return;
    }
    const headers: Record<string, string> = { ...answer.headers };
    delete headers['content-length'];
    // `Prefer: code=429, retry-after=0` lets a front end test its 429 screen without the example's 10 s wait.
    if (answer.status === 429 && wanted.preferences.retryAfterS !== undefined) headers['retry-after'] = String(wanted.preferences.retryAfterS);
    const violations = violationsHeader(answer.violations);
    if (violations !== undefined) headers['sl-violations'] = violations;
    const body = answer.body;
    headers['content-length'] = String(body === undefined ? 0 : Buffer.byteLength(body));
    Object.assign(headers, corsHeadersFor(origin, options.allowOrigin, Object.keys(headers)));
    outgoing.writeHead(answer.status, headers);
    outgoing.end(body);
    if (answer.violations.length > 0) options.onViolations?.({ method, path, status: answer.status, violations: answer.violations });
    options.onExchange?.({ method, path, status: answer.status, ms: Date.now() - started });
  }

  return (incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    let handling: Promise<void>;
    try {
      handling = handle(incoming, outgoing, method, path);
    } catch (error) {
      handling = Promise.reject(error);
    }
    handling.catch((error: unknown) => {
      options.onInternalError({ method, path, error });
      sendApiError(outgoing, 500, 'leadway-mock failed while answering this request; see its log.');
    });
  };
}
