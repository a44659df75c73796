// A server (or a custom fetch) that echoes the credentials back: the bearer token must not survive
// in any error the client throws, nor in its cause, however it is printed (String, JSON.stringify,
// util.inspect with depth 10 and showHidden, the stack), nor in an onEvent event.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  createLeadwayClient,
  createMemoryTokenStore,
  createOAuthTokenProvider,
  type LeadwayClientOptions,
  MalformedResponseError,
  ServerError,
  type TransportEvent,
} from '../../src/index.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';
import { exposedText } from './expose.js';
import { type HostileServer, json, type Route, startHostileServer } from './hostile-server.js';

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function clientOn(route: Route, events: TransportEvent[], options: Partial<LeadwayClientOptions> = {}) {
  const server = await startHostileServer(route);
  servers.push(server);
  const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl: server.url, retry: false, onEvent: (e) => events.push(e), ...options });
  return { server, client };
}

/** Every rendering of the error and its causes, plus inspect at depth 10 as the issue asks. */
function expectNoToken(error: unknown, events: TransportEvent[]) {
  const texts = [...exposedText(error, events), inspect(error, { depth: 10 }), JSON.stringify(error)];
  for (const text of texts) {
    expect(text).not.toContain(SECRET_TOKEN);
    expect(text).not.toContain(SECRET_TOKEN.slice(4, 20));
  }
}

const echoAuthorization: (status: number) => Route = (status) => (req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-echo-authorization': String(req.headers.authorization) });
  res.end(
    JSON.stringify({ statusCode: status, message: `Invalid token: ${String(req.headers.authorization)}`, details: { sent: [req.headers.authorization] } }),
  );
};

describe('secrets: an API error body or header that echoes the bearer token', () => {
  it('401 JSON quoting the token in message, a nested field and a header → AuthenticationError without it', async () => {
    const events: TransportEvent[] = [];
    const { client } = await clientOn(echoAuthorization(401), events);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toContain('Invalid token: Bearer [redacted]');
    expect((error as AuthenticationError).headers['x-echo-authorization']).toBe('Bearer [redacted]');
    expectNoToken(error, events);
  });

  it('500 text body quoting the token → ServerError without it (rawBody and message)', async () => {
    const events: TransportEvent[] = [];
    const { client } = await clientOn((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`upstream refused ${String(req.headers.authorization)} at gateway`);
    }, events);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(String((error as ServerError).rawBody)).toContain('[redacted]');
    expectNoToken(error, events);
  });
});

describe('secrets: both tokens of a refreshed call', () => {
  it('a 401 that echoes the token, before and after the refresh → AuthenticationError without either token', async () => {
    const OLD = 'at-old-7d1c2b3a4f5e6d7c8b9a';
    const NEW = 'at-new-0f9e8d7c6b5a4f3e2d1c';
    const tokenServer = await startHostileServer(
      json(200, { access_token: NEW, token_type: 'Bearer', expires_in: 86399, refresh_token: 'rt-new-1a2b3c4d5e6f' }),
    );
    servers.push(tokenServer);
    const store = createMemoryTokenStore({ accessToken: OLD, refreshToken: 'rt-old-6f5e4d3c2b1a', expiresAt: Date.now() + 3_600_000 });
    const token = createOAuthTokenProvider({ clientId: 'app-1', clientSecret: 'cs-0123456789abcdef', store, baseUrl: tokenServer.url });
    const events: TransportEvent[] = [];
    const { server, client } = await clientOn(
      (req, res) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 401, message: `Invalid JWT: ${String(req.headers.authorization)}` }));
      },
      events,
      { token },
    );
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${OLD}`, `Bearer ${NEW}`]);
    for (const text of [...exposedText(error, events), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(OLD);
      expect(text).not.toContain(NEW);
    }
  });
});

describe('secrets: a malformed 2xx that quotes the token', () => {
  it('200 with invalid JSON holding the token → MalformedResponseError whose excerpt and cause are blanked', async () => {
    const events: TransportEvent[] = [];
    const { client } = await clientOn((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"echo": "${String(req.headers.authorization)}", `);
    }, events);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).bodyExcerpt).toContain('Bearer [redacted]');
    expectNoToken(error, events);
  });

  it('a 200 page without its array that quotes the token → MalformedResponseError without it', async () => {
    const events: TransportEvent[] = [];
    const { client } = await clientOn((req, res, self) => json(200, { total: 1, echo: req.headers.authorization })(req, res, self), events);
    const error = await client.conversations.search({ locationId: 'l1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expectNoToken(error, events);
  });
});

describe('secrets: a custom fetch whose failure holds the request', () => {
  it('ConnectionError keeps a sanitized cause: no Request, no Authorization, the token blanked from the message', async () => {
    const events: TransportEvent[] = [];
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl: 'https://api.example.test',
      retry: false,
      onEvent: (e) => events.push(e),
      fetch: async (request) => {
        const inner = Object.assign(new Error(`socket hang up (${request.headers.get('authorization')})`), { code: 'ECONNRESET', request });
        throw Object.assign(new TypeError('fetch failed', { cause: inner }), { request, headers: request.headers });
      },
    });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'ECONNRESET', phase: 'before-response' });
    const cause = (error as ConnectionError).cause as Error & Record<string, unknown>;
    expect(cause).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(cause.request).toBeUndefined();
    expect(cause.headers).toBeUndefined();
    expect(String((cause.cause as Error).message)).toContain('Bearer [redacted]');
    expectNoToken(error, events);
  });

  it('a create whose custom fetch fails the same way: one ConnectionError, sanitized', async () => {
    const events: TransportEvent[] = [];
    let sent = 0;
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl: 'https://api.example.test',
      onEvent: (e) => events.push(e),
      fetch: async (request) => {
        sent++;
        throw Object.assign(new Error(`reset while sending ${request.headers.get('authorization')}`), { request });
      },
    });
    const error = await client.messages.send({ type: 'SMS', contactId: 'k1', message: 'hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(sent).toBe(1);
    expectNoToken(error, events);
  });
});
