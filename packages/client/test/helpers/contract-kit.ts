// Shared pieces of the part-B contract tests: a client on a running mock, a fetch that tampers with
// the request on its way (to prove Prism validates it), and the spec check of an error body.
import { inspect } from 'node:util';
import { createSpecValidator } from '@leadway/spec/validator';
import { expect } from 'vitest';
import { createLeadwayClient, type ApiError } from '../../src/index.js';
import { SECRET_TOKEN } from './recording-fetch.js';

export const spec = createSpecValidator();

/** A client on `baseUrl` with retries off, so an error answer is observed exactly once. */
export function clientOn(baseUrl: string, fetch?: (request: Request) => Promise<Response>) {
  return createLeadwayClient({ token: SECRET_TOKEN, baseUrl, retry: { maxRetries: 0 }, ...(fetch ? { fetch } : {}) });
}

/** A fetch that rewrites the JSON body before it leaves, e.g. to drop a required field. */
export function tamperingJson(change: (body: Record<string, unknown>) => void) {
  return async (request: Request) => {
    const body = JSON.parse(await request.text()) as Record<string, unknown>;
    change(body);
    return fetch(new Request(request, { body: JSON.stringify(body) }));
  };
}

/** The error is of `Class`, has `status`, and its body is what the spec declares for that status. */
export function expectSpecError(error: unknown, Class: abstract new (...args: never[]) => ApiError, method: string, path: string, status: number) {
  expect(error).toBeInstanceOf(Class);
  const e = error as ApiError;
  expect(e.status).toBe(status);
  expect(spec.validateResponse(method, path, status, e.rawBody).errors).toEqual([]);
  expect(JSON.stringify(e)).not.toContain(SECRET_TOKEN);
  expect(String(e)).not.toContain(SECRET_TOKEN);
  expect(inspect(e, { depth: 10, showHidden: true })).not.toContain(SECRET_TOKEN);
}

export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
