// Contract tests: reading messages (list, get, get email, export) against the real Prism serving the
// bundled spec, with request validation on. The raw answer is checked against the spec; the client's
// value is checked for the envelope it unwraps.
import { describe, expect, it } from 'vitest';
import { BadRequestError, NotFoundError, RateLimitError, UnprocessableEntityError } from '../../src/index.js';
import { expectSpecError, expectSpecValid, failureOf, mockUrl, wireClient, withQuery } from '../helpers/contract-kit.js';

const baseUrl = mockUrl();

const LIST = '/conversations/{conversationId}/messages';
const ONE = '/conversations/messages/{id}';
const EMAIL = '/conversations/messages/email/{id}';
const EXPORT = '/conversations/messages/export';

describe('getMessages: GET /conversations/{conversationId}/messages against Prism', () => {
  it('unwraps the observed nested page; the raw answer matches the spec', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.messages.list('tDtDnQdgm2LXpyiqYvZ6', { limit: 20, type: ['TYPE_SMS', 'TYPE_CALL'] });
    expectSpecValid('GET', LIST, 200, lastBody());
    expect(Array.isArray((lastBody() as { messages: { messages: unknown[] } }).messages.messages)).toBe(true);
    expect(page.nextPage).toBe(true);
    expect(page.lastMessageId).toBe(page.messages.at(-1)!.id);
    const call = page.messages.find((m) => m.messageType === 'TYPE_CALL')!;
    expect(call.meta?.call?.duration).toBe(94);
    expect(page.messages.find((m) => m.messageType === 'TYPE_EMAIL')!.status).toBeNull();
  });

  it.each([
    ['long-thread', true],
    ['documented-flat', false],
  ] as const)('serves the named example %s, spec-valid, normalised to one page shape', async (example, nextPage) => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.messages.list('abc', {}, { headers: { Prefer: `example=${example}` } });
    expectSpecValid('GET', LIST, 200, lastBody());
    expect(page.nextPage).toBe(nextPage);
    expect(page.messages.length).toBeGreaterThan(0);
  });

  it('Prism refuses limit=0 (the contract can fail); the client refuses it before sending', async () => {
    const { client, sent } = wireClient(baseUrl, { change: withQuery((q) => q.set('limit', '0')) });
    expectSpecError(await failureOf(client.messages.list('abc')), UnprocessableEntityError, 'GET', LIST, 422);
    await expect(client.messages.list('abc', { limit: 0 })).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(sent()).toBe(1);
  });

  it('a documented 404 becomes NotFoundError', async () => {
    const { client } = wireClient(baseUrl);
    expectSpecError(await failureOf(client.messages.list('abc', {}, { headers: { Prefer: 'code=404' } })), NotFoundError, 'GET', LIST, 404);
  });
});

describe('getMessage: GET /conversations/messages/{id} against Prism', () => {
  it('unwraps the observed {message, traceId}; the raw answer matches the spec', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const message = await client.messages.get('Ca1Ll2Vv3Mm4Ee5Ss6Gg');
    expectSpecValid('GET', ONE, 200, lastBody());
    expect((lastBody() as { message: unknown }).message).toBeDefined();
    expect(message.id).toBe('Ca1Ll2Vv3Mm4Ee5Ss6Gg');
    expect(message.type).toBe(1);
  });

  it.each([
    ['documented-top-level', 'Sm1In2Bb3Nd4Ms5Gg6Hh'],
    ['email-without-status', 'Em3Ai4Lm5Sg6Xx7Yy8Zz'],
  ])('serves the named example %s, spec-valid, and returns the message', async (example, id) => {
    const { client, lastBody } = wireClient(baseUrl);
    const message = await client.messages.get('abc', { headers: { Prefer: `example=${example}` } });
    expectSpecValid('GET', ONE, 200, lastBody());
    expect(message.id).toBe(id);
  });

  it('a documented 400 (e.g. an email send id) becomes BadRequestError', async () => {
    const { client } = wireClient(baseUrl);
    expectSpecError(await failureOf(client.messages.get('abc', { headers: { Prefer: 'code=400' } })), BadRequestError, 'GET', ONE, 400);
  });

  it('refuses an id that would change the route before sending', async () => {
    const { client, sent } = wireClient(baseUrl);
    for (const id of ['export?x', 'email/abc', '..', '']) {
      await expect(client.messages.get(id)).rejects.toMatchObject({ kind: 'invalid_input', field: 'id' });
    }
    expect(sent()).toBe(0);
  });
});

describe('getEmailMessage: GET /conversations/messages/email/{id} against Prism', () => {
  it('answers the email with its full body, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const email = await client.messages.getEmail('zT4Mh1kvPq3RsW8xYz2A');
    expectSpecValid('GET', EMAIL, 200, lastBody());
    expect(email.body).toContain('<p>');
    expect(email.to).toEqual(['maria@lopez-dental.example']);
  });

  it('serves the inbound-reply example with an undocumented status, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const email = await client.messages.getEmail('abc', { headers: { Prefer: 'example=inbound-reply' } });
    expectSpecValid('GET', EMAIL, 200, lastBody());
    expect(email.status).toBe('clicked');
  });

  it('a documented 404 becomes NotFoundError', async () => {
    const { client } = wireClient(baseUrl);
    expectSpecError(await failureOf(client.messages.getEmail('abc', { headers: { Prefer: 'code=404' } })), NotFoundError, 'GET', EMAIL, 404);
  });
});

describe('exportMessages: GET /conversations/messages/export against Prism', () => {
  it('answers a page with a next cursor, spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.messages.export({ locationId: 've9EPM428kjkvShlRW1KT', limit: 100, sortBy: 'createdAt', sortOrder: 'desc', channel: 'SMS' });
    expectSpecValid('GET', EXPORT, 200, lastBody());
    expect(typeof page.nextCursor).toBe('string');
    expect(page.messages.length).toBeGreaterThan(0);
  });

  it('serves the last-page example (nextCursor null), spec-valid', async () => {
    const { client, lastBody } = wireClient(baseUrl);
    const page = await client.messages.export({ locationId: 'loc1' }, { headers: { Prefer: 'example=last-page' } });
    expectSpecValid('GET', EXPORT, 200, lastBody());
    expect(page.nextCursor).toBeNull();
  });

  it('Prism refuses a limit below 10; the client refuses it before sending', async () => {
    const { client, sent } = wireClient(baseUrl, { change: withQuery((q) => q.set('limit', '5')) });
    expectSpecError(await failureOf(client.messages.export({ locationId: 'loc1' })), UnprocessableEntityError, 'GET', EXPORT, 422);
    await expect(client.messages.export({ locationId: 'loc1', limit: 5 })).rejects.toMatchObject({ kind: 'invalid_input', field: 'params.limit' });
    expect(sent()).toBe(1);
  });

  it('a documented 429 becomes RateLimitError', async () => {
    const { client } = wireClient(baseUrl);
    expectSpecError(await failureOf(client.messages.export({ locationId: 'loc1' }, { headers: { Prefer: 'code=429' } })), RateLimitError, 'GET', EXPORT, 429);
  });

  it('exportAll follows nextCursor through Prism until the last page', async () => {
    // Prism's default example always has a cursor; the last-page example ends the walk at once.
    const { client, sent } = wireClient(baseUrl);
    const items = [];
    for await (const m of client.messages.exportAll({ locationId: 'loc1' }, { headers: { Prefer: 'example=last-page' } })) items.push(m);
    expect(items).toHaveLength(1);
    expect(sent()).toBe(1);
  });
});
