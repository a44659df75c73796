// Property-based tests: arbitrary strings, numbers and objects thrown at every input-taking function
// of the client. Each call either sends a well-formed request or throws InvalidInputError without
// sending anything. Methods are enumerated at run time, so a method added later without an argument
// builder below fails the "every method has a builder" test.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createLeadwayClient, InvalidInputError, type LeadwayClient, LeadwayError, TimeoutError } from '../../src/index.js';
import { REFUSED_CALL_HEADERS } from '../../src/request-headers.js';
import { json, type RecordedRequest, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const BASE = 'https://services.leadconnectorhq.com';
/** Runs per method; the total is printed at the end and reported in the test name. */
const RUNS = 150;

// ---- argument vocabulary -------------------------------------------------------------------------

const validId = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
/**
 * Text holding a lone UTF-16 surrogate (fast-check's 'binary' unit never makes one): one surrogate
 * code unit between two ASCII strings, so it cannot pair up.
 */
const loneSurrogateText = fc
  .tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 6 }))
  .map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`);
/** An id: often valid, else any string (also one with a lone surrogate) or any value. */
const id = fc.oneof({ weight: 3, arbitrary: validId }, fc.string(), fc.string({ unit: 'binary', maxLength: 8 }), loneSurrogateText, fc.anything());
/** Header names a caller may try, the connection and framing ones included. */
const headerName = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...REFUSED_CALL_HEADERS, 'Prefer', 'X-Trace', 'Proxy-Authorization', 'Transfer-Encoding'),
);
/** The per-call options: often absent, often plausible, sometimes anything. */
const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      signal: fc.oneof(fc.constant(undefined), fc.anything()),
      timeoutMs: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 60_000 }), fc.double(), fc.anything()),
      deadlineMs: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 60_000 }), fc.anything()),
      maxRetries: fc.oneof(fc.constant(undefined), fc.integer({ min: -2, max: 12 }), fc.anything()),
      headers: fc.oneof(fc.constant(undefined), fc.dictionary(headerName, fc.oneof(fc.string({ maxLength: 8 }), fc.anything())), fc.anything()),
      maxItems: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 5 }), fc.anything()),
      maxPages: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 3 }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
/** An object argument: the valid sample, the sample with one field replaced by anything, or anything. */
function obj(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.constant(valid),
    fc.tuple(fc.constantFrom(...keys), fc.anything()).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.tuple(fc.constantFrom(...keys), loneSurrogateText).map(([k, v]) => ({ ...valid, [k]: v })),
    // Some of the fields only inherited through the prototype.
    fc.subarray(keys, { minLength: 1 }).map((moved) => inheriting(valid, moved)),
    fc.tuple(fc.constantFrom(...keys)).map(([k]) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    fc.tuple(fc.string({ maxLength: 10 }), fc.anything()).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.dictionary(fc.string({ maxLength: 10 }), fc.anything()),
    fc.anything(),
  );
}
const urls = fc.oneof(fc.constant(['https://example.com/a.png']), fc.array(fc.oneof(fc.webUrl(), fc.string(), fc.anything()), { maxLength: 6 }), fc.anything());
const file = { name: 'a.txt', data: new Uint8Array([104, 105]), contentType: 'text/plain' };

/** `valid` with the `moved` fields on its prototype instead of its own (tagged so the request check knows them). */
function inheriting(valid: Record<string, unknown>, moved: readonly string[]): Record<string, unknown> {
  const proto = Object.fromEntries(moved.map((k) => [k, valid[k]]));
  const own = Object.fromEntries(Object.entries(valid).filter(([k]) => !moved.includes(k)));
  const value = Object.assign(Object.create(proto) as Record<string, unknown>, own);
  INHERITED.set(value, moved);
  return value;
}
/** The inherited field names of each argument object made by `inheriting`. */
const INHERITED = new WeakMap<object, readonly string[]>();

/** One arbitrary tuple of arguments per method, keyed `group.method`. */
const BUILDERS: Record<string, fc.Arbitrary<unknown[]>> = {
  'conversations.get': fc.tuple(id, options),
  'conversations.search': fc.tuple(obj({ locationId: 'l1', limit: 10 }), options),
  'conversations.searchAll': fc.tuple(obj({ locationId: 'l1', limit: 10 }), options),
  'conversations.create': fc.tuple(obj({ locationId: 'l1', contactId: 'k1' }), options),
  'conversations.update': fc.tuple(id, obj({ locationId: 'l1', starred: true, unreadCount: 0 }), options),
  'conversations.delete': fc.tuple(id, options),
  'messages.list': fc.tuple(id, fc.oneof(fc.constant(undefined), obj({ limit: 20 })), options),
  'messages.listAll': fc.tuple(id, fc.oneof(fc.constant(undefined), obj({ limit: 20 })), options),
  'messages.get': fc.tuple(id, options),
  'messages.getEmail': fc.tuple(id, options),
  'messages.export': fc.tuple(obj({ locationId: 'l1', channel: 'SMS', limit: 50 }), options),
  'messages.exportAll': fc.tuple(obj({ locationId: 'l1', channel: 'SMS', limit: 50 }), options),
  'messages.send': fc.tuple(obj({ type: 'SMS', contactId: 'k1', message: 'hello' }), options),
  'messages.addInbound': fc.tuple(obj({ type: 'SMS', conversationId: 'c1', contactId: 'k1', message: 'hi', conversationProviderId: 'p1' }), options),
  'messages.addOutboundCall': fc.tuple(obj({ type: 'Call', conversationId: 'c1', conversationProviderId: 'p1', to: '+15550001', from: '+15550002' }), options),
  'messages.replyToReview': fc.tuple(obj({ conversationId: 'c1', locationId: 'l1', message: 'thanks' }), options),
  'messages.cancelScheduled': fc.tuple(id, options),
  'messages.cancelScheduledEmail': fc.tuple(id, options),
  'messages.updateStatus': fc.tuple(id, obj({ status: 'delivered' }), options),
  'messages.updateEmailStatus': fc.tuple(id, obj({ status: 'clicked', events: { clicked: 1 } }), options),
  'messages.updateAttachments': fc.tuple(id, urls, options),
  'uploads.upload': fc.tuple(obj({ conversationId: 'c1', contactId: 'k1', locationId: 'l1', files: [file] }), options),
  'uploads.initiate': fc.tuple(
    obj({ locationId: 'l1', conversationId: 'c1', filename: 'a.png', contentType: 'image/png', fileSize: 10, channel: 'SMS' }),
    options,
  ),
  'uploads.complete': fc.tuple(obj({ uploadId: 'u1', filePath: 'p/a.png', locationId: 'l1', conversationId: 'c1', filename: 'a.png' }), options),
  'calls.getRecording': fc.tuple(obj({ locationId: 'l1', messageId: 'm1' }), options),
  'calls.getTranscription': fc.tuple(obj({ locationId: 'l1', messageId: 'm1' }), options),
  'calls.downloadTranscription': fc.tuple(obj({ locationId: 'l1', messageId: 'm1' }), options),
  'liveChat.typing': fc.tuple(obj({ locationId: 'l1', conversationId: 'c1', visitorId: 'v1', isTyping: true }), options),
  'preferences.listCustomSubtypes': fc.tuple(id, options),
  'preferences.createCustomSubtype': fc.tuple(id, obj({ name: 'News', channel: 'email', language: 'en' }), options),
  'preferences.updateCustomSubtype': fc.tuple(id, id, obj({ name: 'News' }), options),
  'preferences.getUnsubscriptionStatus': fc.tuple(obj({ locationId: 'l1', contactId: 'k1' }), options),
  'preferences.changeUserSubscription': fc.tuple(obj({ locationId: 'l1', contactId: 'k1', channel: 'email', subscribed: false }), options),
};

// ---- what a well-formed request is ---------------------------------------------------------------

/** Path templates of the spec, from the generated types (`"/conversations/{conversationId}": {`). */
const TEMPLATES = [...readFileSync(new URL('../../src/generated/openapi.ts', import.meta.url), 'utf8').matchAll(/^ {4}"(\/[^"]*)": \{/gm)].map(
  ([, path]) => new RegExp(`^${path!.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
);

/** Fields a method sets itself, whatever the caller passed (so they are sent even when only inherited). */
const SET_BY_CLIENT: Record<string, readonly string[]> = { 'messages.addOutboundCall': ['type'] };

/** Connection headers no request may carry from a caller (the runtime sets Content-Length itself). */
const CONNECTION_HEADERS = REFUSED_CALL_HEADERS.filter((h) => h !== 'content-length');

function problemsOf(request: RecordedRequest, inherited: readonly string[] = [], method = ''): string[] {
  const problems: string[] = [];
  const url = new URL(request.url);
  for (const name of Object.keys(request.headers)) {
    if (CONNECTION_HEADERS.includes(name) || name.startsWith('proxy-')) problems.push(`header ${name}`);
  }
  let json: Record<string, unknown> = {};
  try {
    if ((request.headers['content-type'] ?? '').includes('application/json')) json = JSON.parse(request.body || '{}') as Record<string, unknown>;
  } catch {
    // Reported below as 'body is not JSON'.
  }
  for (const key of inherited) {
    if (SET_BY_CLIENT[method]?.includes(key)) continue;
    if (url.searchParams.has(key)) problems.push(`inherited ${key} sent in the query`);
    if (Object.hasOwn(json, key) || request.body.includes(`name="${key}"`)) problems.push(`inherited ${key} sent in the body`);
  }
  if (url.origin !== BASE) problems.push(`origin ${url.origin}`);
  if (!TEMPLATES.some((t) => t.test(url.pathname))) problems.push(`path ${url.pathname} matches no template of the spec`);
  for (const segment of url.pathname.split('/')) {
    const decoded = decodeURIComponent(segment);
    if (decoded === '..' || decoded === '.' || decoded.includes('/')) problems.push(`segment ${segment}`);
  }
  if (request.headers.authorization !== `Bearer ${SECRET_TOKEN}`) problems.push('authorization');
  // The v3-only operation is always sent with Version: v3 (the spec's VersionV3 parameter).
  const versions = /^\/conversations\/messages\/email\/[^/]+\/status$/.test(url.pathname) ? ['v3'] : ['2021-07-28', '2021-04-15'];
  if (!versions.includes(request.headers.version ?? '')) problems.push('version');
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    try {
      JSON.parse(request.body);
    } catch {
      problems.push('body is not JSON');
    }
  }
  return problems;
}

// ---- the properties ------------------------------------------------------------------------------

function methodsOf(client: LeadwayClient): string[] {
  const names: string[] = [];
  for (const [group, value] of Object.entries(client)) {
    if (group === 'http' || typeof value !== 'object' || value === null) continue;
    for (const [name, member] of Object.entries(value)) if (typeof member === 'function') names.push(`${group}.${name}`);
  }
  return names.sort();
}

function newClient() {
  const recorder = recordingFetch(() => json(200, {}));
  const client = createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: false, pacing: false });
  return { client, requests: recorder.requests };
}

/** Invokes a method; iterators are walked for at most a few items. Returns what it threw, if anything. */
async function invoke(client: LeadwayClient, name: string, args: unknown[]): Promise<unknown> {
  const [group, method] = name.split('.') as [string, string];
  const target = (client as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[group]!;
  try {
    const result = target[method]!(...args);
    if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
      let n = 0;
      for await (const _ of result as AsyncIterable<unknown>) if (++n >= 3) break;
    } else {
      await result;
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

function hasDeadline(args: unknown[]): boolean {
  const last = args[args.length - 1];
  return typeof last === 'object' && last !== null && typeof (last as { deadlineMs?: unknown }).deadlineMs === 'number';
}

const tally = { runs: 0, sent: 0, refused: 0 };
afterAll(() => {
  console.log(`property runs: ${tally.runs} (${tally.sent} sent a well-formed request, ${tally.refused} refused with InvalidInputError before sending)`);
});

describe('property: every input-taking function sends a well-formed request or refuses before sending', () => {
  const { client } = newClient();
  const methods = methodsOf(client);

  it('every client method has an argument builder (add one to BUILDERS when adding a method)', () => {
    expect(methods.filter((m) => !(m in BUILDERS))).toEqual([]);
    expect(methods.length).toBeGreaterThan(0);
  });

  it.each(methods.filter((m) => m in BUILDERS))(`%s (${RUNS} runs)`, async (name) => {
    await fc.assert(
      fc.asyncProperty(BUILDERS[name]!, async (args) => {
        const { client: c, requests } = newClient();
        const error = await invoke(c, name, args);
        tally.runs++;
        if (requests.length === 0) {
          // Nothing sent: it must be the bad-input error, or the caller's own (tiny) deadline passing first.
          if (error instanceof TimeoutError && error.scope === 'deadline' && hasDeadline(args)) return;
          expect(error, `${name} sent nothing and threw ${String(error)}`).toBeInstanceOf(InvalidInputError);
          tally.refused++;
          return;
        }
        tally.sent++;
        const inherited = args.flatMap((arg) => (typeof arg === 'object' && arg !== null ? (INHERITED.get(arg) ?? []) : []));
        for (const request of requests) expect(problemsOf(request, inherited, name), `${request.method} ${request.url}`).toEqual([]);
        // After sending, only the client's typed errors (e.g. a malformed answer), never bad input or a crash.
        if (error !== undefined) {
          expect(LeadwayError.isLeadwayError(error), `${name} threw ${String(error)}`).toBe(true);
          expect(error).not.toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: createLeadwayClient accepts an option or refuses it with InvalidInputError', () => {
  it(`arbitrary tokens, static or from a provider (${RUNS} runs)`, async () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }));
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (token, asProvider) => {
        tally.runs++;
        const recorder = recordingFetch(() => json(200, { id: 'c1' }));
        let error: unknown;
        try {
          const client = createLeadwayClient({ token: asProvider ? () => token : token, fetch: recorder.fetch, retry: false });
          await client.conversations.get('c1');
        } catch (e) {
          error = e;
        }
        if (recorder.requests.length === 0) {
          expect(error, String(error)).toBeInstanceOf(InvalidInputError);
          tally.refused++;
        } else {
          expect(recorder.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
          tally.sent++;
        }
        for (const t of [String(error), JSON.stringify(error) ?? '']) if (token.length >= 8) expect(t).not.toContain(token);
      }),
      { numRuns: RUNS },
    );
  });

  it(`arbitrary options (${RUNS * 2} runs)`, async () => {
    const option = fc.record(
      {
        token: fc.oneof(fc.constant(SECRET_TOKEN), fc.string(), fc.string({ unit: 'binary', minLength: 1 }), fc.anything()),
        baseUrl: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
        version: fc.oneof(fc.constantFrom('2021-07-28', '2021-04-15'), fc.string(), fc.anything()),
        timeoutMs: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        deadlineMs: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        retry: fc.oneof(
          fc.boolean(),
          fc.integer({ min: -1, max: 12 }),
          fc.record({ maxRetries: fc.anything(), baseDelayMs: fc.anything() }, { requiredKeys: [] }),
          fc.anything(),
        ),
        pacing: fc.oneof(fc.constant(false), fc.record({ key: fc.anything() }, { requiredKeys: [] }), fc.anything()),
        onEvent: fc.oneof(
          fc.constant(() => undefined),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(option, fc.anything()), async (value) => {
        tally.runs++;
        const recorder = recordingFetch(() => json(200, { id: 'c1' }));
        let client: LeadwayClient;
        try {
          client = createLeadwayClient({ ...(value as object), fetch: recorder.fetch } as never);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(InvalidInputError);
          expect(String(error)).not.toContain(SECRET_TOKEN);
          tally.refused++;
          return;
        }
        // An accepted client sends well-formed requests (or refuses, e.g. a token a header cannot carry).
        const error = await client.conversations.get('c1', { deadlineMs: 1_000 }).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (recorder.requests.length === 0) {
          expect(error, String(error)).toBeInstanceOf(InvalidInputError);
          tally.refused++;
        } else {
          tally.sent++;
          expect(LeadwayError.isLeadwayError(error) || error === undefined, String(error)).toBe(true);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
