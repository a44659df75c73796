// The envelopes the list and get operations accept (observed and documented forms), and what
// happens with a body that is neither: a typed MalformedResponseError, never a wrong value.
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, MalformedResponseError } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const message = {
  id: 'm1',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: 'l',
  contactId: 'k',
  conversationId: 'c',
  dateAdded: '2024-11-19T21:20:00.000Z',
  direction: 'inbound',
};

async function collectPages(pages: AsyncIterable<unknown>): Promise<void> {
  for await (const _page of pages) void _page;
}

function clientAnswering(body: unknown) {
  const { fetch, requests } = recordingFetch(() => json(200, body));
  return { client: createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: false }), requests };
}

describe('messages.list envelopes', () => {
  it('unwraps the observed nested page and keeps its traceId', async () => {
    const { client } = clientAnswering({ messages: { lastMessageId: 'm1', nextPage: false, messages: [message] }, traceId: 't1' });
    expect(await client.messages.list('c')).toEqual({ lastMessageId: 'm1', nextPage: false, messages: [message], traceId: 't1' });
  });

  it('reads the documented flat page as is', async () => {
    const { client } = clientAnswering({ lastMessageId: 'm1', nextPage: true, messages: [message] });
    expect(await client.messages.list('c')).toEqual({ lastMessageId: 'm1', nextPage: true, messages: [message] });
  });

  it.each([
    ['no messages at all', { traceId: 't' }],
    ['a nested object without a list', { messages: { nextPage: false } }],
    ['messages as a string', { messages: 'none' }],
  ])('refuses a body with %s as MalformedResponseError', async (_name, body) => {
    const { client } = clientAnswering(body);
    const error = await client.messages.list('c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).operation).toBe('getMessages');
  });

  it('sends the type filter comma-separated, as the spec declares it', async () => {
    const { client, requests } = clientAnswering({ messages: { nextPage: false, messages: [] } });
    await client.messages.list('c', { type: ['TYPE_SMS', 'TYPE_CALL'], limit: 5 });
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/conversations/c/messages');
    expect(url.searchParams.get('type')).toBe('TYPE_SMS,TYPE_CALL');
  });
});

describe('messages.get envelopes', () => {
  it('unwraps the observed {message, traceId}', async () => {
    const { client, requests } = clientAnswering({ message, traceId: 't' });
    expect(await client.messages.get('m1')).toEqual(message);
    expect(new URL(requests[0]!.url).pathname).toBe('/conversations/messages/m1');
  });

  it('returns the documented top-level message as is', async () => {
    const { client } = clientAnswering(message);
    expect(await client.messages.get('m1')).toEqual(message);
  });

  it('refuses a body holding no message as MalformedResponseError', async () => {
    const { client } = clientAnswering({ traceId: 't' });
    await expect(client.messages.get('m1')).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('search and export pages', () => {
  it('refuses a search page without a conversations list', async () => {
    const { client } = clientAnswering({ conversations: null, total: 0 });
    await expect(client.conversations.search({ locationId: 'l' })).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('refuses an export page without a messages list', async () => {
    const { client } = clientAnswering({ total: 0, nextCursor: null });
    await expect(client.messages.export({ locationId: 'l' })).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('searchAll sends a documented date-string lastMessageDate (no sort key) back as epoch milliseconds', async () => {
    const date = '2024-11-19T21:20:00.000Z';
    const { client, requests } = clientAnswering({ conversations: [{ id: 'a', locationId: 'l', contactId: 'k', lastMessageDate: date }], total: 5 });
    await collectPages(client.conversations.searchAll({ locationId: 'l', limit: 1 }, { maxPages: 2 }).pages());
    expect(requests).toHaveLength(2);
    expect(new URL(requests[1]!.url).searchParams.get('startAfterDate')).toBe(String(Date.parse(date)));
  });

  it('searchAll stops with MalformedResponseError when a full page gives no sort key to continue from', async () => {
    const { client, requests } = clientAnswering({ conversations: [{ id: 'a', locationId: 'l', contactId: 'k' }], total: 5 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of client.conversations.searchAll({ locationId: 'l', limit: 1 })) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as Error).message).toContain('no sort key');
    expect(seen).toEqual(['a']);
    expect(requests).toHaveLength(1);
  });
});
