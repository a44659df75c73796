// The `...All()` iterators over real HTTP, against a local server that pages like the API (see
// ../helpers/paging-server.ts for why not Prism): order, request counts, the end of each list,
// repeated cursors, limits and aborts.
import { afterEach, describe, expect, it } from 'vitest';
import { AbortedError, createLeadwayClient, InvalidInputError, MalformedResponseError } from '../../src/index.js';
import { type PagingServer, type PagingServerOptions, startPagingServer } from '../helpers/paging-server.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

let server: PagingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(options: PagingServerOptions) {
  server = await startPagingServer(options);
  return createLeadwayClient({ token: SECRET_TOKEN, baseUrl: server.url, retry: false });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('conversations.searchAll (keyset on the sort value)', () => {
  it('walks every page in order, sending the last sort value as startAfterDate, and stops at a short page', async () => {
    const client = await clientFor({ total: 5 });
    const items = await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }));
    expect(ids(items)).toEqual(numbered('conv', 5));
    const cursors = server!.requests.map((r) => r.searchParams.getAll('startAfterDate'));
    expect(cursors).toEqual([[], [String(items[1]!.sort![0])], [String(items[3]!.sort![0])]]);
    expect(server!.requests.every((r) => r.searchParams.get('locationId') === 'loc1' && r.searchParams.get('limit') === '2')).toBe(true);
  });

  it('ends on an empty last page when the total is a multiple of the limit', async () => {
    const client = await clientFor({ total: 4 });
    const items = await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }));
    expect(ids(items)).toEqual(numbered('conv', 4));
    expect(server!.requests).toHaveLength(3);
  });

  it('uses the default limit of 20 to recognise the last page', async () => {
    const client = await clientFor({ total: 25 });
    expect(await collect(client.conversations.searchAll({ locationId: 'loc1' }))).toHaveLength(25);
    expect(server!.requests).toHaveLength(2);
  });

  it('sends a compound sort key whole, as repeated startAfterDate values', async () => {
    const client = await clientFor({ total: 3, compoundSort: true });
    await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }));
    expect(server!.requests[1]!.searchParams.getAll('startAfterDate')).toEqual([String(1_732_000_000_000 - 1000), 'conv1']);
  });

  it('falls back to lastMessageDate when items carry no sort key', async () => {
    const client = await clientFor({ total: 3, omitSort: true });
    const items = await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }));
    expect(ids(items)).toEqual(numbered('conv', 3));
    expect(server!.requests[1]!.searchParams.get('startAfterDate')).toBe(String(items[1]!.lastMessageDate));
  });

  it('throws MalformedResponseError on a repeated cursor, after yielding the pages before it', async () => {
    const client = await clientFor({ total: 10, repeatCursor: true });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of client.conversations.searchAll({ locationId: 'loc1', limit: 2 })) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).operation).toBe('searchConversations');
    expect((error as Error).message).toContain('cursor');
    expect(seen).toEqual(['conv0', 'conv1', 'conv0', 'conv1']);
    expect(server!.requests).toHaveLength(2);
  });

  it('stops at maxItems and maxPages without fetching more', async () => {
    const client = await clientFor({ total: 50 });
    expect(ids(await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }, { maxItems: 3 })))).toEqual(numbered('conv', 3));
    expect(server!.requests).toHaveLength(2);
    server!.requests.length = 0;
    expect(await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }, { maxPages: 3 }))).toHaveLength(6);
    expect(server!.requests).toHaveLength(3);
  });

  it('yields whole pages from pages()', async () => {
    const client = await clientFor({ total: 5 });
    const pages = await collect(client.conversations.searchAll({ locationId: 'loc1', limit: 2 }).pages());
    expect(pages.map((p) => p.conversations.length)).toEqual([2, 2, 1]);
    expect(pages[0]!.total).toBe(5);
  });

  it('stops with AbortedError when the signal fires between pages, sending nothing more', async () => {
    const client = await clientFor({ total: 10 });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of client.conversations.searchAll({ locationId: 'loc1', limit: 2 }, { signal: controller.signal })) {
        seen.push(c.id);
        if (seen.length === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(seen).toEqual(['conv0', 'conv1']);
    expect(server!.requests).toHaveLength(1);
  });

  it('refuses bad limits and parameters at once, before anything is sent', async () => {
    const client = await clientFor({ total: 5 });
    expect(() => client.conversations.searchAll({ locationId: 'loc1' }, { maxPages: 0 })).toThrow(InvalidInputError);
    expect(() => client.conversations.searchAll({ locationId: 'loc1' }, { maxItems: 1.5 })).toThrow(InvalidInputError);
    expect(() => client.conversations.searchAll({ locationId: 'loc1', limit: 101 })).toThrow(InvalidInputError);
    expect(() => client.conversations.searchAll({} as never)).toThrow(InvalidInputError);
    expect(server!.requests).toHaveLength(0);
  });
});

describe('messages.listAll (keyset on lastMessageId, nested envelope)', () => {
  it('walks the observed nested pages with lastMessageId until nextPage is false', async () => {
    const client = await clientFor({ total: 5 });
    const items = await collect(client.messages.listAll('conv1', { limit: 2 }));
    expect(ids(items)).toEqual(numbered('msg', 5));
    expect(server!.requests.map((r) => r.searchParams.get('lastMessageId'))).toEqual([null, 'msg1', 'msg3']);
    expect(server!.requests.every((r) => r.pathname === '/conversations/conv1/messages')).toBe(true);
  });

  it('reads the documented flat envelope too', async () => {
    const client = await clientFor({ total: 3, flatMessages: true });
    expect(ids(await collect(client.messages.listAll('conv1', { limit: 2 })))).toEqual(numbered('msg', 3));
    expect(server!.requests).toHaveLength(2);
  });

  it('yields pages normalised to { messages, nextPage, lastMessageId } from pages()', async () => {
    const client = await clientFor({ total: 3 });
    const pages = await collect(client.messages.listAll('conv1', { limit: 2 }).pages());
    expect(pages.map((p) => [p.messages.length, p.nextPage, p.lastMessageId])).toEqual([
      [2, true, 'msg1'],
      [1, false, 'msg2'],
    ]);
  });

  it('throws MalformedResponseError on a repeated cursor', async () => {
    const client = await clientFor({ total: 10, repeatCursor: true });
    await expect(collect(client.messages.listAll('conv1', { limit: 2 }))).rejects.toBeInstanceOf(MalformedResponseError);
    expect(server!.requests).toHaveLength(2);
  });

  it('refuses a bad conversation id at once', async () => {
    const client = await clientFor({ total: 1 });
    expect(() => client.messages.listAll('../x')).toThrow(InvalidInputError);
    expect(server!.requests).toHaveLength(0);
  });
});

describe('messages.exportAll (opaque cursor)', () => {
  it('follows nextCursor until it is null', async () => {
    const client = await clientFor({ total: 25 });
    const items = await collect(client.messages.exportAll({ locationId: 'loc1', limit: 10 }));
    expect(ids(items)).toEqual(numbered('msg', 25));
    expect(server!.requests.map((r) => r.searchParams.get('cursor'))).toEqual([null, 'cursor-10', 'cursor-20']);
  });

  it('throws MalformedResponseError on a repeated cursor', async () => {
    const client = await clientFor({ total: 100, repeatCursor: true });
    const error = await collect(client.messages.exportAll({ locationId: 'loc1', limit: 10 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).path).toBe('/conversations/messages/export');
    expect(server!.requests).toHaveLength(2);
  });

  it('refuses a limit outside 10..500 before sending', async () => {
    const client = await clientFor({ total: 1 });
    expect(() => client.messages.exportAll({ locationId: 'loc1', limit: 5 })).toThrow(InvalidInputError);
    expect(() => client.messages.exportAll({ locationId: 'loc1', limit: 501 })).toThrow(InvalidInputError);
    expect(server!.requests).toHaveLength(0);
  });
});
