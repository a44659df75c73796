// A plain string and a plain async function keep working as before, and are never refreshed.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, createLeadwayClient, isRefreshableTokenProvider } from '../../src/index.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const CONVERSATION = { id: 'abc', contactId: 'c', locationId: 'l', deleted: false, inbox: true, type: 1, unreadCount: 0 };

describe('token sources', () => {
  it('a plain async function is asked per request and its token is sent', async () => {
    const { fetch, requests } = recordingFetch(() => json(200, CONVERSATION));
    let asked = 0;
    const client = createLeadwayClient({ token: async () => `${SECRET_TOKEN}-${++asked}`, baseUrl: 'http://127.0.0.1:9', fetch });
    await client.conversations.get('abc');
    await client.conversations.get('abc');
    expect(requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${SECRET_TOKEN}-1`, `Bearer ${SECRET_TOKEN}-2`]);
  });

  it('a 401 "Invalid JWT" with a static token or a plain function is not resent', async () => {
    for (const token of [SECRET_TOKEN, () => SECRET_TOKEN]) {
      const { fetch, requests } = recordingFetch(() => json(401, { statusCode: 401, message: 'Invalid JWT' }));
      const client = createLeadwayClient({ token, baseUrl: 'http://127.0.0.1:9', fetch });
      await expect(client.conversations.get('abc')).rejects.toBeInstanceOf(AuthenticationError);
      expect(requests).toHaveLength(1);
      expect(isRefreshableTokenProvider(token)).toBe(false);
    }
  });
});
