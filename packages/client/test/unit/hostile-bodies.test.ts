// What a hostile or broken server can put in a body never escapes as an untyped error (RangeError,
// TypeError, URIError), and a 2xx body that is not what the operation promises is a
// MalformedResponseError, for every operation (issue #14 items 9 and 10). Injected fetch, no network.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  BadRequestError,
  createLeadwayClient,
  type LeadwayClient,
  LeadwayError,
  MalformedResponseError,
  ServerError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { TOO_DEEP } from '../../src/json-depth.js';
import { failureOf } from '../helpers/failure-of.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const DEEP = 100_000;
const deepArray = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
const deepObject = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;

function clientAnswering(status: number, text: string, headers: Record<string, string> = {}) {
  const recorder = recordingFetch(() => new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } }));
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: false, pacing: false }) };
}

async function failure(promise: Promise<unknown>): Promise<LeadwayError> {
  const error = await failureOf(promise);
  expect(LeadwayError.isLeadwayError(error), `threw ${String(error)}`).toBe(true);
  // Everything a logger would do with it works.
  expect(() => String(error)).not.toThrow();
  expect(() => JSON.stringify(error)).not.toThrow();
  expect(() => inspect(error, { depth: Infinity })).not.toThrow();
  return error as LeadwayError;
}

describe('a body nested 100,000 levels deep', () => {
  it.each([
    ['array', deepArray],
    ['object', deepObject],
  ])('in an error answer (%s) → the typed API error, its body cut where it gets too deep', async (_kind, text) => {
    const { client } = clientAnswering(400, text);
    const error = await failure(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(JSON.stringify((error as ApiError).rawBody)).toContain(TOO_DEEP);
  });

  it('inside an otherwise well-formed error body → the API message is kept', async () => {
    const { client } = clientAnswering(500, `{"statusCode":500,"message":"boom","traceId":"t-1","junk":${deepArray}}`);
    const error = await failure(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('boom');
    expect((error as ServerError).traceId).toBe('t-1');
  });

  it.each([
    ['array', deepArray],
    ['object', deepObject],
  ])('in a 2xx answer (%s) → MalformedResponseError', async (_kind, text) => {
    const { client } = clientAnswering(200, text);
    const error = await failure(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/nested deeper than 64 levels/);
  });

  it('in a 2xx answer with a Content-Length (parsed through Response.json) → MalformedResponseError', async () => {
    const { client } = clientAnswering(200, deepArray, { 'content-length': String(deepArray.length) });
    expect(await failure(client.conversations.get('c1'))).toBeInstanceOf(MalformedResponseError);
  });
});

describe('error bodies built to make the error message throw', () => {
  it.each([
    ['a traceId whose toString is not a function', '{"statusCode":400,"message":"m","traceId":{"toString":1,"valueOf":1}}', BadRequestError],
    ['a message list holding such objects', '{"statusCode":422,"message":[{"toString":1,"valueOf":1}],"error":"x"}', UnprocessableEntityError],
    ['a message object', '{"statusCode":400,"message":{"toString":1,"valueOf":1}}', BadRequestError],
    ['a __proto__ key', '{"__proto__":{"statusCode":400,"message":"polluted"},"statusCode":400,"message":"plain"}', BadRequestError],
    ['huge numbers', '{"statusCode":1e400,"message":"big","n":-1e400}', BadRequestError],
    ['a JSON string', '"just a string"', BadRequestError],
    ['an array', '[1,2,3]', BadRequestError],
    ['null', 'null', BadRequestError],
    ['a number', '42', BadRequestError],
  ] as const)('%s → its typed error', async (_name, text, Class) => {
    const { client } = clientAnswering(Class === UnprocessableEntityError ? 422 : 400, text);
    const error = await failure(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(Class);
    expect(({} as Record<string, unknown>).statusCode).toBeUndefined();
  });

  it('a traceId that is not a string is not reported as one', async () => {
    const { client } = clientAnswering(400, '{"statusCode":400,"message":"m","traceId":{"toString":1}}');
    const error = (await failure(client.conversations.get('c1'))) as ApiError;
    expect(error.traceId).toBeUndefined();
    expect(error.message).toContain('m');
  });
});

/** A valid call of every JSON-answering operation; the binary downloads and the no-body update are not here. */
const OPERATIONS: Record<string, (c: LeadwayClient) => Promise<unknown>> = {
  'conversations.search': (c) => c.conversations.search({ locationId: 'l1' }),
  'conversations.searchAll': (c) => c.conversations.searchAll({ locationId: 'l1' }).pages()[Symbol.asyncIterator]().next(),
  'conversations.get': (c) => c.conversations.get('c1'),
  'conversations.create': (c) => c.conversations.create({ locationId: 'l1', contactId: 'k1' }),
  'conversations.update': (c) => c.conversations.update('c1', { locationId: 'l1', starred: true }),
  'conversations.delete': (c) => c.conversations.delete('c1'),
  'messages.list': (c) => c.messages.list('c1'),
  'messages.listAll': (c) => c.messages.listAll('c1').pages()[Symbol.asyncIterator]().next(),
  'messages.get': (c) => c.messages.get('m1'),
  'messages.getEmail': (c) => c.messages.getEmail('e1'),
  'messages.export': (c) => c.messages.export({ locationId: 'l1' }),
  'messages.exportAll': (c) => c.messages.exportAll({ locationId: 'l1' }).pages()[Symbol.asyncIterator]().next(),
  'messages.send': (c) => c.messages.send({ type: 'SMS', contactId: 'k1', message: 'hi' }),
  'messages.addInbound': (c) => c.messages.addInbound({ type: 'SMS', conversationId: 'c1', contactId: 'k1', message: 'hi' } as never),
  'messages.addOutboundCall': (c) => c.messages.addOutboundCall({ conversationId: 'c1', conversationProviderId: 'p1' } as never),
  'messages.replyToReview': (c) => c.messages.replyToReview({ conversationId: 'c1', locationId: 'l1', message: 'thanks' }),
  'messages.cancelScheduled': (c) => c.messages.cancelScheduled('m1'),
  'messages.cancelScheduledEmail': (c) => c.messages.cancelScheduledEmail('e1'),
  'messages.updateStatus': (c) => c.messages.updateStatus('m1', { status: 'delivered' }),
  'messages.updateEmailStatus': (c) => c.messages.updateEmailStatus('e1', { status: 'clicked' }),
  'uploads.upload': (c) => c.uploads.upload({ conversationId: 'c1', contactId: 'k1', locationId: 'l1', files: [{ name: 'a.txt', data: new Uint8Array([1]) }] }),
  'uploads.initiate': (c) =>
    c.uploads.initiate({ locationId: 'l1', conversationId: 'c1', filename: 'a.png', contentType: 'image/png', channel: 'SMS' } as never),
  'uploads.complete': (c) => c.uploads.complete({ uploadId: 'u1', filePath: 'p/a.png', locationId: 'l1', conversationId: 'c1', filename: 'a.png' }),
  'calls.getTranscription': (c) => c.calls.getTranscription({ locationId: 'l1', messageId: 'm1' }),
  'liveChat.typing': (c) => c.liveChat.typing({ locationId: 'l1', conversationId: 'c1', visitorId: 'v1', isTyping: true }),
  'preferences.listCustomSubtypes': (c) => c.preferences.listCustomSubtypes({ locationId: 'l1' }),
  'preferences.createCustomSubtype': (c) =>
    c.preferences.createCustomSubtype({ locationId: 'l1' }, { name: 'News', channel: 'email', language: 'en' } as never),
  'preferences.updateCustomSubtype': (c) => c.preferences.updateCustomSubtype('s1', { locationId: 'l1' }, { name: 'News' }),
  'preferences.getUnsubscriptionStatus': (c) => c.preferences.getUnsubscriptionStatus({ locationId: 'l1', contactId: 'k1' }),
  'preferences.changeUserSubscription': (c) =>
    c.preferences.changeUserSubscription({
      locationId: 'l1',
      contactId: 'k1',
      email: 'a@b.c',
      subscription_action: { type: 'default', subtype_status: 'subscribed' },
    } as never),
};

describe('a 2xx body that is not the object the operation promises → MalformedResponseError (every operation)', () => {
  const bodies = ['null', '"a string"', '42', 'true', '[]'];
  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    // A transcript may be an empty list (a call nobody spoke in): it answers a list or an object.
    for (const text of name === 'calls.getTranscription' ? bodies.filter((b) => b !== '[]') : bodies) {
      const { client, requests } = clientAnswering(name.startsWith('messages.send') || name.includes('create') ? 201 : 200, text);
      const error = await failure(OPERATIONS[name]!(client));
      expect(error, `${name} answered ${text}`).toBeInstanceOf(MalformedResponseError);
      expect(requests).toHaveLength(1);
    }
  });

  it('every operation of the client is listed above, or is a download or answers no body', () => {
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch: async () => json(200, {}) });
    const names: string[] = [];
    for (const [group, value] of Object.entries(client)) {
      if (group === 'http' || typeof value !== 'object' || value === null) continue;
      for (const [name, member] of Object.entries(value)) if (typeof member === 'function') names.push(`${group}.${name}`);
    }
    const elsewhere = ['calls.getRecording', 'calls.downloadTranscription', 'messages.updateAttachments'];
    expect(names.filter((n) => !(n in OPERATIONS) && !elsewhere.includes(n))).toEqual([]);
  });
});

describe('items of a page and cursors are checked before the client uses them', () => {
  it('a search page holding null → MalformedResponseError, not a TypeError while finding the next cursor', async () => {
    const { client } = clientAnswering(200, '{"conversations":[null],"total":5}');
    const error = await failure(client.conversations.searchAll({ locationId: 'l1', limit: 1 }).pages()[Symbol.asyncIterator]().next());
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toContain('not an object');
  });

  it('a messages page holding a string → MalformedResponseError', async () => {
    const { client } = clientAnswering(200, '{"messages":{"messages":["x"],"nextPage":true,"lastMessageId":"m1"}}');
    expect(await failure(client.messages.list('c1'))).toBeInstanceOf(MalformedResponseError);
  });

  it('a transcript list holding null → MalformedResponseError', async () => {
    const { client } = clientAnswering(200, '[null]');
    expect(await failure(client.calls.getTranscription({ locationId: 'l1', messageId: 'm1' }))).toBeInstanceOf(MalformedResponseError);
  });

  it.each([
    [
      'an export cursor with a lone surrogate',
      (c: LeadwayClient) => c.messages.exportAll({ locationId: 'l1', limit: 10 }),
      '{"messages":[{"id":"m1"}],"nextCursor":"\\ud800x"}',
    ],
    [
      'a lastMessageId that is a number',
      (c: LeadwayClient) => c.messages.listAll('c1'),
      '{"messages":{"messages":[{"id":"m1"}],"nextPage":true,"lastMessageId":42}}',
    ],
    [
      'a lastMessageId holding a path',
      (c: LeadwayClient) => c.messages.listAll('c1'),
      '{"messages":{"messages":[{"id":"m1"}],"nextPage":true,"lastMessageId":"../../admin"}}',
    ],
    [
      'a lastMessageId with a lone surrogate',
      (c: LeadwayClient) => c.messages.listAll('c1'),
      '{"messages":{"messages":[{"id":"m1"}],"nextPage":true,"lastMessageId":"m\\udc00"}}',
    ],
    [
      'a search sort key holding an object',
      (c: LeadwayClient) => c.conversations.searchAll({ locationId: 'l1', limit: 1 }),
      '{"conversations":[{"id":"c1","sort":[{"toString":1}]}]}',
    ],
  ] as const)('%s → MalformedResponseError after the first page, no second request', async (_name, walk, text) => {
    const { client, requests } = clientAnswering(200, text);
    const error = await failure(
      (async () => {
        for await (const _ of walk(client).pages());
      })(),
    );
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(requests).toHaveLength(1);
  });

  it('a 2xx body with a __proto__ key is returned as data, its prototype untouched', async () => {
    const { client } = clientAnswering(200, '{"id":"c1","__proto__":{"polluted":true}}');
    const conversation = (await client.conversations.get('c1')) as unknown as Record<string, unknown>;
    expect(conversation.id).toBe('c1');
    expect(Object.getPrototypeOf(conversation)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
