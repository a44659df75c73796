// The redirect policy against real servers: a GET follows (bounded, Authorization only to the
// origin it was sent to); every other method gets a RedirectError, with nothing sent to the target
// and nothing retried; a custom fetch that follows on its own is caught too.
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, LeadwayError, RedirectError, type TransportEvent } from '../../src/index.js';
import { DEFAULT_RETRY } from '../../src/options.js';
import { createTransport } from '../../src/transport/transport.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';
import { exposedText } from './expose.js';
import { hostileClient } from './hostile-client.js';
import { hostileServers, json, redirect } from './hostile-server.js';

const CONVERSATION = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 };
const SENT = { conversationId: 'c1', messageId: 'm1', msg: 'queued' };

const serve = hostileServers();

function expectNoToken(error: unknown, events: TransportEvent[]) {
  for (const text of exposedText(error, events)) expect(text).not.toContain(SECRET_TOKEN);
}

describe('redirects: GET follows, with credentials only for the origin it was sent to', () => {
  it('a same-origin 302 on a GET is followed with the Authorization header', async () => {
    const api = await serve((req, res, self) =>
      req.url.startsWith('/moved/') ? json(200, CONVERSATION)(req, res, self) : redirect(302, '/moved/c1')(req, res, self),
    );
    const client = hostileClient(api, []);
    await expect(client.conversations.get('c1')).resolves.toEqual(CONVERSATION);
    expect(api.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/conversations/c1'],
      ['GET', '/moved/c1'],
    ]);
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${SECRET_TOKEN}`, `Bearer ${SECRET_TOKEN}`]);
  });

  it.each([301, 302, 303, 307, 308])('a cross-origin %i on a GET is followed without Authorization', async (status) => {
    const other = await serve(json(200, CONVERSATION));
    const api = await serve(redirect(status, `${other.url}/elsewhere/c1`));
    const client = hostileClient(api, []);
    await expect(client.conversations.get('c1')).resolves.toEqual(CONVERSATION);
    expect(api.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]).toMatchObject({ method: 'GET', url: '/elsewhere/c1' });
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(other.requests)).not.toContain(SECRET_TOKEN);
  });

  it('a redirect back to the API origin after leaving it does not get the token back', async () => {
    let apiUrl = '';
    const other = await serve((req, res, self) => redirect(302, `${apiUrl}/back/c1`)(req, res, self));
    const api = await serve((req, res, self) =>
      req.url.startsWith('/back/') ? json(200, CONVERSATION)(req, res, self) : redirect(302, `${other.url}/away`)(req, res, self),
    );
    apiUrl = api.url;
    await expect(hostileClient(api, []).conversations.get('c1')).resolves.toEqual(CONVERSATION);
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${SECRET_TOKEN}`, undefined]);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('a redirect loop ends after 5 followed redirects with RedirectError (too_many), not retried', async () => {
    const events: TransportEvent[] = [];
    const api = await serve((req, res, self) => redirect(302, `/loop/${self.requests.length}`)(req, res, self));
    const error = await hostileClient(api, events)
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'too_many', status: 302, method: 'GET', operation: 'getConversation' });
    expect(api.requests).toHaveLength(6);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
    expectNoToken(error, events);
  });

  it('a Location that is not http(s) is a RedirectError (invalid_location)', async () => {
    const api = await serve(redirect(302, 'file:///etc/passwd'));
    const error = await hostileClient(api, [])
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'invalid_location' });
    expect(api.requests).toHaveLength(1);
  });
});

describe('redirects: any other method is never redirected', () => {
  const message = { type: 'SMS', contactId: 'k1', message: 'hello' } as const;
  const calls = {
    'POST (messages.send, a create)': (client: ReturnType<typeof createLeadwayClient>) => client.messages.send(message),
    'PUT (conversations.update, idempotent)': (client: ReturnType<typeof createLeadwayClient>) =>
      client.conversations.update('c1', { locationId: 'l1', unreadCount: 0 }),
    'DELETE (conversations.delete, idempotent)': (client: ReturnType<typeof createLeadwayClient>) => client.conversations.delete('c1'),
  };
  const cases = Object.keys(calls).flatMap((name) => [301, 302, 303, 307, 308].map((status) => [name, status] as const));

  it.each(cases)('%s answered %i → RedirectError, one request, nothing sent to the target, not retried', async (name, status) => {
    const events: TransportEvent[] = [];
    const target = await serve(json(200, SENT));
    const api = await serve(redirect(status, `${target.url}/conversations/messages`));
    const error = await calls[name as keyof typeof calls](hostileClient(api, events)).catch((e: unknown) => e);
    expect(LeadwayError.isLeadwayError(error)).toBe(true);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'method', status, location: `${target.url}/conversations/messages` });
    expect(api.requests).toHaveLength(1);
    expect(target.requests).toHaveLength(0);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
    expectNoToken(error, events);
  });

  it('a same-origin 307 on a PUT is not followed either: the body is not sent twice', async () => {
    const api = await serve(redirect(307, '/conversations/c2'));
    const error = await calls['PUT (conversations.update, idempotent)'](hostileClient(api, [])).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'method', status: 307 });
    expect(api.requests).toHaveLength(1);
  });

  it("a custom fetch that follows redirects itself: a POST turned into a GET is a RedirectError, not the GET's answer", async () => {
    const target = await serve(json(200, SENT));
    const api = await serve(redirect(303, `${target.url}/somewhere`));
    const client = hostileClient(api, [], { fetch: (request) => globalThis.fetch(new Request(request, { redirect: 'follow' })) });
    const error = await client.messages.send(message).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'followed_by_fetch' });
    expect(api.requests).toHaveLength(1);
  });

  it('an opaque redirect (what a browser gives for redirect: manual) is a RedirectError', async () => {
    let seen: Request | undefined;
    const opaque = { type: 'opaqueredirect', status: 0, statusText: '', ok: false, redirected: false, headers: new Headers(), body: null, url: '' };
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl: 'https://api.example.test',
      retry: false,
      fetch: async (request) => {
        seen = request;
        return opaque as unknown as Response;
      },
    });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'redirect', reason: 'opaque', status: 0 });
    expect(seen?.redirect).toBe('manual');
  });

  it('an idempotent PUT retried after a 503 sends the whole body on every attempt', async () => {
    const api = await serve((req, res, self) =>
      self.requests.length === 1
        ? json(503, { statusCode: 503, message: 'busy' })(req, res, self)
        : json(200, { success: true, conversation: CONVERSATION })(req, res, self),
    );
    await calls['PUT (conversations.update, idempotent)'](hostileClient(api, []));
    expect(api.requests).toHaveLength(2);
    expect(api.requests.map((r) => JSON.parse(r.body))).toEqual([
      { locationId: 'l1', unreadCount: 0 },
      { locationId: 'l1', unreadCount: 0 },
    ]);
  });
});

describe('request body bytes: every attempt gets usable bytes', () => {
  it('a runtime that detaches the body it sent (transfers the ArrayBuffer) does not break the retry', async () => {
    const seen: string[] = [];
    const send = async (_request: Request, init: RequestInit) => {
      // What undici does to an ArrayBuffer body when it follows a redirect: the buffer is detached.
      const moved = structuredClone(init.body as ArrayBuffer, { transfer: [init.body as ArrayBuffer] });
      seen.push(new TextDecoder().decode(moved));
      return seen.length === 1 ? new Response('{}', { status: 503 }) : new Response('{"ok":true}', { status: 200 });
    };
    const transport = createTransport({
      token: SECRET_TOKEN,
      fetch: () => Promise.reject(new Error('unused')),
      send,
      timeoutMs: 1_000,
      deadlineMs: 5_000,
      retry: { ...DEFAULT_RETRY, baseDelayMs: 0, maxDelayMs: 0 },
    });
    const request = new Request('https://api.example.test/conversations/c1', { method: 'PUT', body: '{"unreadCount":0}' });
    const response = await transport(request, { operation: 'updateConversation', idempotent: true });
    expect(response.status).toBe(200);
    expect(seen).toEqual(['{"unreadCount":0}', '{"unreadCount":0}']);
  });
});
