// Contract tests: search, create, update and delete conversations against the real Prism serving the
// bundled spec, with request validation on. Prism refuses a request the spec does not allow; the
// spec validator checks every raw answer.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, NotFoundError, ServerError, UnprocessableEntityError } from '../../src/index.js';
import { expectSpecError, expectSpecValid, failureOf, mockUrl, wireClient, withJsonBody, withQuery } from '../helpers/contract-kit.js';

type Client = ReturnType<typeof wireClient>['client'];

const baseUrl = mockUrl();

const SEARCH = '/conversations/search';
const ONE = '/conversations/{conversationId}';

describe('searchConversations: GET /conversations/search against Prism', () => {
  it('answers a page of conversations that matches the spec, with observed epoch-ms dates and nulls', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.conversations.search({ locationId: 've9EPM428kjkvShlRW1KT', limit: 20, sort: 'desc', sortBy: 'last_message_date' });
    expectSpecValid('GET', SEARCH, 200, lastBody());
    expect(page.conversations.length).toBeGreaterThan(0);
    expect(typeof page.conversations[0]!.lastMessageDate).toBe('number');
    expect(page.conversations[0]!.sort).toEqual([page.conversations[0]!.lastMessageDate]);
    expect(page.conversations.some((c) => c.lastMessageDirection === null && c.fullName === null)).toBe(true);
  });

  it.each(['default', 'empty-inbox', 'unread', 'unknown-channel-type'])('serves the named example %s, spec-valid', async (example) => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.conversations.search({ locationId: 'loc1' }, { headers: { Prefer: `example=${example}` } });
    expectSpecValid('GET', SEARCH, 200, lastBody());
    expect(page.total).toBe(page.conversations.length);
  });

  it('Prism refuses a search without locationId (the contract can fail)', async () => {
    const { client } = wireClient(baseUrl, { change: withQuery((q) => q.delete('locationId')) });
    const error = await failureOf(client.conversations.search({ locationId: 'loc1' }));
    expectSpecError(error, UnprocessableEntityError, 'GET', SEARCH, 422);
  });

  it('Prism refuses a limit above 100, which the client refuses itself before sending', async () => {
    const { client, sent } = wireClient(baseUrl, { change: withQuery((q) => q.set('limit', '101')) });
    expectSpecError(await failureOf(client.conversations.search({ locationId: 'loc1' })), UnprocessableEntityError, 'GET', SEARCH, 422);
    await expect(client.conversations.search({ locationId: 'loc1', limit: 101 })).rejects.toMatchObject({ kind: 'invalid_input', field: 'params.limit' });
    expect(sent()).toBe(1);
  });

  it('a documented 401 becomes AuthenticationError with a spec-valid body', async () => {
    const { client } = wireClient(baseUrl);
    const error = await failureOf(client.conversations.search({ locationId: 'loc1' }, { headers: { Prefer: 'code=401' } }));
    expectSpecError(error, AuthenticationError, 'GET', SEARCH, 401);
  });

  it('searchAll walks pages through Prism; its static example repeats, so maxPages bounds the walk', async () => {
    // Prism answers the same example page whatever startAfterDate says: two pages, two requests.
    const { client, sent } = wireClient(baseUrl);
    const items = [];
    for await (const c of client.conversations.searchAll({ locationId: 'loc1', limit: 2 }, { maxPages: 2 })) items.push(c);
    expect(items).toHaveLength(4);
    expect(sent()).toBe(2);
  });
});

describe('createConversation: POST /conversations/ against Prism', () => {
  it('creates and answers 201 with the documented ISO dates, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const created = await client.conversations.create({ locationId: 've9EPM428kjkvShlRW1KT', contactId: '9NkT25Vor1v4aQatFsv2' });
    expectSpecValid('POST', '/conversations/', 201, lastBody());
    expect(created.success).toBe(true);
    expect(created.conversation.id).toBe('tDtDnQdgm2LXpyiqYvZ6');
  });

  it('serves the epoch-millisecond variant, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const created = await client.conversations.create({ locationId: 'loc1', contactId: 'c1' }, { headers: { Prefer: 'example=epoch-dates' } });
    expectSpecValid('POST', '/conversations/', 201, lastBody());
    expect(typeof created.conversation.dateAdded).toBe('number');
  });

  it('Prism refuses a body without contactId', async () => {
    const { client } = wireClient(baseUrl, { change: withJsonBody((b) => delete b.contactId) });
    const error = await failureOf(client.conversations.create({ locationId: 'loc1', contactId: 'c1' }));
    expectSpecError(error, UnprocessableEntityError, 'POST', '/conversations/', 422);
  });

  it('a duplicate (documented 400 "already exists") becomes BadRequestError', async () => {
    const { client } = wireClient(baseUrl);
    const error = await failureOf(client.conversations.create({ locationId: 'loc1', contactId: 'c1' }, { headers: { Prefer: 'code=400' } }));
    expectSpecError(error, BadRequestError, 'POST', '/conversations/', 400);
    expect((error as BadRequestError).message).toContain('already exists');
  });

  it('is never sent twice, even on a retryable 503 with retries on', async () => {
    const { client, sent } = wireClient(baseUrl, { maxRetries: 3 });
    const error = await failureOf(client.conversations.create({ locationId: 'loc1', contactId: 'c1' }, { headers: { Prefer: 'code=503' } }));
    expectSpecError(error, ServerError, 'POST', '/conversations/', 503);
    expect(sent()).toBe(1);
  });
});

describe('updateConversation: PUT /conversations/{conversationId} against Prism', () => {
  it('answers the updated conversation, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const updated = await client.conversations.update('tDtDnQdgm2LXpyiqYvZ6', { locationId: 'loc1', unreadCount: 0, starred: true });
    expectSpecValid('PUT', ONE, 200, lastBody());
    expect(updated.conversation.starred).toBe(true);
  });

  it('serves the epoch-number variant with an undocumented lastMessageType, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const updated = await client.conversations.update('abc', { locationId: 'loc1' }, { headers: { Prefer: 'example=epoch-number-date' } });
    expectSpecValid('PUT', ONE, 200, lastBody());
    expect(updated.conversation.lastMessageType).toBe('TYPE_NO_SHOW');
  });

  it('Prism refuses a body without locationId', async () => {
    const { client } = wireClient(baseUrl, { change: withJsonBody((b) => delete b.locationId) });
    const error = await failureOf(client.conversations.update('abc', { locationId: 'loc1', starred: false }));
    expectSpecError(error, UnprocessableEntityError, 'PUT', ONE, 422);
  });

  it('a documented 404 becomes NotFoundError', async () => {
    const { client } = wireClient(baseUrl);
    const error = await failureOf(client.conversations.update('abc', { locationId: 'loc1' }, { headers: { Prefer: 'code=404' } }));
    expectSpecError(error, NotFoundError, 'PUT', ONE, 404);
  });
});

describe('deleteConversation: DELETE /conversations/{conversationId} against Prism', () => {
  it('answers success, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    await expect(client.conversations.delete('tDtDnQdgm2LXpyiqYvZ6')).resolves.toMatchObject({ success: true });
    expectSpecValid('DELETE', ONE, 200, lastBody());
  });

  it('Prism refuses a request without credentials with a typed 401', async () => {
    const { client } = wireClient(baseUrl, {
      change: (request) => {
        const headers = new Headers(request.headers);
        headers.delete('Authorization');
        return new Request(request, { headers });
      },
    });
    expectSpecError(await failureOf(client.conversations.delete('abc')), AuthenticationError, 'DELETE', ONE, 401);
  });

  it('a documented 404 becomes NotFoundError', async () => {
    const { client } = wireClient(baseUrl);
    const error = await failureOf(client.conversations.delete('abc', { headers: { Prefer: 'code=404' } }));
    expectSpecError(error, NotFoundError, 'DELETE', ONE, 404);
  });
});

describe('searchConversations, createConversation, updateConversation, deleteConversation: bad input is refused before sending', () => {
  it.each([
    ['search without locationId', (c: Client) => c.conversations.search({} as never), 'params.locationId'],
    ['search with an unknown parameter', (c: Client) => c.conversations.search({ locationId: 'l', limits: 5 } as never), 'params.limits'],
    ['search with an undocumented status', (c: Client) => c.conversations.search({ locationId: 'l', status: 'open' as never }), 'params.status'],
    ['search with a fractional limit', (c: Client) => c.conversations.search({ locationId: 'l', limit: 2.5 }), 'params.limit'],
    ['search with a negative startDate', (c: Client) => c.conversations.search({ locationId: 'l', startDate: -1 }), 'params.startDate'],
    ['create without contactId', (c: Client) => c.conversations.create({ locationId: 'l' } as never), 'body.contactId'],
    ['create with an extra property', (c: Client) => c.conversations.create({ locationId: 'l', contactId: 'k', x: 1 } as never), 'body.x'],
    ['update with a negative unreadCount', (c: Client) => c.conversations.update('c', { locationId: 'l', unreadCount: -1 }), 'body.unreadCount'],
    ['update with starred as a string', (c: Client) => c.conversations.update('c', { locationId: 'l', starred: 'yes' as never }), 'body.starred'],
    ['update with an undocumented feedback', (c: Client) => c.conversations.update('c', { locationId: 'l', feedback: 'meh' as never }), 'body.feedback'],
    ['delete with a path in the id', (c: Client) => c.conversations.delete('a/b'), 'conversationId'],
  ] as const)('%s', async (_name, call, field) => {
    const { client, sent } = wireClient(baseUrl);
    await expect(call(client)).rejects.toMatchObject({ kind: 'invalid_input', field });
    expect(sent()).toBe(0);
  });
});
