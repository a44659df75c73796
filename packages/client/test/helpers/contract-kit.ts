// The contract tests' kit: the run's shared mock, clients on it (one that keeps the raw wire body,
// so the answer as sent, not the client's normalised value, is checked against the spec), request
// rewriters that tamper with what is sent (to prove Prism validates it), and the spec checks of
// answers and errors.
import { inspect } from 'node:util';
import { createSpecValidator } from '@leadway/spec/validator';
import { expect, inject } from 'vitest';
import { type ApiError, createLeadwayClient } from '../../src/index.js';
import { SECRET_TOKEN } from './recording-fetch.js';

export { failureOf } from './failure-of.js';

export const spec = createSpecValidator();

/** Base URL of the mock the contract project's global setup started for the run (mock-global-setup.ts). */
export function mockUrl(): string {
  return inject('mockUrl');
}

/** Rewrites a request on its way out. */
export type RequestRewrite = (request: Request) => Request | Promise<Request>;

/** A client on `baseUrl` with retries off, so an error answer is observed exactly once. */
export function clientOn(baseUrl: string, fetch?: (request: Request) => Promise<Response>) {
  return createLeadwayClient({ token: SECRET_TOKEN, baseUrl, retry: { maxRetries: 0 }, ...(fetch ? { fetch } : {}) });
}

export interface WireClient {
  client: ReturnType<typeof createLeadwayClient>;
  /** The body of the last answer, parsed. */
  lastBody(): unknown;
  /** How many requests reached the network. */
  sent(): number;
}

/**
 * A client on `baseUrl` whose fetch records each raw answer. `change` may rewrite the request first.
 * Retries are off unless `maxRetries` is given, so an error answer is observed exactly once.
 */
export function wireClient(baseUrl: string, options: { change?: RequestRewrite; maxRetries?: number } = {}): WireClient {
  let body: unknown;
  let count = 0;
  const client = createLeadwayClient({
    token: SECRET_TOKEN,
    baseUrl,
    retry: { maxRetries: options.maxRetries ?? 0, baseDelayMs: 1, maxDelayMs: 5 },
    fetch: async (request) => {
      const sent = options.change ? await options.change(request) : request;
      count += 1;
      const response = await fetch(sent);
      const text = await response.clone().text();
      body = text ? JSON.parse(text) : undefined;
      return response;
    },
  });
  return { client, lastBody: () => body, sent: () => count };
}

/** A fetch that sends the request as `rewrite` changed it. */
export function tampering(rewrite: RequestRewrite) {
  return async (request: Request) => fetch(await rewrite(request));
}

/** A fetch that rewrites the JSON body before it leaves, e.g. to drop a required field. */
export function tamperingJson(change: (body: Record<string, unknown>) => void) {
  return tampering(withJsonBody(change));
}

/** Rewrites the query string of the request (e.g. to drop a required parameter). */
export function withQuery(change: (query: URLSearchParams) => void): RequestRewrite {
  return (request) => {
    const url = new URL(request.url);
    change(url.searchParams);
    return new Request(url, request);
  };
}

/** Rewrites the headers of the request (e.g. to drop the Version header). */
export function withHeaders(change: (headers: Headers) => void): RequestRewrite {
  return (request) => {
    const headers = new Headers(request.headers);
    change(headers);
    return new Request(request, { headers });
  };
}

/** Rewrites the JSON body of the request (e.g. to drop a required field). */
export function withJsonBody(change: (body: Record<string, unknown>) => void): RequestRewrite {
  return async (request) => {
    const body = JSON.parse(await request.text()) as Record<string, unknown>;
    change(body);
    return new Request(request, { body: JSON.stringify(body) });
  };
}

/** The answer is what the spec declares for `method path status`. */
export function expectSpecValid(method: string, path: string, status: number, body: unknown) {
  expect(spec.validateResponse(method, path, status, body).errors).toEqual([]);
}

/** The error is of `Class` with `status`, its body is what the spec declares for that status, and it does not carry the token. */
export function expectSpecError(error: unknown, Class: abstract new (...args: never[]) => ApiError, method: string, path: string, status: number) {
  expect(error).toBeInstanceOf(Class);
  const e = error as ApiError;
  expect(e.status).toBe(status);
  expectSpecValid(method, path, status, e.rawBody);
  expect(JSON.stringify(e)).not.toContain(SECRET_TOKEN);
  expect(String(e)).not.toContain(SECRET_TOKEN);
  expect(inspect(e, { depth: 10, showHidden: true })).not.toContain(SECRET_TOKEN);
}
