import { HighLevel } from '@gohighlevel/api-client';
import { createLeadwayClient, type LeadwayClientOptions } from '@leadway/client';
import { BENCH_TOKEN } from '../overhead/contenders.js';

/** Pages through every conversation of a location; returns how many it saw. */
export interface Walker {
  name: string;
  walk(baseUrl: string, limits: WalkLimits): Promise<number>;
}

export interface WalkLimits {
  pageSize: number;
  /** Stops after this many pages whatever happens, so a broken cursor cannot loop for ever. */
  maxPages: number;
  /** Stops once this much time has passed. @unit milliseconds */
  maxMs: number;
}

const LOCATION_ID = 've9EPM428kjkvShlRW1KT';

/**
 * @leadway/client through its lowest-level typed call, `client.http.GET('/conversations/search')`
 * (no search iterator in the client yet), which goes through the client's transport: pacing,
 * retries, deadline.
 */
function leadwayWalker(name: string, options: Partial<LeadwayClientOptions>): Walker {
  return {
    name,
    async walk(baseUrl, limits) {
      const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl, ...options });
      const started = Date.now();
      let seen = 0;
      let startAfterDate: number | undefined;
      for (let page = 0; page < limits.maxPages && Date.now() - started < limits.maxMs; page++) {
        const { data, response } = await client.http.GET('/conversations/search', {
          params: {
            query: { locationId: LOCATION_ID, limit: limits.pageSize, sortBy: 'last_message_date', sort: 'desc', ...(startAfterDate === undefined ? {} : { startAfterDate }) },
            header: { Version: '2021-07-28' },
          },
        });
        if (data === undefined) throw new Error(`page ${page + 1}: HTTP ${response.status}`);
        seen += data.conversations.length;
        if (data.conversations.length < limits.pageSize) break;
        startAfterDate = cursorOf(data.conversations.at(-1)?.sort);
      }
      return seen;
    },
  };
}

/** The official SDK with its opt-in 429 retry (waits the reported burst window, then retries). */
function officialSdkWalker(): Walker {
  return {
    name: '@gohighlevel/api-client, rateLimitRetry',
    async walk(baseUrl, limits) {
      const ghl = new HighLevel({ privateIntegrationToken: BENCH_TOKEN, logLevel: 'error', rateLimitRetry: true });
      const started = Date.now();
      let seen = 0;
      let startAfterDate: number | undefined;
      for (let page = 0; page < limits.maxPages && Date.now() - started < limits.maxMs; page++) {
        const data = (await ghl.conversations.searchConversation(
          { locationId: LOCATION_ID, limit: limits.pageSize, sortBy: 'last_message_date', sort: 'desc', ...(startAfterDate === undefined ? {} : { startAfterDate }) },
          { baseURL: baseUrl },
        )) as { conversations: Array<{ sort?: unknown[] }> };
        seen += data.conversations.length;
        if (data.conversations.length < limits.pageSize) break;
        startAfterDate = cursorOf(data.conversations.at(-1)?.sort);
      }
      return seen;
    },
  };
}

function cursorOf(sort: readonly unknown[] | undefined): number {
  const value = sort?.[0];
  if (typeof value !== 'number') throw new Error('the last item of a full page has no numeric sort key');
  return value;
}

export const WALKERS: Walker[] = [
  leadwayWalker('@leadway/client, pacing on (default)', {}),
  leadwayWalker('@leadway/client, pacing: false', { pacing: false }),
  officialSdkWalker(),
];
