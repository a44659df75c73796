// The agency-to-location exchange against the local token server: one exchange per location, shared
// by concurrent callers, cached until the location token nears expiry.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLeadwayClient, createLocationTokenExchange, createOAuthTokenProvider, InvalidInputError, TokenRefreshError } from '../../src/index.js';
import { countingStore } from './stores.js';
import { CLIENT_ID, CLIENT_SECRET, COMPANY_ID, startTokenServer, type TokenServer } from './token-server.js';

let server: TokenServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

async function agencySetup(serverOptions: Parameters<typeof startTokenServer>[0] = {}) {
  server = await startTokenServer(serverOptions);
  const agency = server.issue('agency', 3_600_000);
  const stored = countingStore({ accessToken: agency.accessToken, refreshToken: agency.refreshToken, expiresAt: Date.now() + 3_600_000, userType: 'Company' });
  const agencyToken = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, userType: 'Company' });
  const exchange = createLocationTokenExchange({ agencyToken, companyId: COMPANY_ID });
  return { server, agency, agencyToken, exchange };
}

describe('agency-to-location token exchange', () => {
  it('is shared by concurrent callers and cached per location', async () => {
    const { server, exchange } = await agencySetup({ tokenDelayMs: 30 });
    const clientA = createLeadwayClient({ token: exchange.forLocation('locA'), baseUrl: server.url });
    const clientB = createLeadwayClient({ token: exchange.forLocation('locB'), baseUrl: server.url });
    expect(exchange.forLocation('locA')).toBe(exchange.forLocation('locA'));

    const calls = [
      ...Array.from({ length: 20 }, (_, i) => clientA.conversations.get(`a${i}`)),
      ...Array.from({ length: 20 }, (_, i) => clientB.conversations.get(`b${i}`)),
    ];
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.state.exchanges).toBe(2);
    expect(Object.fromEntries(server.state.exchangesByLocation)).toEqual({ locA: 1, locB: 1 });

    // Later calls use the cache.
    await clientA.conversations.get('again');
    expect(server.state.exchanges).toBe(2);
    expect(server.state.resourceRejections).toBe(0);
  });

  it('mints a new location token once the cached one nears expiry, once for concurrent callers', async () => {
    // Location tokens live 2 s; the default 5 min margin shrinks to half the lifetime (1 s). The
    // client and the server read one clock moved by hand (Date only; timers stay real).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 25, 8, 0, 0) });
    const { server, exchange } = await agencySetup({ issuedTtlMs: 2_000 });
    const client = createLeadwayClient({ token: exchange.forLocation('locA'), baseUrl: server.url });
    await client.conversations.get('first');
    expect(server.state.exchanges).toBe(1);
    vi.setSystemTime(Date.now() + 1_100);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => client.conversations.get(`c${i}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.state.exchanges).toBe(2);
  });

  it('a 401 on a revoked location token mints one new location token, and the call succeeds', async () => {
    const { server, exchange } = await agencySetup();
    const provider = exchange.forLocation('locA');
    const client = createLeadwayClient({ token: provider, baseUrl: server.url });
    await client.conversations.get('first');
    server.revoke(server.state.resourceTokens[0]!);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => client.conversations.get(`c${i}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.state.exchanges).toBe(2);
  });

  it('an expired agency token is refreshed once when the exchange answers 401 "Invalid JWT"', async () => {
    const { server, agency, exchange } = await agencySetup();
    server.revoke(agency.accessToken);
    const client = createLeadwayClient({ token: exchange.forLocation('locA'), baseUrl: server.url });
    await expect(client.conversations.get('abc')).resolves.toMatchObject({ id: 'abc' });
    expect(server.state.refreshes).toBe(1);
    expect(server.state.exchanges).toBe(1);
    expect(server.state.tokenRequests).toBe(3); // refused exchange, refresh, exchange
  });

  it('a static agency token that is refused gives a TokenRefreshError without a loop or a secret', async () => {
    server = await startTokenServer();
    const agency = server.issue('agency');
    server.revoke(agency.accessToken);
    const exchange = createLocationTokenExchange({ agencyToken: agency.accessToken, companyId: COMPANY_ID });
    const client = createLeadwayClient({ token: exchange.forLocation('locA'), baseUrl: server.url });
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error).toMatchObject({ operation: 'getLocationAccessToken', status: 401, reason: 'rejected' });
    expect(server.state.tokenRequests).toBe(1);
    expect(server.state.resourceRequests).toBe(0);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: Infinity })]) {
      expect(text).not.toContain(agency.accessToken);
    }
  });

  it("token requests go through the client's baseUrl and fetch when the providers were given none", async () => {
    const { server, exchange } = await agencySetup();
    const seen: string[] = [];
    const fetch = (request: Request) => {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      return globalThis.fetch(request);
    };
    const client = createLeadwayClient({ token: exchange.forLocation('locA'), baseUrl: server.url, fetch });
    await client.conversations.get('abc');
    expect(seen).toEqual(['POST /oauth/locationToken', 'GET /conversations/abc']);
  });

  it('refuses bad options and location ids before anything is sent', () => {
    expect(() => createLocationTokenExchange({ agencyToken: '', companyId: COMPANY_ID })).toThrow(InvalidInputError);
    expect(() => createLocationTokenExchange({ agencyToken: 'agency-token', companyId: '' })).toThrow(InvalidInputError);
    const exchange = createLocationTokenExchange({ agencyToken: 'agency-token', companyId: COMPANY_ID });
    expect(() => exchange.forLocation('../x')).toThrow(InvalidInputError);
  });
});
