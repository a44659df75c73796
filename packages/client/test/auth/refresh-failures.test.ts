// What happens when refreshing goes wrong: a refused refresh, a store that cannot write, a 401 that
// a new token does not cure. Against the local token server; requests are counted to prove no loop.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createLeadwayClient, createOAuthTokenProvider, InvalidInputError, type OAuthTokens, TokenRefreshError } from '../../src/index.js';
import { resolveToken } from '../../src/transport/token-source.js';
import { thrownBy } from '../helpers/failure-of.js';
import { countingStore } from './stores.js';
import { CLIENT_ID, CLIENT_SECRET, startTokenServer, type TokenServer } from './token-server.js';

let server: TokenServer | undefined;
/** The client secret and every token the servers of this file issued, for the last test. */
const allSecrets = new Set<string>([CLIENT_SECRET]);
afterEach(async () => {
  for (const secret of server?.secrets() ?? []) allSecrets.add(secret);
  await server?.close();
  server = undefined;
});

/** Every way an error can be shown: none may contain a secret. */
function renderings(error: unknown): string[] {
  return [(error as Error).message, String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: Infinity }), (error as Error).stack ?? ''];
}

function expectNoSecrets(errors: unknown[], secrets: string[]) {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    for (const text of renderings(error)) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  }
}

async function setup(options: { expired?: boolean } = {}) {
  server = await startTokenServer();
  const first = server.issue('location');
  const initial: OAuthTokens = {
    accessToken: first.accessToken,
    refreshToken: first.refreshToken,
    expiresAt: options.expired ? Date.now() - 1_000 : Date.now() + 3_600_000,
  };
  const stored = countingStore(initial);
  const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store });
  const client = createLeadwayClient({ token, baseUrl: server.url });
  return { server, first, initial, stored, token, client };
}

const collected: unknown[] = [];

describe('OAuth refresh: failures', () => {
  it('a 401 mid-flight triggers one refresh and one resend', async () => {
    const { server, first, client, stored } = await setup();
    server.revoke(first.accessToken);
    await expect(client.conversations.get('abc')).resolves.toMatchObject({ id: 'abc' });
    expect(server.state.refreshes).toBe(1);
    expect(server.state.resourceRequests).toBe(2);
    expect(server.state.resourceTokens).toEqual([first.accessToken, stored.current()!.accessToken]);
  });

  it('a second 401 after the refresh is the typed AuthenticationError, with no further refresh', async () => {
    const { server, client } = await setup();
    server.state.rejectResourceWith = 'Invalid JWT';
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.state.refreshes).toBe(1);
    expect(server.state.resourceRequests).toBe(2);
    collected.push(error);
  });

  it.each(['The token is not authorized for this scope.', 'version header was not found.'])(
    'a 401 %j is not a token problem: no refresh, no resend',
    async (message) => {
      const { server, client } = await setup();
      server.state.rejectResourceWith = message;
      await expect(client.conversations.get('abc')).rejects.toBeInstanceOf(AuthenticationError);
      expect(server.state.tokenRequests).toBe(0);
      expect(server.state.resourceRequests).toBe(1);
    },
  );

  it('a refresh answered 400 invalid_grant is a final TokenRefreshError, without a loop', async () => {
    const { server, client } = await setup({ expired: true });
    server.state.refuseRefreshWith = { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' } };
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'rejected', status: 400, oauthError: 'invalid_grant', final: true });
    expect(server.state.tokenRequests).toBe(1);
    expect(server.state.resourceRequests).toBe(0);
    // Later calls get the same error without asking the server again.
    const again = await Promise.allSettled([client.conversations.get('a'), client.conversations.get('b')]);
    expect(again.map((r) => (r.status === 'rejected' ? r.reason : r.value))).toEqual([error, error]);
    expect(server.state.tokenRequests).toBe(1);
    collected.push(error);
  });

  it('a 401 whose refresh is refused ends with the TokenRefreshError after one resource request', async () => {
    const { server, first, client } = await setup();
    server.revoke(first.accessToken);
    server.state.refuseRefreshWith = { status: 400, body: { error: 'invalid_grant' } };
    await expect(client.conversations.get('abc')).rejects.toBeInstanceOf(TokenRefreshError);
    expect(server.state.tokenRequests).toBe(1);
    expect(server.state.resourceRequests).toBe(1);
  });

  it('a 503 from the token endpoint is not final: the next call tries once more', async () => {
    const { server, client } = await setup({ expired: true });
    server.state.refuseRefreshWith = { status: 503, body: { statusCode: 503, message: 'Service Unavailable' } };
    await expect(client.conversations.get('abc')).rejects.toMatchObject({ kind: 'token_refresh', status: 503, final: false });
    expect(server.state.tokenRequests).toBe(1);
    server.state.refuseRefreshWith = undefined;
    await expect(client.conversations.get('abc')).resolves.toMatchObject({ id: 'abc' });
    expect(server.state.tokenRequests).toBe(2);
  });

  it('a store whose write fails leaves the old tokens, surfaces a typed error, and the new token is never used', async () => {
    const { server, client, stored, initial } = await setup({ expired: true });
    stored.failSaves();
    // Ten concurrent calls: all wait for the one refresh and its save, none gets the unsaved token.
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => client.conversations.get('abc')));
    const error = results[0]!.status === 'rejected' ? results[0]!.reason : undefined;
    expect(results.every((r) => r.status === 'rejected' && r.reason === error)).toBe(true);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error).toMatchObject({ reason: 'store_write_failed', final: true });
    expect(stored.current()).toEqual(initial);
    expect(server.state.refreshes).toBe(1);
    expect(server.state.resourceRequests).toBe(0);
    // No second refresh with the spent refresh token, and still no request with the unsaved token.
    await expect(client.conversations.get('abc')).rejects.toBe(error);
    expect(server.state.tokenRequests).toBe(1);
    expect(server.state.resourceRequests).toBe(0);
    collected.push(error);
  });

  it('reset() with new tokens recovers from a final failure', async () => {
    const { server, client, token, stored } = await setup({ expired: true });
    server.state.refuseRefreshWith = { status: 400, body: { error: 'invalid_grant' } };
    await expect(client.conversations.get('abc')).rejects.toBeInstanceOf(TokenRefreshError);
    server.state.refuseRefreshWith = undefined;
    const again = server.issue('location');
    const fresh = { accessToken: again.accessToken, refreshToken: again.refreshToken, expiresAt: Date.now() + 3_600_000 };
    await token.reset(fresh);
    expect(stored.current()).toEqual(fresh);
    await expect(client.conversations.get('abc')).resolves.toMatchObject({ id: 'abc' });
    expect(server.state.resourceTokens).toEqual([again.accessToken]);
  });

  it('a server that echoes the refresh token in its error has it blanked out', async () => {
    const { server, client, initial } = await setup({ expired: true });
    server.state.refuseRefreshWith = {
      status: 400,
      body: { error: 'invalid_grant', error_description: `refresh token ${initial.refreshToken} was used by client ${CLIENT_SECRET}` },
    };
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect((error as Error).message).toContain('[redacted]');
    collected.push(error);
  });

  it('an unreachable token endpoint is a TokenRefreshError (unreachable), not a hang', async () => {
    const { server, client } = await setup({ expired: true });
    await server.close();
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'unreachable', final: false });
    collected.push(error);
  });

  it('a token endpoint that never answers is a TokenRefreshError after timeoutMs, not a hang', async () => {
    server = await startTokenServer();
    const first = server.issue('location');
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() - 1 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, timeoutMs: 100 });
    // The 100 ms abort reaches the wire only once the server has the request: a loaded machine may
    // let the timer fire before the request is written, and the count below must not depend on it.
    const tokenServer = server;
    const fetch = (request: Request) => {
      const wire = new AbortController();
      const forward = () => void tokenServer.tokenRequestsArrived(1).then(() => wire.abort(request.signal.reason));
      if (request.signal.aborted) forward();
      else request.signal.addEventListener('abort', forward, { once: true });
      return globalThis.fetch(request, { signal: wire.signal });
    };
    const client = createLeadwayClient({ token, baseUrl: server.url, fetch });
    server.state.stallTokenEndpoint = true;
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'unreachable', final: false });
    expect((error as Error).message).toContain('100 ms');
    await server.tokenRequestsArrived(1);
    expect(server.state.tokenRequests).toBe(1);
    collected.push(error);
  });

  it('a store whose save never finishes is a final store_write_failed after storeTimeoutMs, and the new token is not used', async () => {
    server = await startTokenServer();
    const first = server.issue('location');
    const initial = { accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() - 1 };
    const store = { load: () => initial, save: () => new Promise<void>(() => {}) };
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, storeTimeoutMs: 50 });
    const client = createLeadwayClient({ token, baseUrl: server.url });
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'store_write_failed', final: true });
    expect(server.state.resourceRequests).toBe(0);
    collected.push(error);
  });

  it('bad options are refused before anything is sent, without echoing the secret', () => {
    const store = countingStore({ accessToken: 'a'.repeat(10), refreshToken: 'r'.repeat(10), expiresAt: 0 }).store;
    const cases: unknown[] = [
      { clientId: '', clientSecret: CLIENT_SECRET, store },
      { clientId: CLIENT_ID, clientSecret: ` ${CLIENT_SECRET}`, store },
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: {} },
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, refreshMarginMs: -1 },
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, baseUrl: 'ftp://x' },
      { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, userType: 'Agency' },
    ];
    for (const options of cases) {
      const error = thrownBy(() => createOAuthTokenProvider(options as never));
      expect(error).toBeInstanceOf(InvalidInputError);
      collected.push(error);
    }
  });

  it('a store with no tokens is a typed error', async () => {
    server = await startTokenServer();
    const token = createOAuthTokenProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      store: { load: () => undefined, save: () => {} },
      baseUrl: server.url,
    });
    await expect(resolveToken(token)).rejects.toMatchObject({ kind: 'token_refresh', reason: 'store_read_failed' });
    expect(server.state.tokenRequests).toBe(0);
  });

  it('no secret appears in any of the errors above (message, String, JSON, inspect with showHidden, stack)', () => {
    expect(allSecrets.size).toBeGreaterThan(20);
    expect(collected.length).toBeGreaterThan(8);
    expectNoSecrets(collected, [...allSecrets]);
  });
});
