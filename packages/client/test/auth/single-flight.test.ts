// The OAuth provider against a local token server whose refresh tokens are single-use: concurrency
// across an expiry must cost exactly one refresh, and no refresh token may be presented twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLeadwayClient, createOAuthTokenProvider } from '../../src/index.js';
import { countingStore } from './stores.js';
import { CLIENT_ID, CLIENT_SECRET, startTokenServer, type TokenServer } from './token-server.js';

let server: TokenServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

// Token lifetimes are read from one clock that the tests move by hand, shared by the client and the
// server (Date only; timers stay real): which token a call uses never depends on the machine's speed.
const T = Date.UTC(2026, 10, 25, 8, 0, 0);
const stopClock = () => vi.useFakeTimers({ toFake: ['Date'], now: T });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('OAuth refresh: single flight', () => {
  it('50 concurrent calls across an expiry cause exactly one refresh, and all 50 succeed', async () => {
    // The server ends the first token at T+400, the client believes it until T+500. 20 calls at
    // T+200 use it; 10 calls at T+450 are refused with 401 "Invalid JWT" and refresh (reactive);
    // 20 calls at T+600, made while that refresh is held at the server, refresh ahead of use
    // (proactive). Both paths must share one refresh.
    stopClock();
    server = await startTokenServer();
    const first = server.issue('location', 400);
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: T + 500 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, refreshMarginMs: 0 });
    const client = createLeadwayClient({ token, baseUrl: server.url });
    const call = (i: number) => client.conversations.get(`conv${i}`);

    vi.setSystemTime(T + 200);
    const early = await Promise.allSettled(range(0, 20).map(call));
    const release = server.holdTokenAnswers();
    vi.setSystemTime(T + 450);
    const reactive = range(20, 30).map(call);
    await server.tokenRequestsArrived(1);
    vi.setSystemTime(T + 600);
    const proactive = range(30, 50).map(call);
    // Let the proactive calls reach the provider (microtasks only) before the refresh answers.
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const results = [...early, ...(await Promise.allSettled([...reactive, ...proactive]))];

    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures).toEqual([]);
    expect(server.state.refreshes).toBe(1);
    expect(server.state.tokenRequests).toBe(1);
    expect(stored.saves).toHaveLength(1);
    expect(new Set(server.state.presentedRefreshTokens).size).toBe(server.state.presentedRefreshTokens.length);
    // Only the 10 calls between the server's and the client's expiry were refused, and sent again.
    expect(server.state.resourceRejections).toBe(10);
    expect(server.state.resourceRequests).toBe(60);
    // Calls went out with both the first and the refreshed token.
    const used = new Set(server.state.resourceTokens);
    expect(used.has(first.accessToken)).toBe(true);
    expect(used.has(stored.current()!.accessToken)).toBe(true);
    const figures = {
      calls: results.length,
      succeeded: results.length - failures.length,
      refreshes: server.state.refreshes,
      tokenEndpointRequests: server.state.tokenRequests,
      resourceRequests: server.state.resourceRequests,
      rejectedWith401: server.state.resourceRejections,
    };
    console.info(`single-flight figures: ${JSON.stringify(figures)}`);
  });

  // 40, not 50: 80 requests stay under the client's default pacing of 100 requests per 10 s.
  it('40 concurrent calls refused with 401 on a revoked token share one refresh and one resend each', async () => {
    // The 401s arrive over 200 ms while a refresh takes 30 ms: late ones must see that their token
    // was already replaced instead of starting a refresh of their own.
    server = await startTokenServer({ tokenDelayMs: 30, resourceDelayMs: (n) => (n <= 40 ? n * 5 : 0) });
    const first = server.issue('location');
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() + 3_600_000 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store });
    const client = createLeadwayClient({ token, baseUrl: server.url });
    server.revoke(first.accessToken);

    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => client.conversations.get(`conv${i}`)));

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.state.refreshes).toBe(1);
    expect(server.state.tokenRequests).toBe(1);
    expect(server.state.resourceRejections).toBe(40);
    expect(server.state.resourceRequests).toBe(80);
  });

  it('never presents a refresh token twice across several rotations', async () => {
    stopClock();
    server = await startTokenServer({ issuedTtlMs: 2_000, tokenDelayMs: 20 });
    const first = server.issue('location', 2_000);
    // Tokens from the store follow the margin as given; refreshed 2 s tokens get half their
    // lifetime (1 s) instead of the default 5 min, so each round below (1.1 s later) refreshes once.
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: T + 2_000 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, refreshMarginMs: 1_000 });
    const client = createLeadwayClient({ token, baseUrl: server.url });

    for (let round = 0; round < 3; round++) {
      vi.setSystemTime(Date.now() + 1_100);
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => client.conversations.get(`c${round}-${i}`)));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    }

    const presented = server.state.presentedRefreshTokens;
    expect(presented.length).toBe(3);
    expect(new Set(presented).size).toBe(presented.length);
    expect(server.state.refreshes).toBe(3);
    // Each refresh presented the token the previous one stored.
    expect(presented[0]).toBe(first.refreshToken);
    expect(presented.slice(1)).toEqual(stored.saves.slice(0, 2).map((t) => t.refreshToken));
  });
});
