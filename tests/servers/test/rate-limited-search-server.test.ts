// The paced walk is only as honest as the server it walks: these check that it enforces its burst
// limit, sends the API's rate-limit headers, and pages through every conversation exactly once.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimitedSearchServer } from '../src/rate-limited-search-server.js';

let server: ReturnType<typeof createRateLimitedSearchServer> | undefined;

async function start(options: Parameters<typeof createRateLimitedSearchServer>[0]): Promise<string> {
  server = createRateLimitedSearchServer(options);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const search = (url: string, query = '') => fetch(`${url}/conversations/search?locationId=ve9EPM428kjkvShlRW1KT${query}`);

describe('rate-limited search server (paced-walk bench, multi-process pacing tests)', () => {
  it('answers max requests per window, then 429, with the five X-RateLimit-* headers on every answer', async () => {
    const url = await start({ total: 10, max: 3, intervalMs: 60_000 });
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await search(url);
      await response.arrayBuffer();
      statuses.push(response.status);
      remaining.push(response.headers.get('x-ratelimit-remaining') ?? 'missing');
      for (const name of ['x-ratelimit-max', 'x-ratelimit-interval-milliseconds', 'x-ratelimit-limit-daily', 'x-ratelimit-daily-remaining']) {
        expect(response.headers.get(name), name).not.toBeNull();
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(remaining).toEqual(['2', '1', '0', '0', '0']);
    expect(server!.stats()).toEqual({ requests: 5, answered: 3, tooManyRequests: 2 });
  });

  it('opens a new window once the interval has passed', async () => {
    // The server's clock is moved by hand, so a slow request cannot land in another window.
    let now = 1_000_000;
    const url = await start({ total: 10, max: 1, intervalMs: 50, now: () => now });
    expect((await search(url)).status).toBe(200);
    now += 49;
    expect((await search(url)).status).toBe(429);
    now += 1;
    expect((await search(url)).status).toBe(200);
  });

  it("pages with startAfterDate = the last item's sort value through every conversation once, newest first", async () => {
    const url = await start({ total: 95, max: 1000, intervalMs: 60_000 });
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: number | undefined;
    let previousDate = Infinity;
    for (let page = 0; page < 10; page++) {
      const body = (await (await search(url, `&limit=20${after === undefined ? '' : `&startAfterDate=${after}`}`)).json()) as {
        conversations: Array<{ id: string; lastMessageDate: number; sort: number[] }>;
        total: number;
      };
      expect(body.total).toBe(95);
      sizes.push(body.conversations.length);
      for (const conversation of body.conversations) {
        expect(conversation.lastMessageDate).toBeLessThan(previousDate);
        previousDate = conversation.lastMessageDate;
        ids.push(conversation.id);
      }
      if (body.conversations.length < 20) break;
      after = body.conversations.at(-1)!.sort[0];
    }
    expect(sizes).toEqual([20, 20, 20, 20, 15]);
    expect(new Set(ids).size).toBe(95);
  });
});
