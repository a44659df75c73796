import { describe, expect, it } from 'vitest';
import { createLeadwayClient, InvalidInputError } from '../../src/index.js';
import { REFUSED_CALL_HEADERS } from '../../src/request-headers.js';
import { thrownBy } from '../helpers/failure-of.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const conversation = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0 };

function client() {
  const recorder = recordingFetch(() => json(200, conversation));
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch }) };
}

describe('a required body is checked before anything is sent', () => {
  // Every request body in the spec is required (the table leaves `required` out when it is true).
  it.each([
    ['messages.send', (c: ReturnType<typeof client>['client']) => c.messages.send(undefined as never)],
    ['conversations.update', (c: ReturnType<typeof client>['client']) => c.conversations.update('c1', undefined as never)],
  ])('%s refuses a missing body', async (_label, call) => {
    const { client: c, requests } = client();
    const error = await call(c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe('body');
    expect((error as InvalidInputError).message).toMatch(/is required/);
    expect(requests).toHaveLength(0);
  });
});

describe('conversation ids are checked before anything is sent', () => {
  const bad: Array<[string, unknown]> = [
    ['empty', ''],
    ['a slash', 'abc/def'],
    ['a dot-segment', '..'],
    ['a single dot', '.'],
    ['a query', 'abc?x=1'],
    ['a fragment', 'abc#x'],
    ['a newline', 'abc\ndef'],
    ['white space', ' abc'],
    ['too long', 'a'.repeat(129)],
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', { id: 'x' }],
  ];

  it.each(bad)('refuses %s', async (_label, id) => {
    const { client: c, requests } = client();
    const error = await c.conversations.get(id as string).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).kind).toBe('invalid_input');
    expect((error as InvalidInputError).field).toBe('conversationId');
    expect(requests).toHaveLength(0);
  });

  it('sends a plain id as one encoded path segment', async () => {
    const { client: c, requests } = client();
    await c.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://services.leadconnectorhq.com/conversations/tDtDnQdgm2LXpyiqYvZ6');
  });

  // The spec's ResourceId takes these (and so does the mock): the client sends them, each as one
  // encoded path segment that cannot change which path is requested.
  it.each([
    ['dots inside', 'a..b', '/conversations/a..b'],
    ['a backslash', 'abc\\def', '/conversations/abc%5Cdef'],
    ['a control character', 'abc\u0001', '/conversations/abc%01'],
    ['percent-encoding', '%2e%2e', '/conversations/%252e%252e'],
  ])('sends an id with %s as one encoded segment', async (_label, id, path) => {
    const { client: c, requests } = client();
    await c.conversations.get(id);
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe(path);
  });

  it('encodes characters that are legal in an id but not in a path', async () => {
    const { client: c, requests } = client();
    await c.conversations.get('a+bé');
    expect(new URL(requests[0]!.url).pathname).toBe('/conversations/a%2Bb%C3%A9');
  });
});

describe('client options are checked at creation', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['not a string', 123],
    ['with a newline', 'abc\ndef'],
  ])('refuses a token that is %s', (_label, token) => {
    expect(() => createLeadwayClient({ token: token as string })).toThrow(InvalidInputError);
  });

  it('refuses a token provider that returns nothing, without sending', async () => {
    const recorder = recordingFetch(() => json(200, conversation));
    const c = createLeadwayClient({ token: async () => '', fetch: recorder.fetch });
    await expect(c.conversations.get('abc')).rejects.toMatchObject({ kind: 'invalid_input', field: 'token' });
    expect(recorder.requests).toHaveLength(0);
  });

  it.each([
    ['not a URL', 'services.leadconnectorhq.com'],
    ['another protocol', 'ftp://example.test'],
    ['with a query', 'https://example.test/?a=1'],
    ['with credentials', 'https://user:pw@example.test'],
  ])('refuses a base URL that is %s', (_label, baseUrl) => {
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, baseUrl })).toThrow(InvalidInputError);
  });

  it('refuses an unsupported Version', () => {
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, version: '2020-01-01' as never })).toThrow(/version/);
  });

  it('never puts the token in the message', () => {
    const error = thrownBy(() => createLeadwayClient({ token: `${SECRET_TOKEN}\n` }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(JSON.stringify(error)).not.toContain(SECRET_TOKEN);
    expect(String(error)).not.toContain(SECRET_TOKEN);
  });

  it('refuses per-call headers that would override credentials', async () => {
    const { client: c, requests } = client();
    await expect(c.conversations.get('abc', { headers: { authorization: 'Bearer other' } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(c.conversations.get('abc', { headers: { Version: '2021-04-15' } })).rejects.toBeInstanceOf(InvalidInputError);
    expect(requests).toHaveLength(0);
  });

  it.each([...REFUSED_CALL_HEADERS, 'Transfer-Encoding', 'Content-Length', 'Expect', 'HOST', 'Proxy-Authorization', 'proxy-connection'])(
    'refuses the connection or framing header %s per call, before sending (issue #14 item 12)',
    async (name) => {
      const { client: c, requests } = client();
      const error = await c.conversations.get('abc', { headers: { [name]: 'x' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe('headers');
      expect((error as InvalidInputError).reason).toContain(name);
      expect(requests).toHaveLength(0);
    },
  );

  it('still sends ordinary per-call headers, and only the own properties of the headers object', async () => {
    const { client: c, requests } = client();
    const headers = Object.create({ 'X-Inherited': 'from the prototype' }) as Record<string, string>;
    headers['X-Trace'] = 't1';
    headers.Prefer = 'code=200';
    await c.conversations.get('abc', { headers });
    expect(requests[0]!.headers['x-trace']).toBe('t1');
    expect(requests[0]!.headers.prefer).toBe('code=200');
    expect(requests[0]!.headers['x-inherited']).toBeUndefined();
  });
});
