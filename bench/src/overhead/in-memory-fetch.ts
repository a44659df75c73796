import { rateLimitHeaders } from '@leadway/test-servers';
import { FIXED_CONVERSATION } from '../servers/fixed-conversation-server.js';

const body = JSON.stringify(FIXED_CONVERSATION);
const headers = {
  'content-type': 'application/json; charset=utf-8',
  ...rateLimitHeaders({ max: 1e9, remaining: 1e9 - 1, intervalMs: 10_000, dailyLimit: 1e9, dailyRemaining: 1e9 - 1 }),
};

/**
 * A fetch that answers every request at once, in memory, with the fixed conversation and the same
 * headers the bench server sends: what is left to time is the wrapper around fetch, with no
 * socket, no other process and far less sway from other load on the machine.
 */
export async function inMemoryFetch(_input?: unknown, _init?: unknown): Promise<Response> {
  return new Response(body, { status: 200, headers });
}

/** The same answer for axios (the official SDK), given per call as its `adapter`. */
export async function inMemoryAxiosAdapter(config: unknown) {
  return { data: body, status: 200, statusText: 'OK', headers, config, request: {} };
}
