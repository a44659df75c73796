// A local HTTP server (127.0.0.1, a free port) that pages like the API does, so the iterators can be
// tested over real HTTP: keyset search, keyset messages (nested envelope) and the cursor export.
// Prism cannot serve this: it answers the same static example whatever the cursor.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagingServerOptions {
  /** How many items each list holds. */
  total: number;
  /** Answer the first page again whatever the cursor (an API fault: a repeated cursor). */
  repeatCursor?: boolean;
  /** Messages: answer the documented flat envelope instead of the observed nested one. */
  flatMessages?: boolean;
  /** Search: leave `sort` out of the items (the iterator falls back to lastMessageDate). */
  omitSort?: boolean;
  /** Search: give items a two-element sort key. */
  compoundSort?: boolean;
}

export interface PagingServer {
  url: string;
  /** Every request's path and query, in order. */
  requests: URL[];
  close(): Promise<void>;
}

const BASE_DATE = 1_732_000_000_000;

export async function startPagingServer(options: PagingServerOptions): Promise<PagingServer> {
  const requests: URL[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const limit = Number(url.searchParams.get('limit') ?? 20);
    if (url.pathname === '/conversations/search') {
      // Item i has lastMessageDate BASE_DATE - i * 1000: newest first.
      const after = options.repeatCursor ? [] : url.searchParams.getAll('startAfterDate').map(Number);
      const start = after.length === 0 ? 0 : Math.round((BASE_DATE - after[0]!) / 1000) + 1;
      const items = range(start, Math.min(start + limit, options.total)).map((i) => {
        const date = BASE_DATE - i * 1000;
        const item: Record<string, unknown> = { id: `conv${i}`, locationId: 'loc1', contactId: `contact${i}`, lastMessageDate: date };
        if (!options.omitSort) item.sort = options.compoundSort ? [date, `conv${i}`] : [date];
        return item;
      });
      return send({ conversations: items, total: options.total, traceId: 'trace-search' });
    }
    const messagesMatch = /^\/conversations\/([^/]+)\/messages$/.exec(url.pathname);
    if (messagesMatch) {
      const last = options.repeatCursor ? null : url.searchParams.get('lastMessageId');
      const start = last === null ? 0 : Number(last.replace('msg', '')) + 1;
      const end = Math.min(start + limit, options.total);
      const messages = range(start, end).map((i) => message(i, messagesMatch[1]!));
      const page = { lastMessageId: messages.at(-1)?.id ?? null, nextPage: end < options.total, messages };
      return send(options.flatMessages ? page : { messages: page, traceId: 'trace-messages' });
    }
    if (url.pathname === '/conversations/messages/export') {
      const cursor = options.repeatCursor ? null : url.searchParams.get('cursor');
      const start = cursor === null ? 0 : Number(cursor.replace('cursor-', ''));
      const end = Math.min(start + limit, options.total);
      return send({
        messages: range(start, end).map((i) => message(i, 'conv1')),
        nextCursor: end < options.total ? `cursor-${end}` : null,
        total: options.total,
      });
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statusCode: 404, message: `Cannot GET ${url.pathname}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function message(i: number, conversationId: string) {
  return {
    id: `msg${i}`,
    type: 2,
    messageType: 'TYPE_SMS',
    locationId: 'loc1',
    contactId: 'contact1',
    conversationId,
    dateAdded: new Date(BASE_DATE - i * 1000).toISOString(),
    body: `message ${i}`,
    direction: 'inbound',
  };
}
