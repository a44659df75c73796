import { createServer, type Server } from 'node:http';
import { rateLimitHeaders } from './rate-limit-headers.js';

export interface RateLimitedSearchOptions {
  /** Conversations the location holds. */
  total: number;
  /** Requests allowed per window (the API's burst limit is 100). */
  max: number;
  /** Window length; the API's is 10,000, scaled down here so a walk takes seconds. @unit milliseconds */
  intervalMs: number;
  /** Clock, in epoch milliseconds; tests pass one they move by hand. @default Date.now */
  now?: () => number;
}

export interface RateLimitStats {
  requests: number;
  answered: number;
  tooManyRequests: number;
}

const NEWEST = Date.UTC(2026, 10, 1);
const STEP_MS = 60_000;
const DAILY_LIMIT = 200_000;

/**
 * GET /conversations/search over `total` synthetic conversations, newest first, with the API's
 * keyset pagination (`startAfterDate` = the previous page's last `sort` value) and its burst limit:
 * a window opens at the first request after the last one closed and admits `max` requests; the
 * rest get 429 until it closes. Every answer carries the five `X-RateLimit-*` headers.
 */
export function createRateLimitedSearchServer(options: RateLimitedSearchOptions): Server & { stats(): RateLimitStats } {
  const { total, max, intervalMs, now: clock = Date.now } = options;
  const stats: RateLimitStats = { requests: 0, answered: 0, tooManyRequests: 0 };
  let windowStart = -Infinity;
  let used = 0;

  const server = createServer((request, response) => {
    stats.requests++;
    const now = clock();
    if (now - windowStart >= intervalMs) {
      windowStart = now;
      used = 0;
    }
    used++;
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      ...rateLimitHeaders({
        max,
        remaining: max - used,
        intervalMs,
        dailyLimit: DAILY_LIMIT,
        dailyRemaining: DAILY_LIMIT - stats.requests,
      }),
    };
    if (used > max) {
      stats.tooManyRequests++;
      response.writeHead(429, headers);
      response.end(JSON.stringify({ statusCode: 429, message: 'Too many requests' }));
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== '/conversations/search') {
      response.writeHead(404, headers);
      response.end(JSON.stringify({ statusCode: 404, message: `Cannot ${request.method} ${url.pathname}` }));
      return;
    }
    stats.answered++;
    const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20));
    const after = url.searchParams.get('startAfterDate');
    const first = after === null ? 0 : Math.max(0, Math.floor((NEWEST - Number(after)) / STEP_MS) + 1);
    const conversations = [];
    for (let index = first; index < Math.min(total, first + limit); index++) conversations.push(conversationAt(index));
    response.writeHead(200, headers);
    response.end(JSON.stringify({ conversations, total }));
  });
  server.keepAliveTimeout = 60_000;
  return Object.assign(server, { stats: () => ({ ...stats }) });
}

/** The index-th newest conversation, shaped like a live search item (epoch-ms dates, `sort`). */
function conversationAt(index: number) {
  const date = NEWEST - index * STEP_MS;
  const suffix = String(index).padStart(6, '0');
  return {
    id: `bnchConv${suffix}abcdef`,
    contactId: `bnchCont${suffix}abcdef`,
    locationId: 've9EPM428kjkvShlRW1KT',
    lastMessageBody: 'See you tomorrow',
    lastMessageType: 'TYPE_SMS',
    type: 'TYPE_PHONE',
    unreadCount: index % 3,
    fullName: 'Ada Lovelace',
    contactName: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+15550100000',
    dateAdded: date - 86_400_000,
    dateUpdated: date,
    lastMessageDate: date,
    sort: [date],
  };
}
