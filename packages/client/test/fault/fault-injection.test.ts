// The fault-injection suite: a real HTTP server on 127.0.0.1 answers each request with a scripted
// fault, and each case checks the typed error (or the retried success), that the call settles, how
// many requests reached the server (creates are never sent twice), and that the token is nowhere.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AbortedError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  createLeadwayClient,
  createMemoryRateLimitStore,
  InvalidInputError,
  type LeadwayClientOptions,
  LeadwayError,
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type TransportEvent,
  UnprocessableEntityError,
} from '../../src/index.js';
import { MAX_BURST_WINDOW_MS } from '../../src/transport/pacing-bounds.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';
import { waitRecordingStore } from '../helpers/wait-recording-store.js';
import { arrivalGatedFetch } from './arrival-gated-fetch.js';
import { exposedText } from './expose.js';
import { type Fault, type FaultServer, refusedUrl, startFaultServer } from './fault-server.js';
import { onVirtualClock } from './virtual-clock-store.js';

const CONVERSATION = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 };
const OK: Fault = { kind: 'json', status: 200, body: CONVERSATION };
/** Hang detector: every call must settle well within this; it is not a speed assertion. */
const SETTLE_BOUND_MS = 8_000;
const MAX_RETRIES = 2;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  // Give stray promises a turn to surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(unhandled).toEqual([]);
});

interface Harness {
  server: FaultServer;
  events: TransportEvent[];
  /** Resolves with the next event of that type (register before it can happen). */
  nextEvent(type: TransportEvent['type']): Promise<TransportEvent>;
  client: ReturnType<typeof createLeadwayClient>;
}

async function harness(script: (n: number) => Fault, options: Partial<LeadwayClientOptions> = {}): Promise<Harness> {
  server = await startFaultServer(script);
  const events: TransportEvent[] = [];
  const listeners = new Set<(event: TransportEvent) => void>();
  const client = createLeadwayClient({
    token: SECRET_TOKEN,
    baseUrl: server.url,
    // Aborts reach the wire only once the server has the request (see arrival-gated-fetch.ts).
    fetch: arrivalGatedFetch(server),
    timeoutMs: 2_000,
    retry: { maxRetries: MAX_RETRIES, baseDelayMs: 5, maxDelayMs: 20 },
    onEvent: (event) => {
      events.push(event);
      for (const listener of listeners) listener(event);
    },
    ...options,
  });
  const nextEvent = (type: TransportEvent['type']) =>
    new Promise<TransportEvent>((resolve) => {
      const listener = (event: TransportEvent) => {
        if (event.type !== type) return;
        listeners.delete(listener);
        resolve(event);
      };
      listeners.add(listener);
    });
  return { server, events, nextEvent, client };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Awaits the call; fails the test if it has not settled within the bound (a hang). */
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`call did not settle within ${SETTLE_BOUND_MS} ms`)), SETTLE_BOUND_MS);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled<T> => ({ ok: true, value }),
        (error: unknown): Settled<T> => ({ ok: false, error }),
      ),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The call's typed failure, reached within the hang bound, carrying no token. */
async function typedFailureOf(promise: Promise<unknown>, events: TransportEvent[]): Promise<LeadwayError> {
  const result = await settle(promise);
  if (result.ok) throw new Error('expected the call to fail');
  expect(LeadwayError.isLeadwayError(result.error)).toBe(true);
  expectNoToken(result.error, events);
  return result.error as LeadwayError;
}

function expectNoToken(error: unknown, events: TransportEvent[]) {
  for (const text of exposedText(error, events)) {
    expect(text).not.toContain(SECRET_TOKEN);
    expect(text).not.toContain(SECRET_TOKEN.slice(4, 20));
  }
}

/** A request that creates something (send a message): idempotent false. */
function send(client: Harness['client'], signal?: AbortSignal) {
  return client.http.POST('/conversations/messages', {
    params: { header: { Version: '2021-07-28' } },
    body: { type: 'SMS', contactId: 'k1', message: 'hello' } as never,
    ...(signal ? { signal } : {}),
  });
}

describe('fault injection: HTTP error answers', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
  ] as const)('%i with a JSON body → its typed error, not retried', async (status, Class) => {
    const h = await harness(() => ({ kind: 'json', status, body: { statusCode: status, message: 'refused here', traceId: 'tr-9' } }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, method: 'GET', path: '/conversations/c1', operation: 'getConversation', traceId: 'tr-9' });
    expect(error.message).toContain('refused here');
    expect(h.server.requests).toHaveLength(1);
  });

  it('500 JSON on a read → retried up to the limit, then ServerError', async () => {
    const h = await harness(() => ({ kind: 'json', status: 500, body: { statusCode: 500, message: 'Internal server error' } }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(500);
    expect(h.server.requests).toHaveLength(1 + MAX_RETRIES);
    expect(h.events.filter((e) => e.type === 'retry')).toHaveLength(MAX_RETRIES);
  });

  it('503 then 200 on a read → the retried success', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'json', status: 503, body: { statusCode: 503, message: 'busy' } } : OK));
    const result = await settle(h.client.conversations.get('c1'));
    expect(result).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(2);
    // Every attempt carried the credentials again.
    expect(h.server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${SECRET_TOKEN}`, `Bearer ${SECRET_TOKEN}`]);
  });

  it('500 on a create → answered once, never re-sent', async () => {
    const h = await harness(() => ({ kind: 'json', status: 500, body: { statusCode: 500, message: 'Internal server error' } }));
    const result = await settle(send(h.client));
    expect(result.ok && result.value.response.status).toBe(500);
    expect(h.server.requests).toHaveLength(1);
    expect(h.events.filter((e) => e.type === 'retry')).toHaveLength(0);
  });

  it('HTML 502 from a gateway on a read → retried, then ServerError saying it is an HTML page', async () => {
    const h = await harness(() => ({ kind: 'html', status: 502 }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/HTML page/);
    expect((error as ServerError).body).toBeUndefined();
    expect(h.server.requests).toHaveLength(1 + MAX_RETRIES);
  });
});

describe('fault injection: creates through the resource functions get typed errors and are sent once', () => {
  const message = { type: 'SMS', contactId: 'k1', message: 'hello' } as const;

  it.each([
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
    [429, RateLimitError],
  ] as const)('messages.send answered %i → its typed error, one request', async (status, Class) => {
    const h = await harness(() => ({ kind: 'json', status, body: { statusCode: status, message: 'not now' }, headers: { 'retry-after': '0' } }));
    const error = await typedFailureOf(h.client.messages.send(message), h.events);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, method: 'POST', path: '/conversations/messages', operation: 'sendMessage' });
    expect(h.server.requests).toHaveLength(1);
    expect(JSON.parse(h.server.requests[0]!.body)).toMatchObject(message);
  });

  it('messages.send with the connection reset → ConnectionError, one request', async () => {
    const h = await harness(() => ({ kind: 'reset-before-headers' }));
    const error = await typedFailureOf(h.client.messages.send(message), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(h.server.requests).toHaveLength(1);
  });

  it('messages.send stalled past the timeout → TimeoutError, one request', async () => {
    const h = await harness(() => ({ kind: 'stall' }), { timeoutMs: 100 });
    const error = await typedFailureOf(h.client.messages.send(message), h.events);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(h.server.requests).toHaveLength(1);
  });
});

describe('fault injection: malformed success answers', () => {
  it('200 with an HTML page → MalformedResponseError, not retried', async () => {
    const h = await harness(() => ({ kind: 'html', status: 200 }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/HTML page/);
    expect((error as MalformedResponseError).bodyExcerpt).toContain('<html>');
    expect(h.server.requests).toHaveLength(1);
  });

  it('200 page without its array (conversations.search) → MalformedResponseError', async () => {
    const h = await harness(() => ({ kind: 'json', status: 200, body: { total: 3 } }));
    const error = await typedFailureOf(h.client.conversations.search({ locationId: 'l1' }), h.events);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toContain("no 'conversations' array");
    expect(h.server.requests).toHaveLength(1);
  });

  it('200 with invalid JSON → MalformedResponseError quoting the body', async () => {
    const h = await harness(() => ({ kind: 'invalid-json' }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/not valid JSON/);
    expect((error as MalformedResponseError).bodyExcerpt).toBe('{"id": "c1", "contactId": ');
    expect(h.server.requests).toHaveLength(1);
  });

  it('truncated body (Content-Length larger than sent) → ConnectionError during-body; a read is retried', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'truncated' } : OK));
    const result = await settle(h.client.conversations.get('c1'));
    expect(result).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(2);
    expect(h.events.find((e) => e.type === 'error')?.errorKind).toBe('connection');
  });

  it('truncated body with retries off → ConnectionError, phase during-body', async () => {
    const h = await harness(() => ({ kind: 'truncated' }), { retry: false });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe('during-body');
    expect(h.server.requests).toHaveLength(1);
  });

  it('body cut mid-stream (chunked) → ConnectionError during-body', async () => {
    const h = await harness(() => ({ kind: 'cut-mid-stream' }), { retry: false });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe('during-body');
    expect(h.server.requests).toHaveLength(1);
  });
});

describe('fault injection: connection failures', () => {
  it('reset before headers on a read → retried to success', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'reset-before-headers' } : OK));
    const result = await settle(h.client.conversations.get('c1'));
    expect(result).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(2);
  });

  it('reset before headers, every time → ConnectionError before-response after the retries', async () => {
    const h = await harness(() => ({ kind: 'reset-before-headers' }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe('before-response');
    expect(h.server.requests).toHaveLength(1 + MAX_RETRIES);
  });

  it('reset before headers on a create → ConnectionError, sent once (the server may have acted)', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'reset-before-headers' } : { kind: 'json', status: 201, body: { messageId: 'm1' } }));
    const error = await typedFailureOf(send(h.client), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(h.server.requests).toHaveLength(1);
  });

  it('reset after headers on a read → ConnectionError during-body (retries off)', async () => {
    const h = await harness(() => ({ kind: 'reset-after-headers' }), { retry: false });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe('during-body');
    expect(h.server.requests).toHaveLength(1);
  });

  it('reset after headers on a create → ConnectionError, sent once', async () => {
    const h = await harness(() => ({ kind: 'reset-after-headers' }));
    const error = await typedFailureOf(send(h.client), h.events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(h.server.requests).toHaveLength(1);
  });

  it('connection refused → ConnectionError ECONNREFUSED; a create is retried since nothing was sent', async () => {
    const events: TransportEvent[] = [];
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl: await refusedUrl(),
      retry: { maxRetries: MAX_RETRIES, baseDelayMs: 5, maxDelayMs: 20 },
      onEvent: (event) => events.push(event),
    });
    const error = await typedFailureOf(send(client), events);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe('ECONNREFUSED');
    expect((error as ConnectionError).phase).toBe('before-response');
    expect(events.filter((e) => e.type === 'error')).toHaveLength(1 + MAX_RETRIES);
  });
});

describe('fault injection: timeouts, deadline and abort', () => {
  it('stall past the per-request timeout on a read → TimeoutError (attempt) after the retries', async () => {
    const h = await harness(() => ({ kind: 'stall' }), { timeoutMs: 100 });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('attempt');
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect(h.server.requests).toHaveLength(1 + MAX_RETRIES);
  });

  it('stall, then an answer → the retried success', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'stall' } : OK), { timeoutMs: 100 });
    expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(2);
  });

  it('stall on a create → TimeoutError, sent once', async () => {
    const h = await harness(() => ({ kind: 'stall' }), { timeoutMs: 100 });
    const error = await typedFailureOf(send(h.client), h.events);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(h.server.requests).toHaveLength(1);
  });

  it('the overall deadline ends a stalled call even when the per-request timeout is longer', async () => {
    const h = await harness(() => ({ kind: 'stall' }), { timeoutMs: 5_000, deadlineMs: 150 });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('deadline');
    expect((error as TimeoutError).timeoutMs).toBe(150);
    expect(h.server.requests).toHaveLength(1);
  });

  it('the overall deadline stops retrying: the last answer is thrown instead of waiting past it', async () => {
    // Retry-After (30 s, under the 60 s cap) reaches past the deadline: the 503 is thrown at once.
    const h = await harness(() => ({ kind: 'json', status: 503, body: { statusCode: 503, message: 'busy' }, headers: { 'retry-after': '30' } }), {
      deadlineMs: 5_000,
      retry: { maxRetries: 10 },
    });
    const error = await typedFailureOf(h.client.conversations.get('c1', { deadlineMs: 5_000 }), h.events);
    expect(error).toBeInstanceOf(ServerError);
    expect(h.server.requests).toHaveLength(1);
  });

  it("the caller's AbortSignal ends a request in flight → AbortedError", async () => {
    // No timeout could end the call first: only the abort can, within the settle bound.
    const h = await harness(() => ({ kind: 'stall' }), { timeoutMs: 60_000 });
    const controller = new AbortController();
    const call = h.client.conversations.get('c1', { signal: controller.signal });
    // Abort once the request is in flight: the server has it and is not answering.
    await h.server.waitForRequests(1);
    controller.abort(new Error('user went away'));
    const error = await typedFailureOf(call, h.events);
    expect(error).toBeInstanceOf(AbortedError);
    expect(h.server.requests).toHaveLength(1);
  });

  it("the caller's AbortSignal ends the wait before a retry → AbortedError, no further request", async () => {
    const h = await harness(() => ({ kind: 'json', status: 503, body: { statusCode: 503, message: 'busy' }, headers: { 'retry-after': '30' } }));
    const controller = new AbortController();
    const retrying = h.nextEvent('retry');
    const call = h.client.conversations.get('c1', { signal: controller.signal });
    const error = await typedFailureOf(
      (async () => {
        // Abort once the client has decided to wait 30 s before retrying.
        await retrying;
        controller.abort();
        return call;
      })(),
      h.events,
    );
    expect(error).toBeInstanceOf(AbortedError);
    expect(h.events.find((e) => e.type === 'retry')?.delayMs).toBe(30_000);
    expect(h.server.requests).toHaveLength(1);
  });
});

describe('fault injection: rate limits', () => {
  it('429 with Retry-After in seconds → waits that long, then the retried success', async () => {
    const h = await harness((n) =>
      n === 0 ? { kind: 'json', status: 429, body: { statusCode: 429, message: 'Too Many Requests' }, headers: { 'retry-after': '1' } } : OK,
    );
    expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(2);
    expect(h.events.find((e) => e.type === 'retry')?.delayMs).toBe(1_000);
  });

  it('429 with Retry-After as an HTTP date → waits until then, then the retried success', async () => {
    // The server writes the date and the client reads it on one stopped clock (Date only; timers
    // stay real), so the wait is exactly the 2 s between them however long the answer travelled.
    // Pacing is off: on a stopped clock its 429 block would never lapse.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 25, 8, 0, 0) });
    try {
      const h = await harness(
        (n) =>
          n === 0
            ? {
                kind: 'json',
                status: 429,
                body: { statusCode: 429, message: 'Too Many Requests' },
                headers: { 'retry-after': new Date(Date.now() + 2_000).toUTCString() },
              }
            : OK,
        { pacing: false },
      );
      expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
      expect(h.server.requests).toHaveLength(2);
      expect(h.events.find((e) => e.type === 'retry')?.delayMs).toBe(2_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('429 with a Retry-After beyond the cap → RateLimitError at once, not retried', async () => {
    const h = await harness(() => ({ kind: 'json', status: 429, body: { statusCode: 429, message: 'Too Many Requests' }, headers: { 'retry-after': '3600' } }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(h.server.requests).toHaveLength(1);
  });

  it('429 on a create → not re-sent (the API does not promise a 429 was not processed)', async () => {
    const h = await harness(() => ({ kind: 'json', status: 429, body: { statusCode: 429, message: 'Too Many Requests' }, headers: { 'retry-after': '0' } }));
    const result = await settle(send(h.client));
    expect(result.ok && result.value.response.status).toBe(429);
    expect(h.server.requests).toHaveLength(1);
  });

  it('rate-limit headers near zero → the next call waits for the interval instead of collecting a 429', async () => {
    const limits = {
      'x-ratelimit-max': '100',
      'x-ratelimit-interval-milliseconds': '300',
      'x-ratelimit-remaining': '1',
      'x-ratelimit-daily-remaining': '150000',
    };
    // Pacing on a clock that moves only by its own waits: the second call comes "at once" however slow the machine.
    const pacing = { store: onVirtualClock(createMemoryRateLimitStore(), { at: Date.UTC(2026, 10, 25) }) };
    const h = await harness((n) => (n === 0 ? { kind: 'json', status: 200, body: CONVERSATION, headers: limits } : OK), { pacing });
    expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    expect(h.events.filter((e) => e.type === 'pacing')).toHaveLength(0);
    expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    // One wait for the whole interval.
    expect(h.events.filter((e) => e.type === 'pacing').map((e) => e.delayMs)).toEqual([300]);
    expect(h.server.requests).toHaveLength(2);
  });

  it('daily remaining near zero → paced too', async () => {
    const limits = { 'x-ratelimit-interval-milliseconds': '200', 'x-ratelimit-remaining': '90', 'x-ratelimit-daily-remaining': '0' };
    const pacing = { store: onVirtualClock(createMemoryRateLimitStore(), { at: Date.UTC(2026, 10, 25) }) };
    const h = await harness((n) => (n === 0 ? { kind: 'json', status: 200, body: CONVERSATION, headers: limits } : OK), { pacing });
    await settle(h.client.conversations.get('c1'));
    expect(h.events.filter((e) => e.type === 'pacing')).toHaveLength(0);
    await settle(h.client.conversations.get('c1'));
    expect(h.events.filter((e) => e.type === 'pacing').map((e) => e.delayMs)).toEqual([200]);
  });
});

describe('fault injection: hostile rate-limit headers (issue #14 items 4 and 5)', () => {
  it.each([
    ['an interval of 1e12 ms with nothing remaining', { 'x-ratelimit-interval-milliseconds': '1000000000000', 'x-ratelimit-remaining': '0' }, 200],
    [
      'a daily quota of 0 and an interval of 1e12 ms',
      { 'x-ratelimit-interval-milliseconds': '1000000000000', 'x-ratelimit-remaining': '90', 'x-ratelimit-daily-remaining': '0' },
      200,
    ],
    ['a 429 with Retry-After 1e9 s', { 'retry-after': '1000000000', 'x-ratelimit-remaining': '0' }, 429],
    ['a 429 with Retry-After in the year 9999', { 'retry-after': 'Fri, 31 Dec 9999 23:59:59 GMT' }, 429],
  ] as const)('%s → later calls are held at most one 10 s window', async (_name, headers, status) => {
    const { store, waits } = waitRecordingStore();
    const h = await harness(
      (n) => (n === 0 ? { kind: 'json', status, body: status === 200 ? CONVERSATION : { statusCode: 429, message: 'Too Many Requests' }, headers } : OK),
      {
        pacing: { store },
        retry: false,
      },
    );
    await settle(h.client.conversations.get('c1'));
    // The next call is held (nothing sent) for one bounded window, which outlasts its 1 s deadline.
    const error = await typedFailureOf(h.client.conversations.get('c1', { deadlineMs: 1_000 }), h.events);
    expect(error).toBeInstanceOf(TimeoutError);
    const held = waits.filter((w) => w > 0);
    expect(held.length).toBeGreaterThan(0);
    expect(Math.max(...held)).toBeLessThanOrEqual(MAX_BURST_WINDOW_MS);
    expect(error.message).toMatch(/asked to wait \d+ ms/);
    expect(Number(/asked to wait (\d+) ms/.exec(error.message)![1])).toBeLessThanOrEqual(MAX_BURST_WINDOW_MS);
    expect(h.server.requests).toHaveLength(1);
  });

  it('X-RateLimit-Max: 1 → each call waits for the window; the store is asked a few times, not every millisecond', async () => {
    const { store, waits } = waitRecordingStore();
    const limits = { 'x-ratelimit-max': '1', 'x-ratelimit-interval-milliseconds': '200', 'x-ratelimit-remaining': '0' };
    const h = await harness(() => ({ kind: 'json', status: 200, body: CONVERSATION, headers: limits }), { pacing: { store } });
    for (let i = 0; i < 3; i++) expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    expect(h.server.requests).toHaveLength(3);
    // 3 sends and 2 waits for the window (a timer may wake a millisecond early: one more ask each).
    expect(waits.length).toBeLessThanOrEqual(3 + 2 * 2);
  });
});

describe('fault injection: per-call headers that break the request are refused (issue #14 item 12)', () => {
  it.each([
    ['Transfer-Encoding', 'chunked'],
    ['Content-Length', '5'],
    ['Expect', '100-continue'],
    ['Host', 'evil.example'],
    ['Connection', 'upgrade'],
    ['Upgrade', 'websocket'],
    ['TE', 'trailers'],
    ['Trailer', 'X-Checksum'],
    ['Keep-Alive', 'timeout=5'],
    ['Proxy-Authorization', 'Basic eDp5'],
    ['X-HTTP-Method-Override', 'DELETE'],
  ])('%s → InvalidInputError, nothing reaches the server', async (name, value) => {
    const h = await harness(() => OK);
    const error = await typedFailureOf(h.client.messages.send({ type: 'SMS', contactId: 'k1', message: 'hello' }, { headers: { [name]: value } }), h.events);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(name);
    expect(h.server.requests).toHaveLength(0);
  });
});

describe('fault injection: server-given file names are made safe (issue #14 item 13)', () => {
  const ref = { locationId: 'l1', messageId: 'm1' };
  const file = (disposition: string): Fault => ({
    kind: 'raw',
    status: 200,
    body: new Uint8Array([0x52, 0x49, 0x46, 0x46]),
    headers: { 'content-type': 'audio/x-wav', 'content-disposition': disposition },
  });

  it.each([
    ['attachment; filename="../../.ssh/authorized_keys"', 'authorized_keys'],
    ["attachment; filename*=UTF-8''..%2F..%2F.ssh%2Fauthorized_keys", 'authorized_keys'],
    ['attachment; filename="C:\\Users\\me\\.bashrc"', 'bashrc'],
    ['attachment; filename=".."', 'recording.mp3'],
    ['attachment; filename="LPT1"', '_LPT1'],
  ])('getRecording with %s → %s', async (disposition, name) => {
    const h = await harness(() => file(disposition));
    const result = await settle(h.client.calls.getRecording(ref));
    expect(result.ok && result.value.filename).toBe(name);
    expect(result.ok && [...new Uint8Array(result.value.data)]).toEqual([0x52, 0x49, 0x46, 0x46]);
  });

  it('downloadTranscription with a path in filename* → the bare name', async () => {
    const h = await harness(() => file("attachment; filename*=UTF-8''%2E%2E%2F%2E%2E%2Fetc%2Fcron.d%2Fjob"));
    const result = await settle(h.client.calls.downloadTranscription(ref));
    expect(result.ok && result.value.filename).toBe('job');
  });
});

describe('fault injection: hostile bodies never escape as untyped errors (issue #14 items 9 and 10)', () => {
  const DEEP = 100_000;
  const deep = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;

  it('an error body nested 100,000 levels → BadRequestError (body cut), printable and serialisable', async () => {
    const h = await harness(() => ({ kind: 'raw', status: 400, body: deep }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(h.server.requests).toHaveLength(1);
  });

  it('a 200 body nested 100,000 levels → MalformedResponseError, not retried', async () => {
    const h = await harness(() => ({ kind: 'raw', status: 200, body: `{"id":"c1","meta":${deep}}` }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/nested deeper/);
    expect(h.server.requests).toHaveLength(1);
  });

  it.each([
    ['conversations.get', (c: Harness['client']) => c.conversations.get('c1')],
    ['conversations.create', (c: Harness['client']) => c.conversations.create({ locationId: 'l1', contactId: 'k1' })],
    ['messages.send', (c: Harness['client']) => c.messages.send({ type: 'SMS', contactId: 'k1', message: 'hello' })],
    ['messages.getEmail', (c: Harness['client']) => c.messages.getEmail('e1')],
    ['liveChat.typing', (c: Harness['client']) => c.liveChat.typing({ locationId: 'l1', conversationId: 'c1', visitorId: 'v1', isTyping: true })],
  ])('a 2xx whose JSON is null (%s) → MalformedResponseError, sent once', async (_name, call) => {
    const h = await harness(() => ({ kind: 'raw', status: 200, body: 'null' }));
    const error = await typedFailureOf(call(h.client), h.events);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toContain('null');
    expect(h.server.requests).toHaveLength(1);
  });

  it.each([
    ['a JSON string', '"conversation"'],
    ['an array', '[{"id":"c1"}]'],
    ['a number', '1e400'],
  ])('a 2xx whose JSON is %s where an object is promised → MalformedResponseError', async (_name, body) => {
    const h = await harness(() => ({ kind: 'raw', status: 200, body }));
    expect(await typedFailureOf(h.client.conversations.get('c1'), h.events)).toBeInstanceOf(MalformedResponseError);
  });

  it('an error body whose traceId and message list are objects with a non-callable toString → its typed error', async () => {
    const h = await harness(() => ({ kind: 'raw', status: 422, body: '{"statusCode":422,"message":[{"toString":1}],"traceId":{"toString":1,"valueOf":1}}' }));
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).traceId).toBeUndefined();
  });

  it('an error body with __proto__ keys and huge numbers → its typed error, no prototype touched', async () => {
    const h = await harness(() => ({ kind: 'raw', status: 500, body: '{"__proto__":{"isAdmin":true},"statusCode":1e400,"message":"x"}' }), { retry: false });
    const error = await typedFailureOf(h.client.conversations.get('c1'), h.events);
    expect(error).toBeInstanceOf(ServerError);
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });
});

describe('fault injection: careless input is refused before anything is sent (issue #14 items 9 and 11)', () => {
  it.each([
    ['an id with a lone surrogate', (c: Harness['client']) => c.conversations.get('c1\ud800')],
    ['search text with a lone surrogate', (c: Harness['client']) => c.conversations.search({ locationId: 'l1', query: 'caf\udce9' })],
    ['a message body with a lone surrogate', (c: Harness['client']) => c.messages.send({ type: 'SMS', contactId: 'k1', message: '\udbff' })],
    [
      'a required field only inherited',
      (c: Harness['client']) => c.messages.send(Object.assign(Object.create({ contactId: 'k1' }) as object, { type: 'SMS', message: 'hi' }) as never),
    ],
  ])('%s → InvalidInputError, no request', async (_name, call) => {
    const h = await harness(() => OK);
    const error = await typedFailureOf(call(h.client), h.events);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(h.server.requests).toHaveLength(0);
  });

  it('a query parameter inherited through the prototype never reaches the server', async () => {
    const h = await harness(() => ({ kind: 'json', status: 200, body: { conversations: [], total: 0 } }));
    const params = Object.assign(Object.create({ assignedTo: 'someone-else', query: 'private' }) as object, { locationId: 'l1' });
    expect((await settle(h.client.conversations.search(params as never))).ok).toBe(true);
    expect(h.server.requests).toHaveLength(1);
    expect(h.server.requests[0]!.url).toBe('/conversations/search?locationId=l1');
  });
});

describe('fault injection: a paced walk against a server that enforces its limit', () => {
  it('stays under the burst limit the headers announce: no 429 while walking 30 pages', async () => {
    // The server allows 10 requests per 500 ms (sliding window) and says so in every answer.
    const MAX = 10;
    const INTERVAL = 500;
    const arrivals: number[] = [];
    let refused = 0;
    // Server and pacing share a clock that moves only by the client's pacing waits, so the walk
    // meets the limit (and must pace) however slowly each request travels.
    const clock = { at: Date.UTC(2026, 10, 25) };
    const h = await harness(
      () => {
        const now = clock.at;
        while (arrivals.length > 0 && arrivals[0]! <= now - INTERVAL) arrivals.shift();
        const limits = { 'x-ratelimit-max': String(MAX), 'x-ratelimit-interval-milliseconds': String(INTERVAL) };
        if (arrivals.length >= MAX) {
          refused++;
          return { kind: 'json', status: 429, body: { statusCode: 429, message: 'Too Many Requests' }, headers: { ...limits, 'x-ratelimit-remaining': '0' } };
        }
        arrivals.push(now);
        return { kind: 'json', status: 200, body: CONVERSATION, headers: { ...limits, 'x-ratelimit-remaining': String(MAX - arrivals.length) } };
      },
      { pacing: { store: onVirtualClock(createMemoryRateLimitStore(), clock) } },
    );
    for (let page = 0; page < 30; page++) expect(await settle(h.client.conversations.get('c1'))).toEqual({ ok: true, value: CONVERSATION });
    expect(refused).toBe(0);
    expect(h.server.requests).toHaveLength(30);
    expect(h.events.some((e) => e.type === 'pacing')).toBe(true);
  });
});

describe('fault injection: the debug hook never sees the token', () => {
  it('redacts Authorization in every event', async () => {
    const h = await harness((n) => (n === 0 ? { kind: 'json', status: 503, body: { statusCode: 503, message: 'busy' } } : OK));
    await settle(h.client.conversations.get('c1'));
    expect(h.events.map((e) => e.type)).toEqual(['response', 'retry', 'response']);
    for (const event of h.events) expect(event.headers.authorization ?? '[REDACTED]').toBe('[REDACTED]');
    expect(JSON.stringify(h.events)).not.toContain(SECRET_TOKEN);
    expect(h.server.requests[0]!.headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
  });
});
