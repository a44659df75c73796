// The transport's contract with its callers: per-call options, the debug hook, response-shape checks,
// and that no failure path exposes the token.
import { inspect } from 'node:util';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { arrayAt, createCall } from '../../src/call.js';
import { requestContext } from '../../src/call-options.js';
import type { paths } from '../../src/generated/openapi.js';
import { AbortedError, createLeadwayClient, InvalidInputError, MalformedResponseError, TimeoutError, type TransportEvent } from '../../src/index.js';
import { DEFAULT_RETRY } from '../../src/options.js';
import { createTransport } from '../../src/transport/transport.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

describe('per-call options are checked before sending', () => {
  it.each([
    ['options', 'not an object'],
    ['signal', { signal: 'abort' }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['timeoutMs', { timeoutMs: Number.POSITIVE_INFINITY }],
    ['deadlineMs', { deadlineMs: -5 }],
    ['maxRetries', { maxRetries: 2.5 }],
    ['maxRetries', { maxRetries: 11 }],
    // Longer than a timer can wait: it would fire at once instead.
    ['timeoutMs', { timeoutMs: 2 ** 31 }],
    ['deadlineMs', { deadlineMs: 1e12 }],
  ])('refuses a bad %s', async (field, options) => {
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch });
    const error = await client.conversations.get('c1', options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe(field);
    expect(requests).toHaveLength(0);
  });

  it('passes them to the transport', () => {
    const signal = new AbortController().signal;
    expect(requestContext('op', false, { signal, timeoutMs: 5, deadlineMs: 9, maxRetries: 0 })).toEqual({
      operation: 'op',
      idempotent: false,
      signal,
      timeoutMs: 5,
      deadlineMs: 9,
      maxRetries: 0,
    });
  });

  it('refuses bad client-level deadlineMs and onEvent', () => {
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, deadlineMs: 0 })).toThrow(/Invalid deadlineMs/);
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, onEvent: 'log' as never })).toThrow(/Invalid onEvent/);
  });

  it('a per-call timeout shorter than the answer → TimeoutError naming the per-request timeout', async () => {
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      retry: false,
      fetch: (request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
    });
    const error = await client.conversations.get('c1', { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 20 });
    expect((error as Error).message).toMatch(/timeoutMs/);
  });
});

describe('debug hook', () => {
  it('gets method, path, operation, attempt, status, duration and redacted headers', async () => {
    const events: TransportEvent[] = [];
    const { fetch } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, onEvent: (e) => events.push(e) });
    await client.conversations.get('c1');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'response', method: 'GET', path: '/conversations/c1', operation: 'getConversation', attempt: 1, status: 200 });
    expect(events[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(events[0]!.headers.authorization).toBe('[REDACTED]');
    expect(events[0]!.headers.version).toBe('2021-07-28');
    expect(inspect(events, { depth: 10 })).not.toContain(SECRET_TOKEN);
  });

  it('a hook that throws does not fail the call', async () => {
    const { fetch } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      fetch,
      onEvent: () => {
        throw new Error('logger down');
      },
    });
    await expect(client.conversations.get('c1')).resolves.toEqual({ id: 'c1' });
  });
});

describe('response shape', () => {
  function pageCall(body: unknown) {
    const { fetch } = recordingFetch(() => json(200, body));
    const transport = createTransport({ token: SECRET_TOKEN, fetch, timeoutMs: 1_000, deadlineMs: 2_000, retry: DEFAULT_RETRY });
    const http = createClient<paths>({ baseUrl: 'https://services.leadconnectorhq.com' });
    const call = createCall(transport);
    return call(
      { operation: 'searchConversations', idempotent: true },
      (f) =>
        http.GET('/conversations/search', { params: { query: { locationId: 'l1' }, header: { Version: '2021-07-28' } }, fetch: f, parseAs: 'stream' } as never),
      { shape: arrayAt('conversations') },
    );
  }

  it('a page without its array → MalformedResponseError', async () => {
    const error = await pageCall({ total: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as Error).message).toContain("no 'conversations' array");
  });

  it('a page with its array passes', async () => {
    await expect(pageCall({ conversations: [], total: 0 })).resolves.toMatchObject({ data: { conversations: [] } });
  });
});

describe('a token provider that hangs', () => {
  it('is bounded by the deadline → TimeoutError, nothing sent, no stray rejection later', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({
      token: () => new Promise<string>((_, reject) => setTimeout(() => reject(new Error('refresh failed late')), 150)),
      fetch,
      deadlineMs: 50,
    });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'deadline', timeoutMs: 50 });
    expect((error as Error).message).toContain('token provider');
    expect(requests).toHaveLength(0);
    // Let the provider's late rejection happen inside the test: vitest fails the run if it is unhandled.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it("is ended by the caller's signal → AbortedError", async () => {
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: () => new Promise<string>(() => undefined), fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(client.conversations.get('c1', { signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(requests).toHaveLength(0);
  });
});

describe('a token provider that fails', () => {
  it('is not retried and the error carries no token', async () => {
    let asks = 0;
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({
      token: () => {
        asks++;
        return '';
      },
      fetch,
    });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(asks).toBe(1);
    expect(requests).toHaveLength(0);
  });
});
