// The response-size limit against a real server: a body far larger than the limit (chunked, no
// Content-Length) and a gzip bomb are stopped while they stream, as a typed error, and the server
// sees the connection closed long before the end. Evidence is bytes counted, never memory or time.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createLeadwayClient,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  DEFAULT_MAX_RESPONSE_BYTES,
  InvalidInputError,
  type LeadwayClientOptions,
  ResponseTooLargeError,
  type TransportEvent,
} from '../../src/index.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';
import { exposedText } from './expose.js';
import { hostileClient } from './hostile-client.js';
import { gzipBomb, type HostileServer, hostileServers, hugeBody, json } from './hostile-server.js';

const KIB = 1024;
const MIB = 1024 * KIB;
const LIMIT = 64 * KIB;
const HUGE = 200 * MIB;
const BOMB = 400 * MIB;

const serve = hostileServers();

/** A client on `server` that refuses an answer over LIMIT. */
const clientFor = (server: HostileServer, events: TransportEvent[], options: Partial<LeadwayClientOptions> = {}) =>
  hostileClient(server, events, { maxResponseBytes: LIMIT, ...options });

/** A fetch that counts the decoded bytes the client actually pulled from each answer's body. */
function countingFetch() {
  const pulled: number[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const response = await globalThis.fetch(request);
    const index = pulled.push(0) - 1;
    const counted = response.body!.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled[index]! += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch, pulled };
}

function expectTooLarge(error: unknown, events: TransportEvent[], status = 200) {
  expect(error).toBeInstanceOf(ResponseTooLargeError);
  expect(error).toMatchObject({
    kind: 'response_too_large',
    status,
    limitBytes: LIMIT,
    method: 'GET',
    path: '/conversations/c1',
    operation: 'getConversation',
  });
  for (const text of exposedText(error, events)) expect(text).not.toContain(SECRET_TOKEN);
}

describe('response size: a body larger than maxResponseBytes is stopped while it streams', () => {
  it('200 MB chunked JSON (no Content-Length) → ResponseTooLargeError; the server saw the connection closed early; not retried', async () => {
    const events: TransportEvent[] = [];
    const api = await serve(hugeBody(HUGE));
    const error = await clientFor(api, events)
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expectTooLarge(error, events);
    const report = await api.streamEnded(0);
    expect(report.closedEarly).toBe(true);
    // Socket buffers take a few MB at most: nowhere near the 200 MB the server had to send.
    expect(report.written).toBeLessThan(HUGE / 4);
    expect(api.requests).toHaveLength(1);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
  });

  it('a gzip bomb (400 MB of zeros, about 400 KB on the wire) → ResponseTooLargeError after reading just past the limit', async () => {
    const events: TransportEvent[] = [];
    const api = await serve(gzipBomb(BOMB));
    const counting = countingFetch();
    const error = await clientFor(api, events, { fetch: counting.fetch })
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expectTooLarge(error, events);
    // Counted on the decoded bytes: the client pulled the limit and at most a chunk or two more.
    expect(counting.pulled).toHaveLength(1);
    expect(counting.pulled[0]).toBeGreaterThan(LIMIT);
    expect(counting.pulled[0]).toBeLessThan(LIMIT + MIB);
    expect((await api.streamEnded(0)).closedEarly).toBe(true);
  });

  it('an error answer is limited too: a 500 with a huge body → ResponseTooLargeError, not a buffered ServerError', async () => {
    const events: TransportEvent[] = [];
    const api = await serve(hugeBody(HUGE, 500));
    const error = await clientFor(api, events, { retry: false })
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expectTooLarge(error, events, 500);
    expect((await api.streamEnded(0)).closedEarly).toBe(true);
  });

  it('a Content-Length above the limit is refused before the body is read', async () => {
    const events: TransportEvent[] = [];
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(LIMIT * 2) });
      res.end(`"${'x'.repeat(LIMIT * 2 - 2)}"`);
    });
    const counting = countingFetch();
    const error = await clientFor(api, events, { fetch: counting.fetch })
      .conversations.get('c1')
      .catch((e: unknown) => e);
    expectTooLarge(error, events);
    expect(counting.pulled).toEqual([0]);
  });

  it('a compressed answer whose Content-Length (bytes on the wire) is above the limit, but whose decoded body is within it, is read', async () => {
    const conversation = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0, padding: '' };
    conversation.padding = 'p'.repeat(LIMIT - JSON.stringify(conversation).length);
    const decoded = Buffer.from(JSON.stringify(conversation));
    // Stored, not compressed: the gzip framing makes the wire bytes a little larger than the decoded ones.
    const wire = gzipSync(decoded, { level: 0 });
    expect(decoded.length).toBe(LIMIT);
    expect(wire.length).toBeGreaterThan(LIMIT);
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(wire.length) });
      res.end(wire);
    });
    await expect(clientFor(api, []).conversations.get('c1')).resolves.toMatchObject({ id: 'c1', padding: conversation.padding });
  });

  it('a per-call maxResponseBytes overrides the client limit for that call', async () => {
    const big = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 1, unreadCount: 0, padding: 'p'.repeat(2 * LIMIT) };
    const api = await serve(json(200, big));
    const client = clientFor(api, []);
    await expect(client.conversations.get('c1')).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(client.conversations.get('c1', { maxResponseBytes: 4 * LIMIT })).resolves.toMatchObject({ id: 'c1' });
  });

  it('file downloads use maxDownloadBytes: a recording larger than maxResponseBytes is read whole', async () => {
    const audio = Buffer.alloc(4 * LIMIT, 7);
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/x-wav' });
      res.end(audio);
    });
    const client = clientFor(api, [], { maxDownloadBytes: 8 * LIMIT });
    const file = await client.calls.getRecording({ locationId: 'l1', messageId: 'm1' });
    expect(file.data.byteLength).toBe(audio.length);
    const small = clientFor(api, [], { maxDownloadBytes: 2 * LIMIT });
    await expect(small.calls.getRecording({ locationId: 'l1', messageId: 'm1' })).rejects.toMatchObject({ kind: 'response_too_large', limitBytes: 2 * LIMIT });
  });

  it('documents its defaults: 32 MiB for answers, 256 MiB for file downloads', () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MIB);
    expect(DEFAULT_MAX_DOWNLOAD_BYTES).toBe(256 * MIB);
  });

  it.each([0, -1, 1.5, Number.NaN, '1000'])('refuses maxResponseBytes %s, as a client and as a call option', async (value) => {
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, maxResponseBytes: value as never })).toThrow(InvalidInputError);
    expect(() => createLeadwayClient({ token: SECRET_TOKEN, maxDownloadBytes: value as never })).toThrow(InvalidInputError);
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch: () => Promise.reject(new Error('not sent')) });
    await expect(client.conversations.get('c1', { maxResponseBytes: value as never })).rejects.toMatchObject({
      kind: 'invalid_input',
      field: 'maxResponseBytes',
    });
  });
});
