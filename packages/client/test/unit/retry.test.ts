// Retry policy, tested with an injected fetch (no server): what is retried, how often, how long it waits.
import { describe, expect, it } from 'vitest';
import { ConnectionError, createLeadwayClient, ServerError, type TransportEvent } from '../../src/index.js';
import { DEFAULT_RETRY, normaliseRetry } from '../../src/options.js';
import { backoffDelay } from '../../src/transport/backoff.js';
import { mayRetryFailure, mayRetryStatus } from '../../src/transport/retry-decision.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const conversation = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 };
const FAST = { baseDelayMs: 1, maxDelayMs: 2 };

function refused(): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
}
function reset(): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
}

function sendMessage(client: ReturnType<typeof createLeadwayClient>) {
  return client.http.POST('/conversations/messages', {
    params: { header: { Version: '2021-07-28' } },
    body: { type: 'SMS', contactId: 'k1', message: 'hi' } as never,
  });
}

describe('retries', () => {
  it('a read is retried on 500 with backoff, up to maxRetries, then the error is thrown', async () => {
    const { fetch, requests } = recordingFetch(() => json(500, { statusCode: 500, message: 'x' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: { ...FAST, maxRetries: 4 } });
    await expect(client.conversations.get('c1')).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(5);
  });

  it('per-call maxRetries overrides the client, 0 disables', async () => {
    const { fetch, requests } = recordingFetch(() => json(502, { statusCode: 502, message: 'x' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST });
    await expect(client.conversations.get('c1', { maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
    await expect(client.conversations.get('c1', { maxRetries: 1 })).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(3);
  });

  it('retry: false sends once', async () => {
    const { fetch, requests } = recordingFetch(() => json(503, { statusCode: 503, message: 'x' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: false });
    await expect(client.conversations.get('c1')).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  it('408 and 429 are retried for reads; 400, 404, 409 are not', async () => {
    for (const [status, expected] of [
      [408, 2],
      [429, 2],
      [400, 1],
      [404, 1],
      [409, 1],
    ] as const) {
      let n = 0;
      const { fetch, requests } = recordingFetch(() => (n++ === 0 ? json(status, { statusCode: status, message: 'x' }) : json(200, conversation)));
      const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST, pacing: false });
      await client.conversations.get('c1').catch(() => undefined);
      expect([status, requests.length]).toEqual([status, expected]);
    }
  });

  it('every attempt resolves the token again', async () => {
    let n = 0;
    const { fetch, requests } = recordingFetch(() => (n++ < 1 ? json(500, {}) : json(200, conversation)));
    let tokens = 0;
    const client = createLeadwayClient({ token: () => `tok-${++tokens}`, fetch, retry: FAST });
    await client.conversations.get('c1');
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('a create is retried after ECONNREFUSED (nothing was sent), with the same body', async () => {
    let n = 0;
    const { fetch, requests } = recordingFetch(() => json(201, { messageId: 'm1' }));
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      retry: FAST,
      fetch: async (request) => {
        if (n++ === 0) throw refused();
        return fetch(request);
      },
    });
    const { response } = await sendMessage(client);
    expect(response.status).toBe(201);
    expect(n).toBe(2);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(requests[0]!.body)).toEqual({ type: 'SMS', contactId: 'k1', message: 'hi' });
  });

  it('a create is retried after a DNS failure (ENOTFOUND), and gives up after maxRetries', async () => {
    let calls = 0;
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      retry: { ...FAST, maxRetries: 2 },
      fetch: async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }) });
      },
    });
    const error = await sendMessage(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe('ENOTFOUND');
    expect(calls).toBe(3);
  });

  it('a create is not retried after ECONNRESET, 5xx or 429', async () => {
    let calls = 0;
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      retry: FAST,
      fetch: async () => {
        calls++;
        throw reset();
      },
    });
    await expect(sendMessage(client)).rejects.toBeInstanceOf(ConnectionError);
    expect(calls).toBe(1);
    for (const status of [500, 503, 429]) {
      const { fetch, requests } = recordingFetch(() => json(status, { statusCode: status, message: 'x' }, { 'retry-after': '0' }));
      const c = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST });
      expect((await sendMessage(c)).response.status).toBe(status);
      expect(requests).toHaveLength(1);
    }
  });

  it('a read is retried after a reset', async () => {
    let n = 0;
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: SECRET_TOKEN, retry: FAST, fetch: async (r) => (n++ === 0 ? Promise.reject(reset()) : fetch(r)) });
    await expect(client.conversations.get('c1')).resolves.toEqual(conversation);
    expect(requests).toHaveLength(1);
    expect(n).toBe(2);
  });

  it('Retry-After is waited exactly; longer than maxRetryAfterMs ends the call at once', async () => {
    const events: TransportEvent[] = [];
    let n = 0;
    const { fetch } = recordingFetch(() => (n++ === 0 ? json(503, {}, { 'retry-after': '0.05' }) : json(200, conversation)));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST, onEvent: (e) => events.push(e) });
    await client.conversations.get('c1');
    expect(events.find((e) => e.type === 'retry')?.delayMs).toBe(50);

    const capped = recordingFetch(() => json(503, {}, { 'retry-after': '5' }));
    const c2 = createLeadwayClient({ token: SECRET_TOKEN, fetch: capped.fetch, retry: { ...FAST, maxRetryAfterMs: 1_000 } });
    await expect(c2.conversations.get('c1')).rejects.toBeInstanceOf(ServerError);
    expect(capped.requests).toHaveLength(1);
  });
});

describe('backoff with full jitter', () => {
  it('draws from [0, min(cap, base × 2^(n-1)))', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(1_000, policy, () => 0.5)).toBe(500);
  });
});

describe('retry decisions', () => {
  it('statuses: only idempotent requests, only listed statuses', () => {
    expect(mayRetryStatus(503, true, DEFAULT_RETRY.statuses)).toBe(true);
    expect(mayRetryStatus(503, false, DEFAULT_RETRY.statuses)).toBe(false);
    expect(mayRetryStatus(501, true, DEFAULT_RETRY.statuses)).toBe(false);
  });

  it('failures: creates only when the code proves nothing was sent', () => {
    const connection = (phase: string, code?: string) => ({ kind: 'connection', phase, code }) as never;
    expect(mayRetryFailure(connection('before-response', 'ECONNREFUSED'), false)).toBe(true);
    expect(mayRetryFailure(connection('before-response', 'ENOTFOUND'), false)).toBe(true);
    expect(mayRetryFailure(connection('before-response', 'ECONNRESET'), false)).toBe(false);
    expect(mayRetryFailure(connection('before-response'), false)).toBe(false);
    expect(mayRetryFailure(connection('during-body', 'ECONNREFUSED'), false)).toBe(false);
    expect(mayRetryFailure(connection('during-body'), true)).toBe(true);
    expect(mayRetryFailure({ kind: 'timeout', scope: 'attempt' } as never, true)).toBe(true);
    expect(mayRetryFailure({ kind: 'timeout', scope: 'attempt' } as never, false)).toBe(false);
    expect(mayRetryFailure({ kind: 'timeout', scope: 'deadline' } as never, true)).toBe(false);
    expect(mayRetryFailure({ kind: 'aborted' } as never, true)).toBe(false);
  });

  it('normalises the retry option', () => {
    expect(normaliseRetry(undefined)).toBe(DEFAULT_RETRY);
    expect(normaliseRetry(false).maxRetries).toBe(0);
    expect(normaliseRetry(5).maxRetries).toBe(5);
    expect(normaliseRetry({ baseDelayMs: 10 })).toEqual({ ...DEFAULT_RETRY, baseDelayMs: 10 });
    for (const bad of [-1, 1.5, 11, 'x', null, [], { maxRetries: -1 }, { statuses: [200] }, { baseDelayMs: Number.NaN }]) {
      expect(() => createLeadwayClient({ token: SECRET_TOKEN, retry: bad as never })).toThrow(/Invalid retry/);
    }
  });

  it('takes and checks each numeric field of a retry object under its own name', () => {
    const taken = { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 7, maxRetryAfterMs: 9.5 };
    expect(normaliseRetry(taken)).toEqual({ ...DEFAULT_RETRY, ...taken });
    const refusal = (retry: object) => {
      try {
        normaliseRetry(retry);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal({ maxRetries: 11 })).toBe('Invalid retry.maxRetries: must be an integer from 0 to 10. Nothing was sent.');
    for (const name of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs']) {
      expect(refusal({ [name]: -1 })).toBe(`Invalid retry.${name}: must be a number of milliseconds from 0 to 2147483647. Nothing was sent.`);
    }
  });
});
