// A local stand-in for the API's token endpoints and one resource, on 127.0.0.1 and a free port:
// refresh tokens are single-use, access tokens expire, and the resource answers 401 "Invalid JWT"
// for an expired, revoked or unknown token, as the live API does (REFERENCE 1.2, 1.7).

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CLIENT_ID = 'app-64f0c2a1b2c3d4e5';
export const CLIENT_SECRET = 'cs-9f8e7d6c-5b4a-4321-8fed-cba987654321';
export const COMPANY_ID = 'company-5DP4iH6HLk';

export interface TokenServerOptions {
  /** Lifetime of tokens the endpoints issue, and the `expires_in` they answer. @unit milliseconds */
  issuedTtlMs?: number;
  /** Delay before the token endpoints answer. @unit milliseconds */
  tokenDelayMs?: number;
  /** Delay before the resource answers, or a function of the resource request's number (1, 2, ...). @unit milliseconds */
  resourceDelayMs?: number | ((requestNumber: number) => number);
}

interface AccessToken {
  expiresAt: number;
  kind: 'location' | 'agency';
}

export async function startTokenServer(options: TokenServerOptions = {}) {
  const issuedTtlMs = options.issuedTtlMs ?? 60_000;
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, 'location' | 'agency'>();
  const revoked = new Set<string>();
  const secrets = new Set<string>([CLIENT_SECRET]);
  const state = {
    tokenRequests: 0,
    refreshes: 0,
    exchanges: 0,
    exchangesByLocation: new Map<string, number>(),
    resourceRequests: 0,
    resourceRejections: 0,
    /** Every refresh token presented to /oauth/token, in order. */
    presentedRefreshTokens: [] as string[],
    /** The access token of every resource request, in order. */
    resourceTokens: [] as string[],
    /** Bodies of resource POSTs, in order. */
    resourceBodies: [] as string[],
    /** Answer every refresh with this, when set. */
    refuseRefreshWith: undefined as { status: number; body: unknown } | undefined,
    /** Never answer /oauth/token, when set. */
    stallTokenEndpoint: false,
    /** Answer every resource request with 401 and this message, when set. */
    rejectResourceWith: undefined as string | undefined,
  };

  // Tests wait for a request to arrive, and can hold the token endpoints' answers until released.
  const arrivals: Array<{ count: number; resolve: () => void }> = [];
  const tokenRequestArrived = () => {
    state.tokenRequests++;
    for (const waiter of arrivals.filter((w) => w.count <= state.tokenRequests)) {
      arrivals.splice(arrivals.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  let held: Promise<void> | undefined;

  function issue(kind: 'location' | 'agency', ttlMs = issuedTtlMs) {
    const accessToken = `at-${kind}-${randomUUID()}`;
    const refreshToken = `rt-${kind}-${randomUUID()}`;
    accessTokens.set(accessToken, { expiresAt: Date.now() + ttlMs, kind });
    refreshTokens.set(refreshToken, kind);
    secrets.add(accessToken).add(refreshToken);
    return { accessToken, refreshToken, expiresInS: Math.max(1, Math.round(ttlMs / 1000)) };
  }

  const valid = (token: string | undefined, kind?: 'location' | 'agency') => {
    const entry = token === undefined ? undefined : accessTokens.get(token);
    return !!entry && !revoked.has(token!) && Date.now() < entry.expiresAt && (kind === undefined || entry.kind === kind);
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };

    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      tokenRequestArrived();
      const form = new URLSearchParams(body);
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return send(415, { statusCode: 415, message: 'form expected' });
      if (form.get('client_id') !== CLIENT_ID || form.get('client_secret') !== CLIENT_SECRET) {
        return send(401, { error: 'invalid_client', error_description: 'Invalid client credentials' });
      }
      const presented = form.get('refresh_token') ?? '';
      state.presentedRefreshTokens.push(presented);
      if (state.stallTokenEndpoint) return; // closed by close()
      await held;
      await sleep(options.tokenDelayMs ?? 0);
      if (state.refuseRefreshWith) return send(state.refuseRefreshWith.status, state.refuseRefreshWith.body);
      const kind = refreshTokens.get(presented);
      if (form.get('grant_type') !== 'refresh_token' || kind === undefined) {
        return send(400, { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid or already used' });
      }
      refreshTokens.delete(presented); // single-use
      state.refreshes++;
      const next = issue(kind);
      return send(200, {
        access_token: next.accessToken,
        token_type: 'Bearer',
        expires_in: next.expiresInS,
        refresh_token: next.refreshToken,
        scope: 'conversations.readonly',
        userType: kind === 'agency' ? 'Company' : 'Location',
        companyId: COMPANY_ID,
        userId: 'user-1',
      });
    }

    if (req.method === 'POST' && url.pathname === '/oauth/locationToken') {
      tokenRequestArrived();
      if (!valid(bearer, 'agency')) return send(401, { statusCode: 401, message: 'Invalid JWT' });
      const form = new URLSearchParams(body);
      const locationId = form.get('locationId');
      if (form.get('companyId') !== COMPANY_ID || !locationId || req.headers.version !== '2021-07-28') {
        return send(422, { statusCode: 422, message: ['companyId should not be empty'], error: 'Unprocessable Entity' });
      }
      state.exchanges++;
      state.exchangesByLocation.set(locationId, (state.exchangesByLocation.get(locationId) ?? 0) + 1);
      await held;
      await sleep(options.tokenDelayMs ?? 0);
      const next = issue('location');
      return send(200, {
        access_token: next.accessToken,
        token_type: 'Bearer',
        expires_in: next.expiresInS,
        userType: 'Location',
        companyId: COMPANY_ID,
        locationId,
        userId: 'user-1',
      });
    }

    // Any other request is "the API": it needs a valid location token.
    const requestNumber = ++state.resourceRequests;
    state.resourceTokens.push(bearer ?? '');
    if (req.method === 'POST') state.resourceBodies.push(body);
    const delay = options.resourceDelayMs;
    await sleep(typeof delay === 'function' ? delay(requestNumber) : (delay ?? 0));
    if (state.rejectResourceWith) {
      state.resourceRejections++;
      return send(401, { statusCode: 401, message: state.rejectResourceWith });
    }
    if (!valid(bearer, 'location')) {
      state.resourceRejections++;
      return send(401, { statusCode: 401, message: 'Invalid JWT' });
    }
    if (req.method === 'POST') return send(201, { conversationId: 'conv-1', messageId: `msg-${state.resourceRequests}`, traceId: randomUUID() });
    return send(200, { id: url.pathname.split('/').pop(), contactId: 'c1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    /** Issues a token pair directly (as the consent flow would). */
    issue,
    revoke: (accessToken: string) => revoked.add(accessToken),
    /** Resolves once `count` requests have reached the token endpoints (/oauth/token, /oauth/locationToken). */
    tokenRequestsArrived: (count: number) =>
      state.tokenRequests >= count ? Promise.resolve() : new Promise<void>((resolve) => arrivals.push({ count, resolve })),
    /** Holds every token endpoint answer (requests are still counted) until the returned function is called. */
    holdTokenAnswers(): () => void {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    /** The client secret and every token this server ever issued. */
    secrets: () => [...secrets],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type TokenServer = Awaited<ReturnType<typeof startTokenServer>>;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
