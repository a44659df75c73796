// A local OAuth token endpoint and API in one server, for the shared-refresh scenarios. It rotates
// refresh tokens as the API does (each is single-use: a second presentation gets 400 invalid_grant),
// counts every presentation of every refresh token (and every presentation of a token it had
// already spent), and serves GET /conversations/{id} to the access tokens it issued. It can hold the
// first refresh request open for ever (the SIGKILL scenario), having spent its refresh token or
// not, and reject the first access token after a number of API calls (a server-side expiry).
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenServerOptions {
  /** The refresh token and access token the installation starts with. */
  initialRefreshToken: string;
  initialAccessToken: string;
  /** After this many API calls, the initial access token is answered 401 "Invalid JWT". @default never */
  rejectInitialAccessTokenAfter?: number;
  /**
   * Never answer the first refresh request: `'spent'` rotates its refresh token as a processed
   * request does (the answer is lost with its client), `'unspent'` leaves it valid (the request
   * never got processed). Later requests are answered as usual.
   */
  holdFirstRefresh?: 'spent' | 'unspent';
}

export interface TokenServer {
  url: string;
  /** Presentations per refresh token. */
  presentations: Map<string, number>;
  /** Every request to POST /oauth/token, in order, with the `x-worker` header of the process that sent it. */
  refreshRequests: Array<{ refreshToken: string; worker: string | undefined }>;
  /** Presentations of a refresh token this server had already spent (each answered 400 invalid_grant, or held). */
  spentPresentations(): number;
  apiCalls(): number;
  /** 'refresh-request' (after counting a presentation). */
  events: EventEmitter;
  stop(): Promise<void>;
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const presentations = new Map<string, number>();
  const refreshRequests: TokenServer['refreshRequests'] = [];
  const events = new EventEmitter();
  let currentRefresh = options.initialRefreshToken;
  const validAccess = new Set([options.initialAccessToken]);
  const spent = new Set<string>();
  let issued = 0;
  let apiCalls = 0;
  let spentPresentations = 0;

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(await text(request));
      const refreshToken = form.get('refresh_token') ?? '';
      presentations.set(refreshToken, (presentations.get(refreshToken) ?? 0) + 1);
      const worker = request.headers['x-worker'];
      refreshRequests.push({ refreshToken, worker: typeof worker === 'string' ? worker : undefined });
      if (spent.has(refreshToken)) spentPresentations++;
      events.emit('refresh-request', refreshToken, worker);
      const held = options.holdFirstRefresh !== undefined && refreshRequests.length === 1;
      if (held && options.holdFirstRefresh === 'unspent') return; // never processed, never answered
      if (refreshToken !== currentRefresh) return json(400, { error: 'invalid_grant', error_description: 'refresh token spent' });
      spent.add(refreshToken);
      issued++;
      currentRefresh = `refresh-${issued}`;
      const accessToken = `access-${issued}`;
      validAccess.add(accessToken);
      if (held) return; // processed, but the answer never leaves: its client is killed while it waits
      return json(200, {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 86399,
        refresh_token: currentRefresh,
        scope: 'conversations.readonly',
        userType: 'Location',
        locationId: 'loc1',
      });
    }
    if (request.method === 'GET' && url.pathname.startsWith('/conversations/')) {
      apiCalls++;
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const initialExpired = options.rejectInitialAccessTokenAfter !== undefined && apiCalls > options.rejectInitialAccessTokenAfter;
      if (!validAccess.has(token) || (initialExpired && token === options.initialAccessToken)) {
        return json(401, { statusCode: 401, message: 'Invalid JWT' });
      }
      const id = url.pathname.split('/').pop();
      return json(200, { id, locationId: 'loc1', contactId: 'contact1', type: 1, unreadCount: 0 });
    }
    json(404, { statusCode: 404, message: `Cannot ${request.method} ${url.pathname}` });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    presentations,
    refreshRequests,
    spentPresentations: () => spentPresentations,
    apiCalls: () => apiCalls,
    events,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function text(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}
