import { describe, expect, it } from 'vitest';
import { conversationsResource, createLeadwayCore, InvalidInputError, messagesResource, NotFoundError } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const conversation = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 0, unreadCount: 2 };

describe('createLeadwayCore with single resource groups (the tree-shakeable form)', () => {
  it('a group built on the core sends the same request as the full client', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const conversations = conversationsResource(createLeadwayCore({ token: SECRET_TOKEN, fetch }));
    const got = await conversations.get('c1');
    expect(got.unreadCount).toBe(2);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://services.leadconnectorhq.com/conversations/c1');
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
    expect(requests[0]!.headers.version).toBe('2021-07-28');
  });

  it('checks options as createLeadwayClient does, before anything is sent', () => {
    expect(() => createLeadwayCore({ token: '' })).toThrow(InvalidInputError);
    expect(() => createLeadwayCore({ token: SECRET_TOKEN, baseUrl: 'not a url' })).toThrow(InvalidInputError);
    expect(() => createLeadwayCore(undefined as never)).toThrow(InvalidInputError);
  });

  it('keeps input checks and typed errors in each group', async () => {
    const { fetch, requests } = recordingFetch(() => json(404, { statusCode: 404, message: 'Conversation not found' }));
    const core = createLeadwayCore({ token: SECRET_TOKEN, fetch, retry: false });
    const conversations = conversationsResource(core);
    await expect(conversations.get('../x')).rejects.toBeInstanceOf(InvalidInputError);
    expect(requests).toHaveLength(0);
    await expect(conversations.get('missing')).rejects.toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(1);
  });

  it('one core serves several groups; client.messages reads and sends', () => {
    const core = createLeadwayCore({ token: SECRET_TOKEN });
    const messages = messagesResource(core);
    expect(typeof conversationsResource(core).get).toBe('function');
    expect(typeof messages.list).toBe('function');
    expect(typeof messages.send).toBe('function');
  });
});
