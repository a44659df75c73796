import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../../src/index.js';
import { LOCATION, searchPath, statefulApi } from '../helpers/stateful-api.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ stateful: true });
});
afterAll(() => mock?.close());

describe('stateful mode: conversations', () => {
  it('a created conversation is searchable and readable; a second create for the contact is refused as the API refuses it', async () => {
    const api = statefulApi(mock.url, 'create');
    const created = await api('POST', '/conversations/', { locationId: LOCATION, contactId: 'contactCreate1' });
    expect(created.status).toBe(201);
    const id = created.body.conversation.id as string;
    expect(created.body.conversation).toMatchObject({ contactId: 'contactCreate1', locationId: LOCATION, deleted: false });

    const found = await api('GET', searchPath({ contactId: 'contactCreate1' }));
    expect(found.body.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(found.body.total).toBe(1);
    const read = await api('GET', `/conversations/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, contactId: 'contactCreate1', unreadCount: 0 });

    const again = await api('POST', '/conversations/', { locationId: LOCATION, contactId: 'contactCreate1' });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ statusCode: 400, message: 'Conversation with the contact id:contactCreate1 already exists!', error: 'Bad Request' });
  });

  it('an update persists (unreadCount, starred, feedback); a delete makes later reads 404', async () => {
    const api = statefulApi(mock.url, 'update');
    const updated = await api('PUT', '/conversations/tDtDnQdgm2LXpyiqYvZ6', {
      locationId: LOCATION,
      unreadCount: 0,
      starred: true,
      feedback: { rating: 'good' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.conversation).toMatchObject({ unreadCount: 0, starred: true });
    const read = await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6');
    expect(read.body).toMatchObject({ unreadCount: 0, starred: true, feedback: { rating: 'good' } });
    expect((await api('GET', searchPath({ status: 'starred' }))).body.conversations.map((c: { id: string }) => c.id)).toEqual(['tDtDnQdgm2LXpyiqYvZ6']);

    expect((await api('DELETE', '/conversations/tDtDnQdgm2LXpyiqYvZ6')).status).toBe(200);
    const gone = await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6');
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ statusCode: 404 });
    expect((await api('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6/messages')).status).toBe(404);
    expect((await api('PUT', '/conversations/tDtDnQdgm2LXpyiqYvZ6', { locationId: LOCATION, starred: false })).status).toBe(404);
    expect((await api('GET', searchPath({ id: 'tDtDnQdgm2LXpyiqYvZ6' }))).body.total).toBe(0);
  });

  it('search filters (status, query, assignedTo), sorts and pages with startAfterDate over the stored data', async () => {
    const api = statefulApi(mock.url, 'search');
    const ids: string[] = [];
    for (const contact of ['pageA', 'pageB', 'pageC']) {
      ids.push((await api('POST', '/conversations/', { locationId: LOCATION, contactId: contact })).body.conversation.id);
    }
    // The seed's two conversations are older than the three just made (newest first by default).
    const all = (await api('GET', searchPath())).body;
    expect(all.total).toBe(5);
    expect(all.conversations.slice(0, 3).map((c: { id: string }) => c.id)).toEqual([...ids].reverse());

    const walked: string[] = [];
    let cursor: number | undefined;
    for (let page = 0; page < 5; page++) {
      const body = (await api('GET', searchPath({ limit: '2', ...(cursor !== undefined ? { startAfterDate: String(cursor) } : {}) }))).body;
      walked.push(...body.conversations.map((c: { id: string }) => c.id));
      if (body.conversations.length < 2) break;
      cursor = body.conversations.at(-1).sort[0];
    }
    expect(walked).toEqual(all.conversations.map((c: { id: string }) => c.id));

    const ascending = (await api('GET', searchPath({ sort: 'asc' }))).body.conversations.map((c: { id: string }) => c.id);
    expect(ascending).toEqual([...walked].reverse());
    expect((await api('GET', searchPath({ status: 'unread' }))).body.conversations.map((c: { id: string }) => c.id)).toEqual(['tDtDnQdgm2LXpyiqYvZ6']);
    expect((await api('GET', searchPath({ status: 'read' }))).body.total).toBe(4);
    expect((await api('GET', searchPath({ query: 'lopez' }))).body.conversations.map((c: { fullName: string }) => c.fullName)).toEqual(['Maria Lopez']);
    expect((await api('GET', searchPath({ assignedTo: 'unassigned' }))).body.total).toBe(5);
    expect((await api('GET', searchPath({ assignedTo: 'someUser' }))).body.total).toBe(0);
    expect((await api('GET', '/conversations/search?locationId=anotherLocation')).body.total).toBe(0);
  });
});
