// The in-memory pacing state, driven with explicit clock values (no timers, no waiting).
import { describe, expect, it } from 'vitest';
import { AbortedError, createLeadwayClient, createMemoryRateLimitStore, type RateLimitStore, type TransportEvent } from '../../src/index.js';
import { MAX_BURST_WINDOW_MS, MAX_DAILY_WINDOW_MS, MAX_RETRY_AFTER_MS } from '../../src/transport/pacing-bounds.js';
import { readRateLimitHeaders } from '../../src/transport/rate-limit-headers.js';
import { parseRetryAfter } from '../../src/transport/retry-after.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';
import { waitRecordingStore } from '../helpers/wait-recording-store.js';

const K = 'loc-1';

function acquireAll(store: RateLimitStore, now: number, count: number): number[] {
  return Array.from({ length: count }, () => store.acquire(K, now) as number);
}

describe('memory rate-limit store', () => {
  it('lets 95 of 100 requests start per 10 s, then says how long until the oldest leaves the window', () => {
    const store = createMemoryRateLimitStore();
    expect(acquireAll(store, 1_000, 95).every((w) => w === 0)).toBe(true);
    expect(store.acquire(K, 1_000)).toBe(10_000);
    expect(store.acquire(K, 6_000)).toBe(5_000);
    expect(store.acquire(K, 11_000)).toBe(0);
  });

  it('a long walk at full speed stays at the budget: never more than 95 starts in any 10 s', () => {
    const store = createMemoryRateLimitStore();
    const starts: number[] = [];
    let now = 0;
    for (let i = 0; i < 1_000; i++) {
      const wait = store.acquire(K, now) as number;
      if (wait === 0) starts.push(now);
      else now += wait;
    }
    for (let i = 95; i < starts.length; i++) expect(starts[i]! - starts[i - 95]!).toBeGreaterThanOrEqual(10_000);
    // ≥ 0.9 of the allowed rate: 95 per 10 s.
    const seconds = (starts[starts.length - 1]! - starts[0]!) / 1_000;
    expect(starts.length / seconds).toBeGreaterThan(9);
  });

  it('adopts X-RateLimit-Max and X-RateLimit-Interval-Milliseconds', () => {
    const store = createMemoryRateLimitStore();
    expect(store.acquire(K, 0)).toBe(0);
    store.record(K, { status: 200, max: 25, intervalMs: 10_000, remaining: 24 }, 0);
    // 25 − ceil(25 × 0.05) = 23, one of them already sent
    expect(acquireAll(store, 0, 22).every((w) => w === 0)).toBe(true);
    expect(store.acquire(K, 0)).toBeGreaterThan(0);
  });

  it('takes what others used (the server counts more than we sent) off the budget for one interval', () => {
    const store = createMemoryRateLimitStore();
    expect(acquireAll(store, 0, 10).every((w) => w === 0)).toBe(true);
    // 10 sent by us, 60 used by the server's count: 50 by others. Budget 95 − 50 = 45, 35 left.
    store.record(K, { status: 200, remaining: 40 }, 100);
    expect(acquireAll(store, 100, 35).every((w) => w === 0)).toBe(true);
    expect(store.acquire(K, 100)).toBe(9_900); // our first send leaves the window at 10 000
    // The others' count lapses one interval after it was seen.
    expect(store.acquire(K, 10_100)).toBe(0);
  });

  it('our own sends are not counted twice: a server count that matches ours leaves the budget whole', () => {
    const store = createMemoryRateLimitStore();
    acquireAll(store, 0, 50);
    store.record(K, { status: 200, remaining: 50 }, 10);
    expect(acquireAll(store, 10, 45).every((w) => w === 0)).toBe(true);
    expect(store.acquire(K, 10)).toBeGreaterThan(0);
  });

  it('waits a full interval when others used it all (remaining 0)', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, remaining: 0 }, 100);
    expect(store.acquire(K, 100)).toBe(10_000);
    expect(store.acquire(K, 10_100)).toBe(0);
  });

  it('holds for one interval when the daily quota is (nearly) spent', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, remaining: 90, dailyRemaining: 1 }, 0);
    expect(store.acquire(K, 0)).toBe(10_000);
  });

  it('after a 429 waits Retry-After, or one interval without it', () => {
    const a = createMemoryRateLimitStore();
    a.record(K, { status: 429, retryAfterMs: 2_500 }, 0);
    expect(a.acquire(K, 0)).toBe(2_500);
    const b = createMemoryRateLimitStore({ intervalMs: 4_000 });
    b.record(K, { status: 429 }, 0);
    expect(b.acquire(K, 1_000)).toBe(3_000);
  });

  it('keeps keys apart', () => {
    const store = createMemoryRateLimitStore({ max: 2, reserve: 0 });
    acquireAll(store, 0, 2);
    expect(store.acquire(K, 0)).toBeGreaterThan(0);
    expect(store.acquire('other', 0)).toBe(0);
  });
});

/** Drives a store the way the transport does, on a virtual clock: ask, wait what it says, ask again. */
function paceVirtually(store: RateLimitStore, sends: number, start = 0, maxAsks = 100_000) {
  let now = start;
  let asks = 0;
  const starts: number[] = [];
  while (starts.length < sends && asks < maxAsks) {
    asks++;
    const wait = store.acquire(K, now) as number;
    if (wait === 0) starts.push(now);
    else now += wait;
  }
  return { asks, starts, now };
}

describe('memory rate-limit store: X-RateLimit-Max: 1 (issue #14 item 5)', () => {
  it('the reserve never rounds the budget to 0: one request per window goes', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, max: 1, intervalMs: 10_000, remaining: 1 }, 0);
    expect(store.acquire(K, 0)).toBe(0);
    // The next one waits for the window to end: a real wait, not a 1 ms poll.
    expect(store.acquire(K, 0)).toBe(10_000);
    expect(store.acquire(K, 10_000)).toBe(0);
  });

  it('answers real waits: 5 sends take at most 2 asks each on a virtual clock (no busy poll)', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, max: 1, intervalMs: 10_000, remaining: 0 }, 0);
    const { asks, starts } = paceVirtually(store, 5);
    expect(starts).toHaveLength(5);
    expect(asks).toBeLessThanOrEqual(10);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(10_000);
  });

  it('a half reserve with max 1 still leaves one request per window', () => {
    const store = createMemoryRateLimitStore({ max: 1, reserve: 0.5 });
    const { asks, starts } = paceVirtually(store, 3);
    expect(starts).toEqual([0, 10_000, 20_000]);
    expect(asks).toBe(5);
  });
});

describe('pacing bounds: one answer never stops pacing for long (issue #14 item 4)', () => {
  it('an interval header of 1e12 ms is read as the documented 10 s window', () => {
    const res = json(200, {}, { 'X-RateLimit-Interval-Milliseconds': '1000000000000', 'X-RateLimit-Remaining': '0' });
    expect(readRateLimitHeaders(res, undefined)?.intervalMs).toBe(MAX_BURST_WINDOW_MS);
    expect(MAX_BURST_WINDOW_MS).toBe(10_000);
  });

  it('a store told an interval of 1e12 ms (a custom reader) still waits at most 10 s', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, max: 100, intervalMs: 1e12, remaining: 0 }, 0);
    expect(store.acquire(K, 0)).toBe(10_000);
    store.record(K, { status: 429, intervalMs: 1e12 }, 20_000);
    expect(store.acquire(K, 20_000)).toBe(10_000);
    expect(store.acquire(K, 30_000)).toBe(0);
  });

  it('Retry-After of 1e9 seconds, a date in the year 9999, or 400 digits reads as at most one day', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(MAX_RETRY_AFTER_MS).toBe(MAX_DAILY_WINDOW_MS);
    expect(parseRetryAfter('1000000000', now)).toBe(MAX_DAILY_WINDOW_MS);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(MAX_DAILY_WINDOW_MS);
    expect(parseRetryAfter('9'.repeat(400), now)).toBe(MAX_DAILY_WINDOW_MS);
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });

  it('a 429 with a huge Retry-After blocks later calls for at most one burst window', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 429, retryAfterMs: 1e12 }, 0);
    expect(store.acquire(K, 0)).toBe(MAX_BURST_WINDOW_MS);
    expect(store.acquire(K, MAX_BURST_WINDOW_MS)).toBe(0);
  });

  it('a 429 that says the daily quota is spent blocks for its Retry-After, at most one day', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 429, retryAfterMs: 1e12, dailyRemaining: 0 }, 0);
    expect(store.acquire(K, 0)).toBe(MAX_DAILY_WINDOW_MS);
    const shorter = createMemoryRateLimitStore();
    shorter.record(K, { status: 429, retryAfterMs: 3_600_000, dailyRemaining: 0 }, 0);
    expect(shorter.acquire(K, 0)).toBe(3_600_000);
  });

  it('a daily quota of 0 holds one window at a time, then lets a request probe', () => {
    const store = createMemoryRateLimitStore();
    store.record(K, { status: 200, remaining: 50, dailyRemaining: 0, intervalMs: 1e12 }, 0);
    expect(store.acquire(K, 0)).toBe(10_000);
    expect(store.acquire(K, 10_000)).toBe(0);
  });
});

describe('rate-limit headers', () => {
  it('reads the documented headers, and nothing when none are present', () => {
    const res = json(
      200,
      {},
      {
        'X-RateLimit-Max': '100',
        'X-RateLimit-Interval-Milliseconds': '10000',
        'X-RateLimit-Remaining': '42',
        'X-RateLimit-Daily-Remaining': '199000',
        'X-RateLimit-Limit-Daily': '200000',
      },
    );
    expect(readRateLimitHeaders(res, undefined)).toEqual({
      status: 200,
      max: 100,
      intervalMs: 10_000,
      remaining: 42,
      dailyRemaining: 199_000,
      retryAfterMs: undefined,
    });
    expect(readRateLimitHeaders(json(200, {}), undefined)).toBeUndefined();
    expect(readRateLimitHeaders(json(429, {}), 1_000)).toMatchObject({ status: 429, retryAfterMs: 1_000 });
    expect(readRateLimitHeaders(json(200, {}, { 'X-RateLimit-Remaining': 'soon' }), undefined)).toBeUndefined();
  });
});

describe('pacing in the client', () => {
  it('asks the store before every attempt and reports every answer to it', async () => {
    const seen: string[] = [];
    const store: RateLimitStore = {
      acquire: (key) => {
        seen.push(`acquire ${key}`);
        return 0;
      },
      record: (key, o) => {
        seen.push(`record ${key} ${o.remaining}`);
      },
    };
    const { fetch } = recordingFetch(() => json(200, { id: 'c1' }, { 'x-ratelimit-remaining': '50' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store, key: 'app-loc' } });
    await client.conversations.get('c1');
    expect(seen).toEqual(['acquire app-loc', 'record app-loc 50']);
  });

  it('waits as the store says, with a pacing event, and an async store works too', async () => {
    const events: TransportEvent[] = [];
    let asks = 0;
    const store: RateLimitStore = { acquire: async () => (asks++ === 0 ? 20 : 0), record: async () => undefined };
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store }, onEvent: (e) => events.push(e) });
    await client.conversations.get('c1');
    expect(asks).toBe(2);
    expect(events.filter((e) => e.type === 'pacing').map((e) => e.delayMs)).toEqual([20]);
    expect(requests).toHaveLength(1);
  });

  it('a wait longer than the deadline fails at once with TimeoutError, nothing sent', async () => {
    const store: RateLimitStore = { acquire: () => 60_000, record: () => undefined };
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store }, deadlineMs: 1_000 });
    await expect(client.conversations.get('c1')).rejects.toMatchObject({ kind: 'timeout', scope: 'deadline' });
    expect(requests).toHaveLength(0);
  });

  it("the caller's signal ends a pacing wait → AbortedError, nothing sent", async () => {
    const store: RateLimitStore = { acquire: () => 5_000, record: () => undefined };
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store } });
    const controller = new AbortController();
    const call = client.conversations.get('c1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toBeInstanceOf(AbortedError);
    expect(requests).toHaveLength(0);
  });

  it('pacing: false never waits, even when the server says the burst is spent', async () => {
    const events: TransportEvent[] = [];
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }, { 'x-ratelimit-remaining': '0' }));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: false, onEvent: (e) => events.push(e) });
    await client.conversations.get('c1');
    await client.conversations.get('c1');
    expect(requests).toHaveLength(2);
    expect(events.filter((e) => e.type === 'pacing')).toEqual([]);
  });

  it('X-RateLimit-Max: 1 → each later call asks the store a few times, never polls every millisecond', async () => {
    const { store, waits: asks } = waitRecordingStore();
    const limits = { 'x-ratelimit-max': '1', 'x-ratelimit-interval-milliseconds': '150', 'x-ratelimit-remaining': '0' };
    const { fetch, requests } = recordingFetch(() => json(200, { id: 'c1' }, limits));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store } });
    for (let i = 0; i < 3; i++) await client.conversations.get('c1');
    expect(requests).toHaveLength(3);
    // One ask per send plus one per wait (a timer may wake a millisecond early: one more); a 1 ms poll
    // over two 150 ms windows would ask a hundred times or more.
    expect(asks.length).toBeLessThanOrEqual(3 + 2 * 3);
  });

  it('an answer with a 1e12 ms interval and nothing remaining makes the next call wait at most 10 s', async () => {
    const { store, waits } = waitRecordingStore();
    const limits = { 'x-ratelimit-interval-milliseconds': '1000000000000', 'x-ratelimit-remaining': '0', 'retry-after': '1000000000' };
    const { fetch, requests } = recordingFetch(() => json(429, { statusCode: 429, message: 'slow down' }, limits));
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, pacing: { store }, retry: false });
    await expect(client.conversations.get('c1')).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: MAX_RETRY_AFTER_MS });
    await expect(client.conversations.get('c1', { deadlineMs: 1_000 })).rejects.toMatchObject({ kind: 'timeout', scope: 'deadline' });
    expect(requests).toHaveLength(1);
    expect(Math.max(...waits)).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_BURST_WINDOW_MS);
  });

  it('refuses a malformed pacing option', () => {
    for (const bad of [1, 'x', [], { store: {} }, { key: '' }, { key: 3 }]) {
      expect(() => createLeadwayClient({ token: SECRET_TOKEN, pacing: bad as never })).toThrow(/Invalid pacing/);
    }
  });
});
