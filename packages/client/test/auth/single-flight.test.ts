// The OAuth provider against a local token server whose refresh tokens are single-use: concurrency
// across an expiry must cost exactly one refresh, and no refresh token may be presented twice.
import { afterEach, describe, expect, it } from 'vitest';
import { createLeadwayClient, createOAuthTokenProvider } from '../../src/index.js';
import { CLIENT_ID, CLIENT_SECRET, startTokenServer, type TokenServer } from './token-server.js';
import { countingStore } from './stores.js';

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OAuth refresh: single flight', () => {
  it('50 concurrent calls across an expiry cause exactly one refresh, and all 50 succeed', async () => {
    server = await startTokenServer({ tokenDelayMs: 50, resourceDelayMs: 20 });
    // The server ends the first token at 400 ms, the client believes it until 500 ms: calls in
    // between are refused with 401 "Invalid JWT" (reactive refresh), calls after 500 ms refresh
    // ahead of use (proactive refresh). Both paths must share one refresh.
    const start = Date.now();
    const first = server.issue('location', 400);
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: start + 500 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, refreshMarginMs: 0 });
    const client = createLeadwayClient({ token, baseUrl: server.url });

    const calls = Array.from({ length: 50 }, async (_, i) => {
      await sleep(200 + i * 10); // spread over 200..690 ms
      return client.conversations.get(`conv${i}`);
    });
    const results = await Promise.allSettled(calls);
    const durationMs = Date.now() - start;

    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures).toEqual([]);
    expect(server.state.refreshes).toBe(1);
    expect(server.state.tokenRequests).toBe(1);
    expect(stored.saves).toHaveLength(1);
    expect(new Set(server.state.presentedRefreshTokens).size).toBe(server.state.presentedRefreshTokens.length);
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
      durationMs,
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
    server = await startTokenServer({ issuedTtlMs: 2_000, tokenDelayMs: 20 });
    const first = server.issue('location', 2_000);
    // Tokens from the store follow the margin as given; refreshed 2 s tokens get half their
    // lifetime (1 s) instead of the default 5 min, so each round below (after 1.1 s) refreshes once.
    const stored = countingStore({ accessToken: first.accessToken, refreshToken: first.refreshToken, expiresAt: Date.now() + 2_000 });
    const token = createOAuthTokenProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, store: stored.store, refreshMarginMs: 1_000 });
    const client = createLeadwayClient({ token, baseUrl: server.url });

    for (let round = 0; round < 3; round++) {
      await sleep(1_100);
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
