import { createServer, type Server } from 'node:http';
import { rateLimitHeaders } from '@leadway/test-servers';

/** The body every GET /conversations/{id} gets: the spec's `phone` example, fixed. */
export const FIXED_CONVERSATION = {
  id: 'tDtDnQdgm2LXpyiqYvZ6',
  contactId: '9NkT25Vor1v4aQatFsv2',
  locationId: 've9EPM428kjkvShlRW1KT',
  deleted: false,
  inbox: true,
  type: 1,
  unreadCount: 3,
  starred: false,
  traceId: '2b7e51f0-6a43-4c0e-b9f0-8c0e5d1a7f22',
};

/**
 * A keep-alive server that answers every GET /conversations/{id} at once with the same body and
 * the API's rate-limit headers, so what the overhead bench times is the client. The headers grant
 * a burst far above what the bench sends (a billion per 10 s): a client that paces by them (as
 * @leadway/client does by default) is timed doing its bookkeeping, not waiting.
 * Anything else is a 404.
 */
export function createFixedConversationServer(): Server {
  const body = Buffer.from(JSON.stringify(FIXED_CONVERSATION));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(body.byteLength),
    ...rateLimitHeaders({ max: 1e9, remaining: 1e9 - 1, intervalMs: 10_000, dailyLimit: 1e9, dailyRemaining: 1e9 - 1 }),
  };
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url?.startsWith('/conversations/')) {
      response.writeHead(200, headers);
      response.end(body);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ statusCode: 404, message: `Cannot ${request.method} ${request.url}` }));
  });
  server.keepAliveTimeout = 60_000;
  return server;
}
