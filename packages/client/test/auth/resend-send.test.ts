// The 401 resend also applies to a request that creates something (a 401 means the API did not
// process it): the same body goes out once more, after one refresh. Tested on the wrapper with the
// client's own transport underneath, since no send operation is needed to prove it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshOnUnauthorized } from '../../src/auth/refresh-on-unauthorized.js';
import { createOAuthTokenProvider } from '../../src/index.js';
import { DEFAULT_RETRY } from '../../src/options.js';
import { resolveToken } from '../../src/transport/token-source.js';
import { copiesEveryRequest, createTransport, type Transport } from '../../src/transport/transport.js';
import { countingStore } from './stores.js';
import { CLIENT_ID, CLIENT_SECRET, startTokenServer, type TokenServer } from './token-server.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One attempt with the bearer token, as the client's transport sends it (retries are not the point here). */
function bearerTransport(token: Parameters<typeof resolveToken>[0]): Transport {
  return async (request, context) => {
    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${await resolveToken(token, context.signal)}`);
    return fetch(new Request(request, { headers, duplex: 'half' } as RequestInit));
  };
}

/**
 * A token server that has issued one location token, and the refresh wrapper over a bearer
 * transport on an OAuth provider holding that token.
 */
async function refreshingOverTokenServer() {
  const tokens = await startTokenServer();
  server = tokens; // closed by afterEach
  const first = tokens.issue('location');
  const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() + 3_600_000 });
  const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, baseUrl: tokens.url });
  return { tokens, first, send: refreshOnUnauthorized(bearerTransport(token), token) };
}

describe('OAuth refresh: resend after 401', () => {
  it('resends a POST once, with the same body, after one refresh', async () => {
    const { tokens, first, send } = await refreshingOverTokenServer();
    tokens.revoke(first.accessToken);

    const body = JSON.stringify({ type: 'SMS', contactId: 'c1', message: 'hello' });
    const response = await send(
      new Request(`${tokens.url}/conversations/messages`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
      { operation: 'sendMessage', idempotent: false },
    );
    expect(response.status).toBe(201);
    expect(tokens.state.resourceBodies).toEqual([body, body]);
    expect(tokens.state.refreshes).toBe(1);
  });

  it('returns the second 401 as it is: one refresh, two sends, no third', async () => {
    const { tokens, send } = await refreshingOverTokenServer();
    tokens.state.rejectResourceWith = 'Invalid token: access token is invalid';

    const response = await send(new Request(`${tokens.url}/conversations/messages`, { method: 'POST', body: '{}' }), {
      operation: 'sendMessage',
      idempotent: false,
    });
    expect(response.status).toBe(401);
    expect(tokens.state.resourceRequests).toBe(2);
    expect(tokens.state.refreshes).toBe(1);
  });

  it('leaves a static token or plain function alone: the transport is returned unchanged', () => {
    const inner: Transport = async () => new Response(null, { status: 401 });
    expect(refreshOnUnauthorized(inner, 'pit-fake7e57-0b7d-4d6e-9f3a-2c1b0a9e8d7f')).toBe(inner);
    expect(refreshOnUnauthorized(inner, () => 'token')).toBe(inner);
  });
});

describe('OAuth refresh: what a call through it costs', () => {
  /** A transport of the client's own kind; with `send`, one that copies every request (the global fetch's way). */
  const transportOf = (copying: boolean) =>
    createTransport({
      fetch: (request) => fetch(request),
      ...(copying ? { send: (request: Request, init: RequestInit) => fetch(request, init) } : {}),
      timeoutMs: 5_000,
      deadlineMs: 10_000,
      retry: DEFAULT_RETRY,
    });

  it('answers as the transport it wraps whether every request is copied, so a call builds no signal it would never send', () => {
    const token = createOAuthTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      store: countingStore({ accessToken: 'access-token-test', refreshToken: 'refresh-token-test', expiresAt: Date.now() + 3_600_000 }).store,
    });
    expect(copiesEveryRequest(refreshOnUnauthorized(transportOf(true), token))).toBe(true);
    expect(copiesEveryRequest(refreshOnUnauthorized(transportOf(false), token))).toBe(false);
  });

  it('sends a request without a body again as it is, with no clone, and the resend carries the new token', async () => {
    const { tokens, first, send } = await refreshingOverTokenServer();
    tokens.revoke(first.accessToken);
    const clone = vi.spyOn(Request.prototype, 'clone');
    try {
      const response = await send(new Request(`${tokens.url}/conversations/conv-1`), { operation: 'getConversation', idempotent: true });
      expect(response.status).toBe(200);
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
    }
    expect(tokens.state.resourceRequests).toBe(2);
    expect(tokens.state.resourceTokens[1]).not.toBe(first.accessToken);
    expect(tokens.state.refreshes).toBe(1);
  });
});
