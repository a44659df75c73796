import { HighLevel } from '@gohighlevel/api-client';
import { createLeadwayClient, type LeadwayClientOptions } from '@leadway/client';
import { BENCH_TOKEN } from '../overhead/contenders.js';

/** Pages through every conversation of a location, counting them in `progress.seen` as it goes. */
export interface Walker {
  name: string;
  walk(baseUrl: string, limits: WalkLimits, progress: { seen: number }): Promise<void>;
}

export interface WalkLimits {
  pageSize: number;
  /** Stops after this many pages whatever happens, so a broken cursor cannot loop for ever. */
  maxPages: number;
  /** Stops once this much time has passed. @unit milliseconds */
  maxMs: number;
}

const LOCATION_ID = 've9EPM428kjkvShlRW1KT';

/** @leadway/client's own iterator, `conversations.searchAll()`: pacing, retries and the deadline apply to each page. */
function leadwayWalker(name: string, options: Partial<LeadwayClientOptions>): Walker {
  return {
    name,
    async walk(baseUrl, limits, progress) {
      const client = createLeadwayClient({ token: BENCH_TOKEN, baseUrl, ...options });
      const started = Date.now();
      const all = client.conversations.searchAll(
        { locationId: LOCATION_ID, limit: limits.pageSize, sortBy: 'last_message_date', sort: 'desc' },
        { maxPages: limits.maxPages },
      );
      for await (const conversation of all) {
        if (conversation.id) progress.seen++;
        if (Date.now() - started > limits.maxMs) break;
      }
    },
  };
}

/** The official SDK with its opt-in 429 retry (waits the reported burst window, then retries). */
function officialSdkWalker(): Walker {
  return {
    name: '@gohighlevel/api-client, rateLimitRetry',
    async walk(baseUrl, limits, progress) {
      const ghl = new HighLevel({ privateIntegrationToken: BENCH_TOKEN, logLevel: 'error', rateLimitRetry: true });
      const started = Date.now();
      let startAfterDate: number | undefined;
      for (let page = 0; page < limits.maxPages && Date.now() - started < limits.maxMs; page++) {
        const data = (await ghl.conversations.searchConversation(
          {
            locationId: LOCATION_ID,
            limit: limits.pageSize,
            sortBy: 'last_message_date',
            sort: 'desc',
            ...(startAfterDate === undefined ? {} : { startAfterDate }),
          },
          { baseURL: baseUrl },
        )) as { conversations: Array<{ sort?: unknown[] }> };
        progress.seen += data.conversations.length;
        if (data.conversations.length < limits.pageSize) break;
        startAfterDate = cursorOf(data.conversations.at(-1)?.sort);
      }
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
