import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  createLeadwayClient,
  LeadwayError,
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { failureOf } from '../helpers/failure-of.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

async function failure(response: () => Response): Promise<LeadwayError> {
  const { fetch } = recordingFetch(response);
  // Retries off: these tests are about how one answer maps to an error (retries: test/unit/retry*.test.ts).
  const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: false });
  const error = await failureOf(client.conversations.get('c1'));
  if (!LeadwayError.isLeadwayError(error)) throw new Error(`expected a LeadwayError, got ${String(error)}`);
  return error;
}

function expectNoToken(error: unknown) {
  for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), (error as Error).stack ?? '']) {
    expect(text).not.toContain(SECRET_TOKEN);
    expect(text).not.toContain(SECRET_TOKEN.slice(4, 20));
  }
}

describe('HTTP errors are typed by status', () => {
  it.each([
    [400, BadRequestError, 'bad_request'],
    [401, AuthenticationError, 'authentication'],
    [403, PermissionDeniedError, 'permission_denied'],
    [404, NotFoundError, 'not_found'],
    [422, UnprocessableEntityError, 'unprocessable_entity'],
    [429, RateLimitError, 'rate_limited'],
    [500, ServerError, 'server'],
    [503, ServerError, 'server'],
    [409, ApiError, 'http'],
  ] as const)('%i → %o', async (status, Class, kind) => {
    const error = await failure(() => json(status, { statusCode: status, message: 'nope', traceId: 't-1' }));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe(kind);
    const api = error as ApiError;
    expect(api.status).toBe(status);
    expect(api.method).toBe('GET');
    expect(api.path).toBe('/conversations/c1');
    expect(api.operation).toBe('getConversation');
    expect(api.traceId).toBe('t-1');
    expect(api.body).toEqual({ statusCode: status, message: 'nope', traceId: 't-1' });
    expect(api.message).toContain(`GET /conversations/c1 → ${status}`);
    expect(api.message).toContain('nope');
    expectNoToken(error);
  });

  it('joins the array message of a 422', async () => {
    const error = await failure(() => json(422, { statusCode: 422, message: ['a should not be empty', 'b must be a string'], error: 'Unprocessable Entity' }));
    expect(error.message).toContain('a should not be empty; b must be a string');
  });

  it('reads Retry-After on a 429', async () => {
    const error = (await failure(() => json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'retry-after': '7' }))) as RateLimitError;
    expect(error.retryAfterMs).toBe(7000);
  });

  it('says so when a 502 is an HTML page', async () => {
    const error = (await failure(
      () => new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    )) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBeUndefined();
    expect(error.rawBody).toContain('<html>');
    expect(error.message).toMatch(/HTML page/);
  });

  it('keeps no request header on the error', async () => {
    const error = await failure(() => json(401, { statusCode: 401, message: 'Invalid JWT' }));
    expectNoToken(error);
    expect(JSON.stringify(error)).not.toMatch(/authorization/i);
  });
});

describe('malformed success answers are typed', () => {
  it('a 200 with invalid JSON', async () => {
    const error = await failure(() => new Response('{"id": "c1", ', { status: 200, headers: { 'content-type': 'application/json' } }));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).bodyExcerpt).toBe('{"id": "c1", ');
    expectNoToken(error);
  });

  it('a 200 with an HTML page', async () => {
    const error = await failure(() => new Response('<!doctype html><p>maintenance</p>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/HTML page/);
  });

  it('a 200 with no body', async () => {
    const error = await failure(() => new Response(null, { status: 200 }));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/empty/);
  });
});
