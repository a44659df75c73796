// The hooks a shared store (e.g. @leadway/redis) fills: TokenStore.refreshExclusively, through which
// the OAuth provider hands over every refresh, and the location exchange's cache. Against the local
// token server; the stores here are in memory, standing in for one shared by other processes.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CachedLocationToken,
  createLeadwayClient,
  createLocationTokenExchange,
  createOAuthTokenProvider,
  type ExclusiveRefresh,
  type LocationTokenCache,
  type OAuthTokens,
  TokenRefreshError,
  type TokenStore,
} from '../../src/index.js';
import { CLIENT_ID, CLIENT_SECRET, COMPANY_ID, startTokenServer, type TokenServer } from './token-server.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A store whose refreshExclusively records each hand-over and can answer in place of a refresh. */
function exclusiveStore(initial: OAuthTokens, behaviour: (refresh: ExclusiveRefresh, stored: OAuthTokens) => Promise<OAuthTokens>) {
  let tokens = { ...initial };
  const handovers: ExclusiveRefresh[] = [];
  const saves: OAuthTokens[] = [];
  const store: TokenStore = {
    load: () => ({ ...tokens }),
    save: (next) => {
      saves.push(next);
      tokens = { ...next };
    },
    async refreshExclusively(refresh) {
      handovers.push(refresh);
      const next = await behaviour(refresh, { ...tokens });
      tokens = { ...next };
      return next;
    },
  };
  return { store, handovers, saves, current: () => tokens };
}

describe('TokenStore.refreshExclusively', () => {
  it('the provider hands the refresh over: the store presents (once), keeps the result, the provider never saves itself', async () => {
    server = await startTokenServer();
    const first = server.issue('location', 3_600_000);
    const shared = exclusiveStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() - 1 }, async (refresh, stored) =>
      refresh.needsRefresh(stored) ? refresh.present(stored) : stored,
    );
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: shared.store });
    const client = createLeadwayClient({ token: provider, baseUrl: server.url });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => client.conversations.get(`c${i}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(shared.handovers).toHaveLength(1);
    expect(server.state.presentedRefreshTokens).toEqual([first.refreshToken]);
    expect(shared.saves).toEqual([]);
    expect(shared.current().refreshToken).not.toBe(first.refreshToken);
  });

  it('tokens another process already refreshed are used as they are: needsRefresh says no, nothing is presented', async () => {
    server = await startTokenServer();
    const stale = server.issue('location', 3_600_000);
    const refreshedElsewhere = server.issue('location', 3_600_000);
    const shared = exclusiveStore({ accessToken: stale.accessToken, refreshToken: stale.refreshToken, expiresAt: Date.now() - 1 }, async (refresh) => {
      const stored = { accessToken: refreshedElsewhere.accessToken, refreshToken: refreshedElsewhere.refreshToken, expiresAt: Date.now() + 3_600_000 };
      expect(refresh.needsRefresh(stored)).toBe(false);
      return stored;
    });
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: shared.store });
    expect(await provider({})).toBe(refreshedElsewhere.accessToken);
    expect(server.state.presentedRefreshTokens).toEqual([]);
  });

  it('after a 401, needsRefresh is true for the rejected access token even when it has not expired', async () => {
    server = await startTokenServer();
    const first = server.issue('location', 3_600_000);
    server.state.rejectResourceWith = 'Invalid JWT';
    const seen: boolean[] = [];
    const shared = exclusiveStore(
      { accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() + 3_600_000 },
      async (refresh, stored) => {
        seen.push(refresh.needsRefresh(stored));
        server!.state.rejectResourceWith = undefined;
        return refresh.present(stored);
      },
    );
    const client = createLeadwayClient({
      token: createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: shared.store }),
      baseUrl: server.url,
    });
    await client.conversations.get('c1');
    expect(seen).toEqual([true]);
  });

  it('a final TokenRefreshError from the store (refresh_in_doubt) stops the provider until reset(); another failure is store_read_failed, not final', async () => {
    server = await startTokenServer();
    const first = server.issue('location', 3_600_000);
    let mode: 'doubt' | 'redis-down' = 'redis-down';
    const shared = exclusiveStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() - 1 }, async () => {
      if (mode === 'redis-down') throw new Error('connection is down');
      throw new TokenRefreshError({ reason: 'refresh_in_doubt', operation: 'getAccessToken', detail: 'in doubt', hint: 'Re-authorize.', final: true });
    });
    const provider = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: shared.store });
    await expect(provider({})).rejects.toMatchObject({ reason: 'store_read_failed', final: false });
    mode = 'doubt';
    await expect(provider({})).rejects.toMatchObject({ reason: 'refresh_in_doubt', final: true });
    await expect(provider({})).rejects.toMatchObject({ reason: 'refresh_in_doubt' });
    expect(shared.handovers).toHaveLength(2);
    const fresh = server.issue('location', 3_600_000);
    await provider.reset({ accessToken: fresh.accessToken, refreshToken: fresh.refreshToken, expiresAt: Date.now() + 3_600_000 });
    expect(await provider({})).toBe(fresh.accessToken);
  });
});

describe('createLocationTokenExchange({ cache })', () => {
  function memoryCache() {
    const entries = new Map<string, CachedLocationToken>();
    const log: string[] = [];
    const cache: LocationTokenCache = {
      get: (company, location) => {
        log.push(`get ${company}/${location}`);
        return entries.get(`${company}/${location}`);
      },
      set: (company, location, token) => {
        log.push(`set ${company}/${location}`);
        entries.set(`${company}/${location}`, token);
      },
    };
    return { cache, entries, log };
  }

  it('a token another process cached is used without an exchange; a missing one is exchanged and cached', async () => {
    server = await startTokenServer();
    const agency = server.issue('agency', 3_600_000);
    const shared = memoryCache();
    const minted = server.issue('location', 3_600_000);
    shared.entries.set(`${COMPANY_ID}/locA`, { accessToken: minted.accessToken, expiresAt: Date.now() + 3_600_000, lifetimeMs: 3_600_000 });
    const exchange = createLocationTokenExchange({ agencyToken: agency.accessToken, companyId: COMPANY_ID, baseUrl: server.url, cache: shared.cache });
    expect(await exchange.forLocation('locA')({})).toBe(minted.accessToken);
    expect(server.state.exchanges).toBe(0);
    const b = await exchange.forLocation('locB')({});
    expect(server.state.exchanges).toBe(1);
    expect(shared.entries.get(`${COMPANY_ID}/locB`)?.accessToken).toBe(b);
  });

  it('a cache that fails is skipped: the exchange goes on alone', async () => {
    server = await startTokenServer();
    const agency = server.issue('agency', 3_600_000);
    const broken: LocationTokenCache = {
      get: () => Promise.reject(new Error('cache down')),
      set: () => Promise.reject(new Error('cache down')),
    };
    const exchange = createLocationTokenExchange({ agencyToken: agency.accessToken, companyId: COMPANY_ID, baseUrl: server.url, cache: broken });
    expect(await exchange.forLocation('locA')({})).toMatch(/^at-location-/);
    expect(server.state.exchanges).toBe(1);
  });

  it('refuses a cache without get() and set()', () => {
    expect(() => createLocationTokenExchange({ agencyToken: 'x', companyId: COMPANY_ID, cache: {} as LocationTokenCache })).toThrow(/cache/);
  });
});
