// A request that creates something is never sent twice: a 5xx, a 429 or a connection reset after
// it left may mean it was processed. Idempotent operations of the same resources are retried, which
// shows the retry machinery is on in these tests (so the "sent once" checks can fail).
import { describe, expect, it } from 'vitest';
import { ConnectionError, createLeadwayClient, type LeadwayClient, RateLimitError, ServerError } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 2, maxRetries: 3 };
const reset = () => new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
const pdf = { name: 'a.pdf', data: new Uint8Array([1, 2, 3]) };

const creates: Array<[string, (c: LeadwayClient) => Promise<unknown>]> = [
  ['messages.send', (c) => c.messages.send({ type: 'SMS', contactId: 'k1', message: 'hi' })],
  ['messages.addInbound', (c) => c.messages.addInbound({ type: 'SMS', conversationId: 'c1', contactId: 'k1', message: 'hi' })],
  ['messages.addOutboundCall', (c) => c.messages.addOutboundCall({ conversationId: 'c1', conversationProviderId: 'p1' })],
  ['messages.replyToReview', (c) => c.messages.replyToReview({ conversationId: 'c1', locationId: 'l1', message: 'thanks' })],
  ['uploads.upload', (c) => c.uploads.upload({ conversationId: 'c1', contactId: 'k1', locationId: 'l1', files: [pdf] })],
  ['uploads.initiate', (c) => c.uploads.initiate({ locationId: 'l1', conversationId: 'c1', filename: 'a.mp4', contentType: 'video/mp4', channel: 'SMS' })],
  ['uploads.complete', (c) => c.uploads.complete({ uploadId: 'u', filePath: 'p', locationId: 'l1', conversationId: 'c1', filename: 'a.mp4' })],
  ['preferences.createCustomSubtype', (c) => c.preferences.createCustomSubtype({ locationId: 'l1' }, { name: 'n', channel: 'sms', language: 'en' })],
  [
    'preferences.changeUserSubscription',
    (c) =>
      c.preferences.changeUserSubscription({
        locationId: 'l1',
        contactId: 'k1',
        email: 'a@b.co',
        subscription_action: { type: 'resub_all', subtype_status: 'subscribed' },
      }),
  ],
];

const idempotent: Array<[string, (c: LeadwayClient) => Promise<unknown>]> = [
  ['messages.cancelScheduled', (c) => c.messages.cancelScheduled('m1')],
  ['messages.cancelScheduledEmail', (c) => c.messages.cancelScheduledEmail('e1')],
  ['messages.updateStatus', (c) => c.messages.updateStatus('m1', { status: 'delivered' })],
  ['messages.updateAttachments', (c) => c.messages.updateAttachments('m1', ['https://x.test/a.mp3'])],
  ['calls.getTranscription', (c) => c.calls.getTranscription({ locationId: 'l1', messageId: 'm1' })],
  ['preferences.updateCustomSubtype', (c) => c.preferences.updateCustomSubtype('s1', { locationId: 'l1' }, { archived: true })],
];

function clientWith(answer: () => Response | Promise<Response>) {
  const recorder = recordingFetch(answer);
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: FAST, pacing: false }) };
}

describe('requests that create something are sent once', () => {
  it.each(creates)('%s: a 503 is thrown after one request', async (_name, call) => {
    const { client, requests } = clientWith(() => json(503, { statusCode: 503, message: 'unavailable' }));
    await expect(call(client)).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
  });

  it.each(creates)('%s: a 429 is thrown after one request', async (_name, call) => {
    const { client, requests } = clientWith(() => json(429, { statusCode: 429, message: 'slow down' }, { 'retry-after': '0' }));
    await expect(call(client)).rejects.toBeInstanceOf(RateLimitError);
    expect(requests).toHaveLength(1);
  });

  it.each(creates)('%s: a connection reset is thrown after one request', async (_name, call) => {
    const { client, requests } = clientWith(() => Promise.reject(reset()));
    await expect(call(client)).rejects.toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(1);
  });
});

describe('idempotent operations of the same resources are retried (the checks above can fail)', () => {
  it.each(idempotent)('%s: a 503 then a success is two requests', async (_name, call) => {
    let n = 0;
    const ok = { status: 200, message: 'ok', conversationId: 'c', messageId: 'm', subtype: {} };
    const { client, requests } = clientWith(() =>
      n++ === 0 ? json(503, { statusCode: 503, message: 'unavailable' }) : new Response(JSON.stringify(ok), { status: 200 }),
    );
    await call(client);
    expect(requests).toHaveLength(2);
  });
});
