// The token endpoints attacked as a hostile or misconfigured server would: redirects that would carry
// the client secret and the single-use refresh token elsewhere, answers far too large, and error
// texts or failures that quote the secrets. Real servers on 127.0.0.1; a second server on another
// port stands for the other origin and must never receive anything.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createLeadwayClient,
  createLocationTokenExchange,
  createMemoryTokenStore,
  createOAuthTokenProvider,
  exchangeAuthorizationCode,
  type OAuthTokens,
  TokenRefreshError,
} from '../../src/index.js';
import { gzipBomb, type HostileServer, hostileServers, hugeBody, json, redirect } from '../fault/hostile-server.js';

const CLIENT_ID = 'app-64f0c2a1b2c3d4e5';
const CLIENT_SECRET = 'cs-5e1f0a9b-7c3d-4e2a-9f8b-6d5c4b3a2f10';
const REFRESH_TOKEN = 'rt7Qm2Xc9Lp4Vb8Nz1Kd6Hs3Jf5Gw0Ty';
const ACCESS_TOKEN = 'at4Hn8Bq2Wd6Zr0Mc5Xv9Lk3Js7Pf1Gy';
const AGENCY_TOKEN = 'ag9Kd3Fh7Jm1Qp5Tw2Xz6Cv0Bn4Lr8Ys';
const EVIL_TOKEN = 'at-minted-by-the-other-origin-0123456789';
const CONVERSATION = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 };
const MIB = 1024 * 1024;

const serve = hostileServers();

/** The other origin: answers like a token endpoint, with a token of its own. */
function otherOrigin() {
  return serve(json(200, { access_token: EVIL_TOKEN, token_type: 'Bearer', expires_in: 86399, refresh_token: 'rt-evil-0123456789' }));
}

function expiredTokens(): OAuthTokens {
  return { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresAt: Date.now() - 1_000 };
}

/** An OAuth provider whose token endpoint is `tokenServer`, and a client on `apiServer`. */
function refreshingClient(tokenServer: HostileServer, apiServer: HostileServer, fetch?: (request: Request) => Promise<Response>) {
  const store = createMemoryTokenStore(expiredTokens());
  const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, baseUrl: tokenServer.url, ...(fetch ? { fetch } : {}) });
  const client = createLeadwayClient({ token, baseUrl: apiServer.url, retry: false });
  return { client, store, token };
}

function renderings(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    out.push(String(e), JSON.stringify(e) ?? '', inspect(e, { showHidden: true, depth: 10 }), (e as Error).stack ?? '');
  }
  return out;
}

function expectNone(error: unknown, secrets: string[]) {
  for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('token endpoint: redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308])(
    'a refresh answered %i to another origin → TokenRefreshError (redirected); the other origin receives nothing',
    async (status) => {
      const other = await otherOrigin();
      const tokenServer = await serve(redirect(status, `${other.url}/oauth/token`));
      const api = await serve(json(200, CONVERSATION));
      const { client, store } = refreshingClient(tokenServer, api);

      const error = await client.conversations.get('c1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenRefreshError);
      expect(error).toMatchObject({ kind: 'token_refresh', reason: 'redirected', status, final: true, operation: 'getAccessToken' });
      expect(tokenServer.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(0);
      expect(api.requests).toHaveLength(0);
      // The tokens were not replaced, and the next call does not ask again (final).
      expect(store.current).toMatchObject({ refreshToken: REFRESH_TOKEN });
      await expect(client.conversations.get('c1')).rejects.toBe(error);
      expect(tokenServer.requests).toHaveLength(1);
      expectNone(error, [CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN]);
    },
  );

  it('a custom fetch that follows the redirect itself: the token the other origin minted is never used', async () => {
    const other = await otherOrigin();
    const tokenServer = await serve(redirect(307, `${other.url}/oauth/token`));
    const api = await serve(json(200, CONVERSATION));
    const following = (request: Request) => globalThis.fetch(new Request(request, { redirect: 'follow' }));
    const { client, store } = refreshingClient(tokenServer, api, following);

    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'redirected' });
    expect(api.requests).toHaveLength(0);
    expect(JSON.stringify(store.current)).not.toContain(EVIL_TOKEN);
  });

  it('exchangeAuthorizationCode answered 308 → TokenRefreshError (redirected); the code and secret go nowhere else', async () => {
    const other = await otherOrigin();
    const tokenServer = await serve(redirect(308, `${other.url}/oauth/token`));
    const code = 'code-9a8b7c6d5e4f3a2b';
    const error = await exchangeAuthorizationCode({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, code, baseUrl: tokenServer.url }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'redirected', status: 308 });
    expect(tokenServer.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
    expectNone(error, [CLIENT_SECRET, code]);
  });

  it('a location-token exchange answered 307 → TokenRefreshError (redirected); the agency token goes nowhere else', async () => {
    const other = await otherOrigin();
    const tokenServer = await serve(redirect(307, `${other.url}/oauth/locationToken`));
    const api = await serve(json(200, CONVERSATION));
    const locations = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'company-1', baseUrl: tokenServer.url });
    const client = createLeadwayClient({ token: locations.forLocation('location-1'), baseUrl: api.url, retry: false });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'redirected', status: 307, operation: 'getLocationAccessToken' });
    expect(other.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(0);
    expectNone(error, [AGENCY_TOKEN]);
  });
});

describe('token endpoint: answers are read up to 1 MiB', () => {
  it('a 200 MB answer (chunked) → TokenRefreshError (response_too_large); the read stopped early', async () => {
    const tokenServer = await serve(hugeBody(200 * MIB));
    const api = await serve(json(200, CONVERSATION));
    const { client } = refreshingClient(tokenServer, api);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'response_too_large', status: 200 });
    const report = await tokenServer.streamEnded(0);
    expect(report.closedEarly).toBe(true);
    expect(report.written).toBeLessThan(50 * MIB);
    expect(api.requests).toHaveLength(0);
  });

  it('a gzip bomb as a 400 answer → TokenRefreshError (response_too_large); the read stopped early', async () => {
    const tokenServer = await serve(gzipBomb(400 * MIB, 400));
    const api = await serve(json(200, CONVERSATION));
    let pulled = 0;
    const counting = async (request: Request) => {
      const response = await globalThis.fetch(request);
      const counted = response.body!.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      return new Response(counted, { status: response.status, headers: response.headers });
    };
    const { client } = refreshingClient(tokenServer, api, counting);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'response_too_large', status: 400 });
    expect(pulled).toBeGreaterThan(MIB);
    expect(pulled).toBeLessThan(2 * MIB);
    expect((await tokenServer.streamEnded(0)).closedEarly).toBe(true);
  });
});

describe('token endpoint: secrets in what the server says or the fetch throws', () => {
  it('a text error that echoes the refresh token across the 200-character cut keeps no part of it', async () => {
    const tokenServer = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`${'x'.repeat(180)}${REFRESH_TOKEN} is not a valid refresh token`);
    });
    const api = await serve(json(200, CONVERSATION));
    const { client } = refreshingClient(tokenServer, api);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'rejected', status: 400 });
    expect((error as Error).message).toContain('[redacted]');
    expectNone(error, [REFRESH_TOKEN.slice(0, 8), REFRESH_TOKEN.slice(4, 12), CLIENT_SECRET]);
  });

  it('a text error that itself ends inside the refresh token has that start blanked too', async () => {
    const tokenServer = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`refused: ${REFRESH_TOKEN.slice(0, 14)}`);
    });
    const api = await serve(json(200, CONVERSATION));
    const { client } = refreshingClient(tokenServer, api);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'rejected' });
    expectNone(error, [REFRESH_TOKEN.slice(0, 8)]);
  });

  it('a JSON refusal that echoes the refresh token in error, traceId and error_description → none of it in the error', async () => {
    const tokenServer = await serve(
      json(400, { error: `invalid_grant:${REFRESH_TOKEN}`, error_description: `refresh token ${REFRESH_TOKEN} is spent`, traceId: `tr-${REFRESH_TOKEN}` }),
    );
    const api = await serve(json(200, CONVERSATION));
    const { client } = refreshingClient(tokenServer, api);
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'rejected', status: 400, oauthError: 'invalid_grant:[redacted]', traceId: 'tr-[redacted]' });
    expectNone(error, [REFRESH_TOKEN, CLIENT_SECRET]);
  });

  it('a fetch that fails with an error quoting the form and holding the Request → a cause without either', async () => {
    const api = await serve(json(200, CONVERSATION));
    const failing = async (request: Request): Promise<Response> => {
      const form = await request.clone().text();
      throw Object.assign(new TypeError(`fetch failed while sending ${form}`), { request, code: 'ECONNRESET' });
    };
    const store = createMemoryTokenStore(expiredTokens());
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, fetch: failing, baseUrl: 'http://127.0.0.1:9' });
    const client = createLeadwayClient({ token, baseUrl: api.url, retry: false });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'unreachable' });
    expect((error as Error).cause).toMatchObject({ name: 'TypeError', code: 'ECONNRESET' });
    expectNone(error, [CLIENT_SECRET, REFRESH_TOKEN]);
  });

  it('a location-token fetch that fails quoting the agency bearer → a cause without it', async () => {
    const api = await serve(json(200, CONVERSATION));
    const failing = async (request: Request): Promise<Response> => {
      throw Object.assign(new TypeError(`could not send with ${request.headers.get('authorization')}`), { request });
    };
    const locations = createLocationTokenExchange({ agencyToken: AGENCY_TOKEN, companyId: 'company-1', fetch: failing, baseUrl: 'http://127.0.0.1:9' });
    const client = createLeadwayClient({ token: locations.forLocation('location-1'), baseUrl: api.url, retry: false });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'unreachable' });
    expectNone(error, [AGENCY_TOKEN]);
  });

  it('a store whose save() fails quoting the new tokens → a cause without them', async () => {
    const fresh = { access_token: 'at-fresh-5f4e3d2c1b0a', token_type: 'Bearer', expires_in: 86399, refresh_token: 'rt-fresh-0a1b2c3d4e5f' };
    const tokenServer = await serve(json(200, fresh));
    const api = await serve(json(200, CONVERSATION));
    const store = {
      load: () => expiredTokens(),
      save: (tokens: OAuthTokens) => {
        throw new Error(`cannot write ${JSON.stringify(tokens)}`);
      },
    };
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store, baseUrl: tokenServer.url });
    const client = createLeadwayClient({ token, baseUrl: api.url, retry: false });
    const error = await client.conversations.get('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token_refresh', reason: 'store_write_failed' });
    expect(String((error as Error).cause)).toContain('cannot write');
    expectNone(error, [fresh.access_token, fresh.refresh_token, REFRESH_TOKEN, ACCESS_TOKEN]);
  });
});
