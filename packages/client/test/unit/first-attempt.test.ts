// The first attempt sends the Request openapi-fetch built, as it is (its signal is the call's, its
// redirects manual); a retry sends a copy with a fresh signal. Every attempt's abort reaches a fetch
// that listens on `request.signal` alone, also after a garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { type CallRequestInit, createCall } from '../../src/call.js';
import type { paths } from '../../src/generated/openapi.js';
import { AbortedError, createLeadwayClient, createLeadwayCore, getConversation, TimeoutError } from '../../src/index.js';
import { DEFAULT_RETRY } from '../../src/options.js';
import { createTransport } from '../../src/transport/transport.js';
import { json, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 2 };

/** Node's `gc()`, reached without starting the test process with --expose-gc. */
function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A fetch that never answers: it rejects with the reason of the abort it hears on `request.signal`. */
function hangUntilAborted(request: Request): Promise<Response> {
  return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
}

describe('the first attempt', () => {
  it("sends openapi-fetch's own Request, with manual redirects and a live signal", async () => {
    const sent: Request[] = [];
    const fetch = async (request: Request) => {
      sent.push(request);
      return json(200, { id: 'c1' });
    };
    const core = createLeadwayCore({ token: SECRET_TOKEN, fetch });
    const built: Request[] = [];
    core.http.use({ onRequest: ({ request }) => void built.push(request) });
    await expect(getConversation(core, 'c1')).resolves.toMatchObject({ id: 'c1' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBe(built[0]);
    expect(sent[0]!.redirect).toBe('manual');
    expect(sent[0]!.signal.aborted).toBe(false);
  });

  it("a request built with openapi-fetch's default redirect: 'follow' is sent as a copy with manual redirects", async () => {
    const sent: Request[] = [];
    const transport = createTransport({
      fetch: async (request) => {
        sent.push(request);
        return json(200, {});
      },
      timeoutMs: 10_000,
      deadlineMs: 10_000,
      retry: DEFAULT_RETRY,
    });
    const request = new Request('https://api.example/conversations/c1', { signal: new AbortController().signal });
    const requestController = new AbortController();
    await transport(request, { operation: 'getConversation', idempotent: true, requestController });
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toBe(request);
    expect(sent[0]!.redirect).toBe('manual');
  });

  it('a redirect answered to the first attempt is followed by the client, with manual redirects', async () => {
    const sent: Request[] = [];
    const fetch = async (request: Request) => {
      sent.push(request);
      return sent.length === 1 ? new Response(null, { status: 302, headers: { location: '/conversations/c2' } }) : json(200, { id: 'c2' });
    };
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch });
    await expect(client.conversations.get('c1')).resolves.toMatchObject({ id: 'c2' });
    expect(sent.map((request) => [new URL(request.url).pathname, request.redirect])).toEqual([
      ['/conversations/c1', 'manual'],
      ['/conversations/c2', 'manual'],
    ]);
  });
});

describe("the call's request init", () => {
  const context = { operation: 'getConversation', idempotent: true };
  const limits = { timeoutMs: 10_000, deadlineMs: 10_000, retry: DEFAULT_RETRY };
  const http = createClient<paths>({ baseUrl: 'https://api.example' });
  /** Runs one call, returning the init `invoke` was given and what was sent. */
  async function initOf(transport: ReturnType<typeof createTransport>) {
    const inits: CallRequestInit[] = [];
    await createCall(transport)(context, (fetch, init) => {
      inits.push(init);
      const options = { params: { path: { conversationId: 'c1' }, header: { Version: '2021-07-28' } }, fetch, parseAs: 'stream', ...init };
      return http.GET('/conversations/{conversationId}', options as never);
    });
    return inits[0];
  }

  it('gives openapi-fetch a signal and manual redirects when the transport sends its Request as it is', async () => {
    const init = await initOf(createTransport({ fetch: async () => json(200, { id: 'c1' }), ...limits }));
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(init?.redirect).toBe('manual');
  });

  it('gives none when the transport copies every request itself (the global fetch: one signal less to follow)', async () => {
    const sent: RequestInit[] = [];
    const send = async (_: Request, init: RequestInit) => {
      sent.push(init);
      return json(200, { id: 'c1' });
    };
    const init = await initOf(createTransport({ fetch: async () => json(500, {}), send, ...limits }));
    expect(init).toEqual({});
    expect(sent).toHaveLength(1);
    expect(sent[0]!.signal).toBeInstanceOf(AbortSignal);
    expect(sent[0]!.redirect).toBe('manual');
  });
});

describe('a retry', () => {
  it('after a first-attempt timeout sends a fresh request whose signal is not aborted', async () => {
    const sent: Request[] = [];
    const abortedWhenSent: boolean[] = [];
    const fetch = (request: Request) => {
      sent.push(request);
      abortedWhenSent.push(request.signal.aborted);
      // The first attempt never answers (the timeout is what is under test); the second answers at once.
      return sent.length === 1 ? hangUntilAborted(request) : Promise.resolve(json(200, { id: 'c1' }));
    };
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST_RETRY });
    await expect(client.conversations.get('c1', { timeoutMs: 20 })).resolves.toMatchObject({ id: 'c1' });
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toBe(sent[0]);
    expect(abortedWhenSent).toEqual([false, false]);
    expect(sent[0]!.signal.reason).toBeInstanceOf(TimeoutError);
    expect(sent[0]!.signal.reason).toMatchObject({ scope: 'attempt', timeoutMs: 20 });
    expect(sent[1]!.signal.aborted).toBe(false);
    expect(sent[1]!.redirect).toBe('manual');
  });
});

describe("a fetch that keeps only request.signal hears the caller's abort, also after a garbage collection", () => {
  it.each([
    ['the first attempt', 1],
    ['a retry (a copy of the request)', 2],
  ])('%s', async (_, attempts) => {
    const gc = exposedGc();
    let heard: unknown;
    let arrived!: () => void;
    const waiting = new Promise<void>((resolve) => (arrived = resolve));
    let count = 0;
    const fetch = (request: Request) => {
      count += 1;
      // Earlier attempts get a 503, which an idempotent GET retries.
      if (count < attempts) return Promise.resolve(json(503, {}));
      const { signal } = request;
      arrived();
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => {
          heard = signal.reason;
          reject(signal.reason);
        }),
      );
    };
    const client = createLeadwayClient({ token: SECRET_TOKEN, fetch, retry: FAST_RETRY });
    const caller = new AbortController();
    const outcome = client.conversations.get('c1', { signal: caller.signal }).catch((e: unknown) => e);
    await waiting;
    // Let the call settle into waiting for the answer, then collect whatever only weak references hold.
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 3; i++) gc();
    const reason = new Error('stop');
    caller.abort(reason);
    // An abort is dispatched synchronously: the fetch has heard it by now, or never will.
    expect(heard).toBe(reason);
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortedError);
    expect(count).toBe(attempts);
  });
});
