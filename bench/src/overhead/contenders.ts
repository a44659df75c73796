import { HighLevel } from '@gohighlevel/api-client';
import { createLeadwayClient, type paths } from '@leadway/client';
import createClient from 'openapi-fetch';
import { inMemoryAxiosAdapter, inMemoryFetch } from './in-memory-fetch.js';

/** One way of making the same typed GET /conversations/{conversationId}. */
export interface Contender {
  name: string;
  /** Gets the conversation and returns its parsed body; throws on a non-2xx. */
  get(conversationId: string): Promise<unknown>;
}

/** Where a contender sends: a server's base URL, and optionally a fetch to use instead of the network. */
export interface Target {
  baseUrl: string;
  /** Replaces the network (the in-memory wrapper-cost mode). */
  inMemory?: boolean;
}

export const BENCH_TOKEN = 'bench-token';
const VERSION = '2021-07-28';

/** Plain fetch with the same two headers, checking the status and parsing JSON: the floor. */
export function rawFetch({ baseUrl, inMemory }: Target): Contender {
  const headers = { Authorization: `Bearer ${BENCH_TOKEN}`, Version: VERSION };
  const send = inMemory ? inMemoryFetch : fetch;
  return {
    name: 'raw fetch',
    async get(conversationId) {
      const response = await send(`${baseUrl}/conversations/${encodeURIComponent(conversationId)}`, { headers });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
  };
}

/** An openapi-fetch client on the generated `paths`, sending the token, to the target's server or in memory. */
function openapiFetchOn({ baseUrl, inMemory }: Target) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${BENCH_TOKEN}` }, ...(inMemory ? { fetch: inMemoryFetch } : {}) });
}

/** openapi-fetch on the same generated `paths` the client uses, with nothing around it: the baseline. */
export function bareOpenapiFetch(target: Target): Contender {
  const http = openapiFetchOn(target);
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

/** The name of {@link abortableOpenapiFetch}'s row, the floor the wrapper-cost table also measures against. */
export const ABORTABLE_FLOOR = 'openapi-fetch, abortable request';

/**
 * openapi-fetch given what any client must give a fetch that is to see aborts and never follow a
 * redirect on its own: a fresh AbortSignal per call and `redirect: 'manual'`. Both land on the
 * Request openapi-fetch builds, and on Node 20 an abortable Request costs a signal of its own linked
 * to its parent: this row is the floor of that design on the runtime measured.
 */
export function abortableOpenapiFetch(target: Target): Contender {
  const http = openapiFetchOn(target);
  return {
    name: ABORTABLE_FLOOR,
    async get(conversationId) {
      const { data, error, response } = await http.GET('/conversations/{conversationId}', {
        params: { path: { conversationId }, header: { Version: VERSION } },
        signal: new AbortController().signal,
        redirect: 'manual',
      });
      if (error !== undefined || data === undefined) throw new Error(`HTTP ${response.status}`);
      return data;
    },
  };
}

/** @leadway/client with its defaults: input checks, timeout and deadline, retries, pacing, typed errors. */
export function leadwayClient({ baseUrl, inMemory }: Target): Contender {
  const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl, ...(inMemory ? { fetch: inMemoryFetch } : {}) });
  return { name: '@leadway/client', get: (conversationId) => client.conversations.get(conversationId) };
}

/** The same without pacing, to show what the pacer's bookkeeping costs. */
export function leadwayClientUnpaced({ baseUrl, inMemory }: Target): Contender {
  const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl, pacing: false, ...(inMemory ? { fetch: inMemoryFetch } : {}) });
  return { name: '@leadway/client, pacing: false', get: (conversationId) => client.conversations.get(conversationId) };
}

/**
 * The official SDK. Its base URL is a private constant with no constructor option, but every
 * method spreads the caller's axios options last, so `{ baseURL }` on each call points it here
 * (and, in memory, `{ adapter }` replaces axios's network layer the same way).
 */
export function officialSdk({ baseUrl, inMemory }: Target): Contender {
  const ghl = new HighLevel({ privateIntegrationToken: BENCH_TOKEN, logLevel: 'error' });
  const options = inMemory ? { baseURL: baseUrl, adapter: inMemoryAxiosAdapter as never } : { baseURL: baseUrl };
  return {
    name: '@gohighlevel/api-client',
    get: (conversationId) => ghl.conversations.getConversation({ conversationId }, options),
  };
}

/** The contenders of the network overhead bench. */
export const CONTENDERS = [rawFetch, bareOpenapiFetch, leadwayClient, leadwayClientUnpaced, officialSdk];

/** The contenders of the in-memory wrapper-cost bench: the same, and the abortable floor. */
export const WRAPPER_CONTENDERS = [rawFetch, bareOpenapiFetch, abortableOpenapiFetch, leadwayClient, leadwayClientUnpaced, officialSdk];
