import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../../src/index.js';
import { LOCATION, searchPath, statefulApi } from '../helpers/stateful-api.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ stateful: true });
});
afterAll(() => mock?.close());

const ids = (messages: Array<{ id: string }>) => messages.map((m) => m.id);

describe('stateful mode: messages', () => {
  it('a sent message is listed newest first and read by id; the conversation follows it', async () => {
    const api = statefulApi(mock.url, 'send');
    const conversationId = (await api('POST', '/conversations/', { locationId: LOCATION, contactId: 'sendContact' })).body.conversation.id;
    const sent: string[] = [];
    for (const text of ['one', 'two', 'three']) {
      const answer = await api('POST', '/conversations/messages', { type: 'SMS', contactId: 'sendContact', message: text });
      expect(answer.status).toBe(201);
      expect(answer.body.conversationId).toBe(conversationId);
      sent.push(answer.body.messageId);
    }
    const page = (await api('GET', `/conversations/${conversationId}/messages`)).body.messages;
    expect(ids(page.messages)).toEqual([...sent].reverse());
    expect(page.nextPage).toBe(false);
    const one = await api('GET', `/conversations/messages/${sent[2]}`);
    expect(one.body.message).toMatchObject({ id: sent[2], body: 'three', direction: 'outbound', messageType: 'TYPE_SMS', type: 2, conversationId });
    expect((await api('GET', '/conversations/messages/noSuchMessage')).status).toBe(404);

    const listed = (await api('GET', searchPath({ contactId: 'sendContact' }))).body.conversations[0];
    expect(listed).toMatchObject({ lastMessageBody: 'three', lastMessageType: 'TYPE_SMS', lastMessageDirection: 'outbound' });
    expect(listed.lastMessageDate).toBe(Date.parse(one.body.message.dateAdded));
  });

  it('pages a thread with lastMessageId and nextPage', async () => {
    const api = statefulApi(mock.url, 'paging');
    for (let i = 0; i < 3; i++) await api('POST', '/conversations/messages', { type: 'SMS', contactId: '9NkT25Vor1v4aQatFsv2', message: `m${i}` });
    const everything = ids((await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6/messages?limit=100')).body.messages.messages);
    const walked: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = (await api('GET', `/conversations/tDtDnQdgm2LXpyiqYvZ6/messages?limit=2${cursor ? `&lastMessageId=${cursor}` : ''}`)).body.messages;
      walked.push(...ids(page.messages));
      if (!page.nextPage) break;
      cursor = page.lastMessageId;
    }
    expect(walked).toEqual(everything);
    expect(new Set(walked).size).toBe(everything.length);
    expect(everything.length).toBeGreaterThan(4);
  });

  it('provider messages: inbound adds to the unread count, outbound calls are stored; status updates persist', async () => {
    const api = statefulApi(mock.url, 'provider');
    const before = (await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6')).body.unreadCount;
    const inbound = await api('POST', '/conversations/messages/inbound', {
      type: 'SMS',
      conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
      contactId: '9NkT25Vor1v4aQatFsv2',
      message: 'Is Tuesday still on?',
    });
    expect(inbound.status).toBe(201);
    const after = (await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6')).body;
    expect(after.unreadCount).toBe(before + 1);
    expect(after).toMatchObject({ lastMessageBody: 'Is Tuesday still on?', lastMessageDirection: 'inbound' });

    const call = await api('POST', '/conversations/messages/outbound', {
      type: 'Call',
      conversationId: 'tDtDnQdgm2LXpyiqYvZ6',
      conversationProviderId: 'providerX',
      call: { status: 'completed' },
    });
    expect(call.status).toBe(201);
    const newest = (await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6/messages?limit=2')).body.messages.messages;
    expect(ids(newest)).toEqual([call.body.messageId, inbound.body.messageId]);
    expect(newest[0]).toMatchObject({ messageType: 'TYPE_CALL', direction: 'outbound', type: 1 });

    expect((await api('PUT', `/conversations/messages/${inbound.body.messageId}/status`, { status: 'read' })).status).toBe(200);
    expect((await api('GET', `/conversations/messages/${inbound.body.messageId}`)).body.message.status).toBe('read');
    expect(
      (await api('POST', '/conversations/messages/inbound', { type: 'SMS', conversationId: 'noSuchConversation', contactId: 'c', message: 'x' })).status,
    ).toBe(404);
  });

  it('a scheduled send can be cancelled once; an upload answers URLs a later send attaches', async () => {
    const api = statefulApi(mock.url, 'schedule');
    const later = Math.floor(Date.now() / 1000) + 3600;
    const scheduled = (
      await api('POST', '/conversations/messages', { type: 'SMS', contactId: '9NkT25Vor1v4aQatFsv2', message: 'later', scheduledTimestamp: later })
    ).body;
    expect((await api('GET', `/conversations/messages/${scheduled.messageId}`)).body.message.status).toBe('scheduled');
    const cancelled = await api('DELETE', `/conversations/messages/${scheduled.messageId}/schedule`);
    expect(cancelled.body).toMatchObject({ status: 200 });
    expect((await api('GET', `/conversations/messages/${scheduled.messageId}`)).body.message.status).toBe('cancelled');
    expect((await api('DELETE', `/conversations/messages/${scheduled.messageId}/schedule`)).body).toMatchObject({ status: 404 });

    const form = new FormData();
    form.append('conversationId', 'tDtDnQdgm2LXpyiqYvZ6');
    form.append('contactId', '9NkT25Vor1v4aQatFsv2');
    form.append('locationId', LOCATION);
    form.append('fileAttachment', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'invoice.pdf');
    const upload = await fetch(`${mock.url}/conversations/messages/upload`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', Version: '2021-07-28', 'x-mock-store': 'schedule' },
      body: form,
    });
    expect(upload.status).toBe(200);
    const { uploadedFiles } = (await upload.json()) as { uploadedFiles: Record<string, string> };
    expect(Object.keys(uploadedFiles)).toEqual(['invoice.pdf']);
    const sent = (await api('POST', '/conversations/messages', { type: 'SMS', contactId: '9NkT25Vor1v4aQatFsv2', attachments: Object.values(uploadedFiles) }))
      .body;
    expect((await api('GET', `/conversations/messages/${sent.messageId}`)).body.message.attachments).toEqual([uploadedFiles['invoice.pdf']]);
  });
});
