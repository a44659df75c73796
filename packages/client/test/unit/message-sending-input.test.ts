// Input checks of the part-B operations: bad input is an InvalidInputError naming the field, and
// nothing is sent. Each case starts from a valid call and breaks one thing.
import { describe, expect, it } from 'vitest';
import { createLeadwayClient, InvalidInputError, type LeadwayClient } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

function setup() {
  const recorder = recordingFetch(() => json(200, { conversationId: 'c', messageId: 'm', success: true, message: 'ok', status: 200 }));
  return { ...recorder, client: createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch }) };
}

async function expectRefused(call: (client: LeadwayClient) => Promise<unknown>, field: string | RegExp) {
  const { client, requests } = setup();
  const error = await call(client).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInputError);
  if (typeof field === 'string') expect((error as InvalidInputError).field).toBe(field);
  else expect((error as InvalidInputError).field).toMatch(field);
  expect(requests).toHaveLength(0);
  return error as InvalidInputError;
}

const sms = { type: 'SMS' as const, contactId: 'abc4EPM428kjkvShlRW1K', message: 'Hi' };
const url = 'https://example.com/a.png';
/** An initiateUpload body but for its channel and size. */
const video = { locationId: 'l', conversationId: 'c', filename: 'a.mp4', contentType: 'video/mp4' };

describe('messages.send refuses bad input before sending', () => {
  it.each<[string, Record<string, unknown>, string | RegExp]>([
    ['no body', null as never, 'body'],
    ['an unknown channel', { ...sms, type: 'Fax' }, 'body.type'],
    ['a lower-case channel', { ...sms, type: 'sms' }, 'body.type'],
    ['no type', { contactId: 'abc', message: 'x' }, 'body.type'],
    ['no contactId', { type: 'SMS', message: 'x' }, 'body.contactId'],
    ['a contactId with a slash', { ...sms, contactId: 'a/b' }, 'body.contactId'],
    ['no content at all', { type: 'SMS', contactId: 'abc' }, 'body'],
    ['only blank content', { type: 'SMS', contactId: 'abc', message: '   ' }, 'body'],
    ['a Custom send without its provider', { ...sms, type: 'Custom' }, 'body.conversationProviderId'],
    ['a status outside the four', { ...sms, status: 'sent' }, 'body.status'],
    ['attachments that are not URLs', { ...sms, attachments: ['invoice.pdf'] }, 'body.attachments[0]'],
    ['attachments that are not a list', { ...sms, attachments: url }, 'body.attachments'],
    ['a scheduledTimestamp in milliseconds', { ...sms, scheduledTimestamp: 1767225600000 }, 'body.scheduledTimestamp'],
    ['a fractional scheduledTimestamp', { ...sms, scheduledTimestamp: 1767225600.5 }, 'body.scheduledTimestamp'],
    ['a scheduledTimestamp as a string', { ...sms, scheduledTimestamp: '1767225600' }, 'body.scheduledTimestamp'],
  ])('refuses %s', async (_label, body, field) => {
    await expectRefused((c) => c.messages.send(body as never), field);
  });

  it('says why a millisecond timestamp is refused', async () => {
    const error = await expectRefused((c) => c.messages.send({ ...sms, scheduledTimestamp: Date.UTC(2026, 0, 1) }), 'body.scheduledTimestamp');
    expect(error.message).toMatch(/milliseconds.*seconds/);
  });

  it.each([
    ['html only', { type: 'Email', contactId: 'abc', html: '<p>x</p>' }],
    ['attachments only', { type: 'SMS', contactId: 'abc', attachments: [url] }],
    ['a template', { type: 'Email', contactId: 'abc', templateId: 't1' }],
    ['seconds', { ...sms, scheduledTimestamp: 1767225600 }],
  ])('sends a valid message with %s, once, as JSON', async (_label, body) => {
    const { client, requests } = setup();
    await client.messages.send(body as never);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('POST');
    expect(new URL(requests[0]!.url).pathname).toBe('/conversations/messages');
    expect(JSON.parse(requests[0]!.body)).toEqual(body);
  });
});

describe('other message operations refuse bad input before sending', () => {
  const inbound = { type: 'SMS' as const, conversationId: 'c1', contactId: 'k1', message: 'x' };
  it.each<[string, (c: LeadwayClient) => Promise<unknown>, string]>([
    ['inbound: unknown type', (c) => c.messages.addInbound({ ...inbound, type: 'Pigeon' as never }), 'body.type'],
    [
      'inbound: Custom without conversationProviderId (#17: 201, nothing stored)',
      (c) => c.messages.addInbound({ ...inbound, type: 'Custom' }),
      'body.conversationProviderId',
    ],
    ['inbound: direction as an object (#24)', (c) => c.messages.addInbound({ ...inbound, direction: { value: 'inbound' } as never }), 'body.direction'],
    ['inbound: no conversationId', (c) => c.messages.addInbound({ ...inbound, conversationId: undefined as never }), 'body.conversationId'],
    ['outbound call: no provider', (c) => c.messages.addOutboundCall({ conversationId: 'c1' } as never), 'body.conversationProviderId'],
    ['outbound call: type SMS', (c) => c.messages.addOutboundCall({ type: 'SMS' as never, conversationId: 'c1', conversationProviderId: 'p1' }), 'body.type'],
    ['review reply: empty message', (c) => c.messages.replyToReview({ conversationId: 'c1', locationId: 'l1', message: '' }), 'body.message'],
    ['review reply: no locationId', (c) => c.messages.replyToReview({ conversationId: 'c1', message: 'x' } as never), 'body.locationId'],
    ['cancel: a path-changing id', (c) => c.messages.cancelScheduled('../x'), 'messageId'],
    ['cancel email: empty id', (c) => c.messages.cancelScheduledEmail(''), 'emailMessageId'],
    ['status: unknown status', (c) => c.messages.updateStatus('m1', { status: 'sent' as never }), 'body.status'],
    ['status: bad id', (c) => c.messages.updateStatus('m 1', { status: 'read' }), 'messageId'],
    ['attachments: none', (c) => c.messages.updateAttachments('m1', []), 'body.attachments'],
    ['attachments: six (max 5)', (c) => c.messages.updateAttachments('m1', Array(6).fill(url)), 'body.attachments'],
    ['attachments: not a URL', (c) => c.messages.updateAttachments('m1', ['a.mp3']), 'body.attachments[0]'],
    [
      'typing: isTyping as a word the spec does not take',
      (c) => c.liveChat.typing({ locationId: 'l', conversationId: 'c', visitorId: 'v', isTyping: 'yes' as never }),
      'body.isTyping',
    ],
    ['typing: no visitorId', (c) => c.liveChat.typing({ locationId: 'l', conversationId: 'c', isTyping: true } as never), 'body.visitorId'],
    ['recording: index 2', (c) => c.calls.getRecording({ locationId: 'l', messageId: 'm', index: 2 as never }), 'params.index'],
    ['recording: no locationId', (c) => c.calls.getRecording({ messageId: 'm' } as never), 'locationId'],
    ['transcription: bad id', (c) => c.calls.getTranscription({ locationId: 'l', messageId: 'a?b' }), 'messageId'],
    ['download: no ref', (c) => c.calls.downloadTranscription(undefined as never), 'ref'],
    ['initiate: over 5 MB on SMS', (c) => c.uploads.initiate({ ...video, channel: 'SMS', fileSize: 5 * 1024 * 1024 + 1 }), 'body.fileSize'],
    ['initiate: over 100 MB on WhatsApp', (c) => c.uploads.initiate({ ...video, channel: 'WHATSAPP', fileSize: 100 * 1024 * 1024 + 1 }), 'body.fileSize'],
    ['initiate: no channel', (c) => c.uploads.initiate(video as never), 'body.channel'],
    ['complete: no uploadId', (c) => c.uploads.complete({ filePath: 'p', locationId: 'l', conversationId: 'c', filename: 'a.mp4' } as never), 'body.uploadId'],
    [
      'subtype: name over 100',
      (c) => c.preferences.createCustomSubtype({ locationId: 'l' }, { name: 'n'.repeat(101), channel: 'email', language: 'en' }),
      'body.name',
    ],
    [
      'subtype: channel push',
      (c) => c.preferences.createCustomSubtype({ locationId: 'l' }, { name: 'n', channel: 'push' as never, language: 'en' }),
      'body.channel',
    ],
    ['subtype update: nothing to change', (c) => c.preferences.updateCustomSubtype('s', { locationId: 'l' }, {}), 'body'],
    ['subtype update: bad id', (c) => c.preferences.updateCustomSubtype('s/1', { locationId: 'l' }, { archived: true }), 'id'],
    ['list subtypes: no location', (c) => c.preferences.listCustomSubtypes({} as never), 'params.locationId'],
    ['status: no contactId', (c) => c.preferences.getUnsubscriptionStatus({ locationId: 'l' } as never), 'params.contactId'],
    [
      'user-change: custom without subtype_id',
      (c) =>
        c.preferences.changeUserSubscription({
          locationId: 'l',
          contactId: 'k',
          email: 'a@b.co',
          subscription_action: { type: 'custom', subtype_status: 'subscribed' },
        }),
      'body.subscription_action.subtype_id',
    ],
    [
      'user-change: unknown status',
      (c) =>
        c.preferences.changeUserSubscription({
          locationId: 'l',
          contactId: 'k',
          email: 'a@b.co',
          subscription_action: { type: 'default', subtype_status: 'maybe' as never },
        }),
      'body.subscription_action.subtype_status',
    ],
  ])('%s', async (_label, call, field) => {
    await expectRefused(call, field);
  });

  it.each<[string, (c: LeadwayClient) => Promise<unknown>, string]>([
    ['send', (c) => c.messages.send({ ...sms, subjet: 'typo' } as never), 'body.subjet'],
    ['inbound', (c) => c.messages.addInbound({ ...inbound, providerId: 'p' } as never), 'body.providerId'],
    ['outbound call', (c) => c.messages.addOutboundCall({ conversationId: 'c', conversationProviderId: 'p', to: '+1' } as never), 'body.to'],
    ['review reply', (c) => c.messages.replyToReview({ conversationId: 'c', locationId: 'l', message: 'x', rating: 5 } as never), 'body.rating'],
    ['update status', (c) => c.messages.updateStatus('m1', { status: 'read', reason: 'x' } as never), 'body.reason'],
    ['upload', (c) => c.uploads.upload({ conversationId: 'c', contactId: 'k', locationId: 'l', files: [], file: 'x' } as never), 'input.file'],
    [
      'initiate',
      (c) => c.uploads.initiate({ locationId: 'l', conversationId: 'c', filename: 'a.mp4', contentType: 'video/mp4', channel: 'SMS', size: 1 } as never),
      'body.size',
    ],
    [
      'complete',
      (c) => c.uploads.complete({ uploadId: 'u', filePath: 'p', locationId: 'l', conversationId: 'c', filename: 'a', url: 'x' } as never),
      'body.url',
    ],
    [
      'create subtype',
      (c) => c.preferences.createCustomSubtype({ locationId: 'l' }, { name: 'n', channel: 'sms', language: 'en', locationId: 'l' } as never),
      'body.locationId',
    ],
    ['update subtype', (c) => c.preferences.updateCustomSubtype('s', { locationId: 'l' }, { archive: true } as never), 'body.archive'],
    [
      'user change',
      (c) =>
        c.preferences.changeUserSubscription({
          locationId: 'l',
          contactId: 'k',
          email: 'a@b.co',
          subscription_action: { type: 'default', subtype_status: 'subscribed', subtypeId: 'x' },
        } as never),
      'body.subscription_action.subtypeId',
    ],
  ])('%s: refuses a property the spec does not define (the API answers 422 "should not exist")', async (_label, call, field) => {
    await expectRefused(call, field);
  });

  it('accepts WhatsApp files up to 100 MB and others up to 5 MB', async () => {
    const { client, requests } = setup();
    const base = { locationId: 'l', conversationId: 'c', filename: 'a.mp4', contentType: 'video/mp4' };
    await client.uploads.initiate({ ...base, channel: 'WHATSAPP', fileSize: 100 * 1024 * 1024 }).catch(() => undefined);
    await client.uploads.initiate({ ...base, channel: 'SMS', fileSize: 5 * 1024 * 1024 }).catch(() => undefined);
    expect(requests).toHaveLength(2);
  });

  it('outbound call fills in type Call', async () => {
    const { client, requests } = setup();
    await client.messages.addOutboundCall({ conversationId: 'c1', conversationProviderId: 'p1' });
    expect(JSON.parse(requests[0]!.body)).toEqual({ conversationId: 'c1', conversationProviderId: 'p1', type: 'Call' });
  });

  it('typing sends isTyping as a boolean', async () => {
    const { client, requests } = setup();
    await client.liveChat.typing({ locationId: 'l', conversationId: 'c', visitorId: 'v', isTyping: false });
    expect(JSON.parse(requests[0]!.body)).toEqual({ locationId: 'l', conversationId: 'c', visitorId: 'v', isTyping: false });
  });
});
