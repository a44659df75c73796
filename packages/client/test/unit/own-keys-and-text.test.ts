// Caller input: only an argument's own properties are checked and sent, and text that cannot be
// encoded (a lone UTF-16 surrogate) is refused before anything is sent (issue #14 items 9 and 11).
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, InvalidInputError, type LeadwayClient, LeadwayError } from '../../src/index.js';
import { isWellFormedText } from '../../src/validate.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

function setup(body: unknown = { id: 'c1', messageId: 'm1', conversations: [], messages: [], nextCursor: null }) {
  const recorder = recordingFetch(() => json(200, body));
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: false, pacing: false }) };
}

async function refused(promise: Promise<unknown> | (() => unknown)): Promise<InvalidInputError> {
  let error: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    error = e;
  }
  expect(error, `threw ${String(error)}`).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

/** An object whose `inherited` properties come through its prototype, `own` ones are its own. */
function withPrototype<T extends object>(inherited: Record<string, unknown>, own: Record<string, unknown>): T {
  return Object.assign(Object.create(inherited) as object, own) as T;
}

describe('isWellFormedText', () => {
  it.each([
    ['', true],
    ['plain', true],
    ['😀 pair', true],
    ['\ud800', false],
    ['a\udc00', false],
    ['\udc00\ud800', false],
    ['x\ud83d', false],
  ])('%j → %s', (text, ok) => {
    expect(isWellFormedText(text)).toBe(ok);
  });
});

describe('a lone surrogate in text that goes into a path or a query → InvalidInputError, nothing sent', () => {
  const LONE = 'ab\ud800cd';
  const cases: Array<[string, (c: LeadwayClient) => unknown]> = [
    ['conversations.get id', (c) => c.conversations.get(LONE)],
    ['conversations.delete id', (c) => c.conversations.delete(LONE)],
    ['conversations.search query', (c) => c.conversations.search({ locationId: 'l1', query: `name ${LONE}` })],
    ['conversations.search assignedTo', (c) => c.conversations.search({ locationId: 'l1', assignedTo: LONE })],
    ['conversations.search startAfterDate', (c) => c.conversations.search({ locationId: 'l1', startAfterDate: [1, LONE] })],
    ['conversations.searchAll query', (c) => c.conversations.searchAll({ locationId: 'l1', query: LONE })],
    ['messages.list id', (c) => c.messages.list(LONE)],
    ['messages.list lastMessageId', (c) => c.messages.list('c1', { lastMessageId: LONE })],
    ['messages.get id', (c) => c.messages.get('\udfffm1')],
    ['messages.getEmail id', (c) => c.messages.getEmail(LONE)],
    ['messages.export cursor', (c) => c.messages.export({ locationId: 'l1', cursor: LONE })],
    ['messages.export startDate', (c) => c.messages.export({ locationId: 'l1', startDate: `2026-01-01${LONE}` })],
    ['messages.cancelScheduled id', (c) => c.messages.cancelScheduled(LONE)],
    ['calls.getRecording messageId', (c) => c.calls.getRecording({ locationId: 'l1', messageId: LONE })],
    ['preferences.listCustomSubtypes locationId', (c) => c.preferences.listCustomSubtypes({ locationId: LONE })],
    ['preferences.getUnsubscriptionStatus email', (c) => c.preferences.getUnsubscriptionStatus({ locationId: 'l1', contactId: 'k1', email: `a${LONE}@b.c` })],
    ['messages.send message (body text)', (c) => c.messages.send({ type: 'SMS', contactId: 'k1', message: LONE })],
    ['messages.updateAttachments URL', (c) => c.messages.updateAttachments('m1', [`https://example.com/${LONE}`])],
  ];
  it.each(cases)('%s', async (_name, call) => {
    const { client, requests } = setup();
    const error = await refused(async () => call(client));
    expect(error.reason).toMatch(/well-formed|surrogate/);
    expect(requests).toHaveLength(0);
  });
});

describe('only own properties are checked and sent (prototype-inherited ones never are)', () => {
  it('an inherited query parameter is not sent', async () => {
    const { client, requests } = setup();
    await client.conversations.search(withPrototype({ query: 'inherited secret', status: 'unread' }, { locationId: 'l1' }));
    const url = new URL(requests[0]!.url);
    expect([...url.searchParams.keys()]).toEqual(['locationId']);
  });

  it('an inherited parameter of listAll and exportAll pages is not sent', async () => {
    const { client, requests } = setup();
    await client.messages
      .listAll('c1', withPrototype({ type: ['TYPE_SMS'] }, { limit: 5 }))
      .pages()
      [Symbol.asyncIterator]()
      .next();
    await client.messages
      .exportAll(withPrototype({ channel: 'SMS' }, { locationId: 'l1' }))
      .pages()
      [Symbol.asyncIterator]()
      .next();
    expect(requests.map((r) => new URL(r.url).search)).toEqual(['?limit=5', '?locationId=l1']);
  });

  it('a required field that is only inherited is missing: refused, nothing sent', async () => {
    const { client, requests } = setup();
    await refused(client.messages.send(withPrototype({ type: 'SMS' }, { contactId: 'k1', message: 'hi' })));
    await refused(client.calls.getRecording(withPrototype({ locationId: 'l1' }, { messageId: 'm1' })));
    await refused(client.conversations.create(withPrototype({ contactId: 'k1' }, { locationId: 'l1' })));
    await refused(client.liveChat.typing(withPrototype({ isTyping: true }, { locationId: 'l1', conversationId: 'c1', visitorId: 'v1' })));
    await refused(client.preferences.getUnsubscriptionStatus(withPrototype({ contactId: 'k1' }, { locationId: 'l1' })));
    expect(requests).toHaveLength(0);
  });

  it('an inherited nested field is not sent and does not pass the checks', async () => {
    const { client, requests } = setup({ ok: true });
    const action = withPrototype<Record<string, unknown>>({ subtype_status: 'subscribed' }, { type: 'default' });
    await refused(client.preferences.changeUserSubscription({ locationId: 'l1', contactId: 'k1', email: 'a@b.c', subscription_action: action } as never));
    expect(requests).toHaveLength(0);
  });

  it('a getter is read once: what was checked is what is sent', async () => {
    const { client, requests } = setup({ messageId: 'm1' });
    let reads = 0;
    const body = {
      type: 'SMS',
      message: 'hi',
      get contactId() {
        return reads++ === 0 ? 'k1' : '../../admin';
      },
    };
    await client.messages.send(body as never);
    expect(JSON.parse(requests[0]!.body)).toEqual({ type: 'SMS', message: 'hi', contactId: 'k1' });
    expect(reads).toBe(1);
  });

  it('a getter that throws, or a body that refers to itself → InvalidInputError, not a TypeError from serialising', async () => {
    const { client, requests } = setup({ messageId: 'm1' });
    const throwing = {
      type: 'SMS',
      contactId: 'k1',
      get message(): string {
        throw new TypeError('boom');
      },
    };
    await refused(client.messages.send(throwing as never));
    const circular: Record<string, unknown> = { type: 'Call', conversationId: 'c1', conversationProviderId: 'p1' };
    circular.call = circular;
    await refused(client.messages.addOutboundCall(circular as never));
    expect(requests).toHaveLength(0);
  });

  it('the caller’s object is not changed, and own properties still go as before', async () => {
    const { client, requests } = setup({ messageId: 'm1' });
    const body = { type: 'SMS' as const, contactId: 'k1', message: 'hi', attachments: ['https://example.com/a.png'] };
    const before = JSON.stringify(body);
    await client.messages.send(body);
    expect(JSON.stringify(body)).toBe(before);
    expect(JSON.parse(requests[0]!.body)).toEqual(body);
  });

  it('every refusal is a LeadwayError of kind invalid_input', async () => {
    const { client } = setup();
    const error = await refused(client.conversations.get('\ud800'));
    expect(LeadwayError.isLeadwayError(error)).toBe(true);
    expect(error.kind).toBe('invalid_input');
    expect(error.field).toBe('conversationId');
  });
});
