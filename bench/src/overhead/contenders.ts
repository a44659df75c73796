import { HighLevel } from '@gohighlevel/api-client';
import { createLeadwayClient, type paths } from '@leadway/client';
import createClient from 'openapi-fetch';

/** One way of making the same typed GET /conversations/{conversationId}. */
export interface Contender {
  name: string;
  /** Gets the conversation and returns its parsed body; throws on a non-2xx. */
  get(conversationId: string): Promise<unknown>;
}

export const BENCH_TOKEN = 'pit-00000000-0000-4000-8000-000000000000';
const VERSION = '2021-07-28';

/** Plain fetch with the same two headers, checking the status and parsing JSON: the floor. */
export function rawFetch(baseUrl: string): Contender {
  const headers = { Authorization: `Bearer ${BENCH_TOKEN}`, Version: VERSION };
  return {
    name: 'raw fetch',
    async get(conversationId) {
      const response = await fetch(`${baseUrl}/conversations/${encodeURIComponent(conversationId)}`, { headers });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
  };
}

/** openapi-fetch on the same generated `paths` the client uses, with nothing around it: the baseline. */
export function bareOpenapiFetch(baseUrl: string): Contender {
  const http = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${BENCH_TOKEN}` } });
  return {
    name: 'openapi-fetch',
    async get(conversationId) {
      const { data, error, response } = await http.GET('/conversations/{conversationId}', {
        params: { path: { conversationId }, header: { Version: VERSION } },
      });
      if (error !== undefined || data === undefined) throw new Error(`HTTP ${response.status}`);
      return data;
    },
  };
}

/** @leadway/client with its defaults: input checks, timeout and deadline, retries, pacing, typed errors. */
export function leadwayClient(baseUrl: string): Contender {
  const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl });
  return { name: '@leadway/client', get: (conversationId) => client.conversations.get(conversationId) };
}

/** The same without pacing, to show what the pacer's bookkeeping costs. */
export function leadwayClientUnpaced(baseUrl: string): Contender {
  const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl, pacing: false });
  return { name: '@leadway/client, pacing: false', get: (conversationId) => client.conversations.get(conversationId) };
}

/**
 * The official SDK. Its base URL is a private constant with no constructor option, but every
 * method spreads the caller's axios options last, so `{ baseURL }` on each call points it here.
 */
export function officialSdk(baseUrl: string): Contender {
  const ghl = new HighLevel({ privateIntegrationToken: BENCH_TOKEN, logLevel: 'error' });
  return {
    name: '@gohighlevel/api-client',
    get: (conversationId) => ghl.conversations.getConversation({ conversationId }, { baseURL: baseUrl }),
  };
}

export const CONTENDERS = [rawFetch, bareOpenapiFetch, leadwayClient, leadwayClientUnpaced, officialSdk];
