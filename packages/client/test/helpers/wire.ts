// Contract-test helpers for the conversations and message-reading operations: a client on the mock
// that keeps the last raw answer (so the wire body, not the client's normalised value, is checked
// against the spec), and fetches that tamper with the request to prove Prism validates it.
import { createSpecValidator } from '@leadway/spec/validator';
import { expect } from 'vitest';
import { createLeadwayClient, type ApiError } from '../../src/index.js';
import { SECRET_TOKEN } from './recording-fetch.js';

export const specValidator = createSpecValidator();

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
export function wireClient(baseUrl: string, options: { change?: (request: Request) => Request | Promise<Request>; maxRetries?: number } = {}): WireClient {
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

/** Rewrites the query string of the request (e.g. to drop a required parameter). */
export function withQuery(change: (query: URLSearchParams) => void) {
  return (request: Request) => {
    const url = new URL(request.url);
    change(url.searchParams);
    return new Request(url, request);
  };
}

/** Rewrites the JSON body of the request (e.g. to drop a required field). */
export function withJsonBody(change: (body: Record<string, unknown>) => void) {
  return async (request: Request) => {
    const body = JSON.parse(await request.text()) as Record<string, unknown>;
    change(body);
    return new Request(request, { body: JSON.stringify(body) });
  };
}

/** The answer is what the spec declares for `method path status`. */
export function expectSpecValid(method: string, path: string, status: number, body: unknown) {
  expect(specValidator.validateResponse(method, path, status, body).errors).toEqual([]);
}

/** The error is of `Class` with `status`, its body is spec-valid, and it does not carry the token. */
export function expectTypedSpecError(error: unknown, Class: abstract new (...args: never[]) => ApiError, method: string, path: string, status: number) {
  expect(error).toBeInstanceOf(Class);
  const e = error as ApiError;
  expect(e.status).toBe(status);
  expectSpecValid(method, path, status, e.rawBody);
  expect(JSON.stringify(e)).not.toContain(SECRET_TOKEN);
  expect(String(e)).not.toContain(SECRET_TOKEN);
}

export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (error: unknown) => error,
  );
}
