import { describe, expect, it } from 'vitest';
import { createLeadwayClient } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const conversation = { id: 'c1', contactId: 'k1', locationId: 'l1', deleted: false, inbox: true, type: 0, unreadCount: 1 };

describe('what a call sends', () => {
  it('sends the bearer token and the default Version', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch });
    await client.conversations.get('c1');
    expect(requests[0]).toMatchObject({ method: 'GET' });
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
    expect(requests[0]!.headers.version).toBe('2021-07-28');
  });

  it('sends the chosen Version and base URL', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, version: '2021-04-15', baseUrl: 'http://127.0.0.1:9/api/' });
    await client.conversations.get('c1');
    expect(requests[0]!.url).toBe('http://127.0.0.1:9/api/conversations/c1');
    expect(requests[0]!.headers.version).toBe('2021-04-15');
  });

  it('asks a token provider on every request', async () => {
    let n = 0;
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: () => `token-${++n}`, fetch });
    await client.conversations.get('c1');
    await client.conversations.get('c1');
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('returns the typed conversation, undocumented type values included', async () => {
    const { fetch } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch });
    const got = await client.conversations.get('c1');
    expect(got.type).toBe(0);
    expect(got.unreadCount).toBe(1);
  });

  it('passes per-call headers (Prefer for the mock)', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, conversation));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch });
    await client.conversations.get('c1', { headers: { Prefer: 'code=200' } });
    expect(requests[0]!.headers.prefer).toBe('code=200');
  });
});
