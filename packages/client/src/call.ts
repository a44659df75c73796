import type { Client } from 'openapi-fetch';
import { errorFromResponse } from './errors/from-response.js';
import type { LeadwayError } from './errors/leadway-error.js';
import { MalformedResponseError } from './errors/malformed-response-error.js';
import type { paths } from './generated/openapi.js';
import { MAX_JSON_DEPTH, nestedDeeperThan, withDepthLimit } from './json-depth.js';
import type { ApiVersion } from './options.js';
import { attemptsOf, withAttempts } from './transport/attempt-count.js';
import { type RequestContext, requestInfoOf, withRequestController } from './transport/request-context.js';
import { credentialsOf } from './transport/sent-credentials.js';
import { bufferedBodies, copiesEveryRequest, type Transport } from './transport/transport.js';

/** Options every operation accepts, overriding the client's for this one call. */
export interface CallOptions {
  /** Cancels the call, also while it waits to retry. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call. @default the client's `timeoutMs` (30000) @unit milliseconds */
  timeoutMs?: number;
  /** Overall deadline for this call, retries and waits included. @default the client's `deadlineMs` (120000) @unit milliseconds */
  deadlineMs?: number;
  /** Retries for this call (0 disables). Requests that create something are retried only as the README says. @default the client's (3) */
  maxRetries?: number;
  /**
   * Largest answer body for this call, counted decoded; a larger one is a ResponseTooLargeError.
   * @default the client's `maxResponseBytes` (32 MiB), or `maxDownloadBytes` (256 MiB) for file downloads @unit bytes
   */
  maxResponseBytes?: number;
  /**
   * Extra request headers for this call, e.g. `Prefer: code=404` to ask the mock for an error.
   * `Authorization` and `Version` cannot be set here: they come from the client's options. Nor can
   * the connection's own headers (`Content-Length`, `Transfer-Encoding`, `Expect`, `Host`,
   * `Connection`, `Upgrade`, `TE`, `Trailer`, `Keep-Alive`, `Proxy-*`, method overrides): see
   * `REFUSED_CALL_HEADERS` in `request-headers.ts`.
   */
  headers?: Record<string, string>;
}

/** What an operation returns when asked for the raw answer too. */
export interface WithResponse<T> {
  /** The parsed success body. */
  data: T;
  /** The HTTP answer it came in (its body already read). */
  response: Response;
}

/** What an openapi-fetch call resolves with, as `call` reads it. */
export interface FetchResult<D> {
  /** Unused: `call` parses a 2xx body itself from the bytes the transport read. */
  data?: D;
  /** The parsed (or text) body of a non-2xx answer. */
  error?: unknown;
  /** The answer. */
  response: Response;
}

/**
 * What resource modules need: the typed openapi-fetch client, the Version to send, and `call`.
 *
 * `call<T>` takes the spec's type of the success body (`components['schemas'][...]`) explicitly:
 * openapi-fetch's own result type maps bodies through a read/write-visibility filter that turns the
 * open-enum members (`number & {}`) into objects, so its inferred type is not shown to users.
 */
export interface ApiContext {
  /** The typed openapi-fetch client, sending through the client's transport. */
  http: Client<paths>;
  /** The `Version` header every operation sends. */
  version: ApiVersion;
  /**
   * Runs one operation: `invoke` calls `http` with the given `fetch`, the options of `init` and
   * `parseAs: 'stream'` (the success body is read once, by the transport, and parsed here as
   * `expect.parseAs` says); the answer is checked and a failure thrown as its typed error. `T` is the
   * spec's type of the success body.
   */
  call<T>(
    context: RequestContext,
    invoke: (fetch: (request: Request) => Promise<Response>, init: CallRequestInit) => Promise<FetchResult<unknown>>,
    expect?: ResponseExpectation,
  ): Promise<WithResponse<T>>;
}

/**
 * What `invoke` passes on to openapi-fetch for `new Request`: the call's signal (the transport
 * aborts it to end the first attempt) and manual redirects (the transport follows them). With both,
 * the first attempt sends openapi-fetch's Request as it is; without them, each attempt sends a copy.
 * Empty when the transport copies every request anyway (the global fetch): see `copiesEveryRequest`.
 */
export interface CallRequestInit {
  /** The call's signal: aborting it ends the first attempt (its timeout, the caller's signal). */
  signal?: AbortSignal;
  /** Redirects are never followed by the runtime: the transport's redirect policy handles them. */
  redirect?: 'manual';
}

/** The init of a call whose transport copies every request: openapi-fetch's defaults. */
const NO_REQUEST_INIT: CallRequestInit = Object.freeze({});

/**
 * What `call` checks about a success answer beyond openapi-fetch's parsing. Without `shape`, the body
 * must be a JSON object (not `null`, an array, a string or a number): every operation's spec promises
 * an object unless it says otherwise.
 */
export interface ResponseExpectation {
  /** How the success body is read from the bytes the transport received. @default 'json' */
  parseAs?: 'json' | 'text' | 'arrayBuffer';
  /** The operation answers with no body (or one the caller ignores). */
  emptyBody?: boolean;
  /**
   * Checks the parsed body where its shape matters to the caller (e.g. a page must hold an array),
   * instead of the default "a JSON object". Returns a description of what is wrong, or undefined
   * when the body is usable.
   */
  shape?: (data: unknown) => string | undefined;
}

/** True for a JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The default shape check: the body is a JSON object. */
export function jsonObject(data: unknown): string | undefined {
  return isJsonObject(data) ? undefined : `the body is ${describeJson(data)} where the spec promises an object`;
}

/** A shape check for `call`: the body is an object whose `field` is an array of objects (a page of items). */
export function arrayAt(field: string): (data: unknown) => string | undefined {
  return (data) => {
    const items = isJsonObject(data) ? data[field] : undefined;
    if (!Array.isArray(items)) return `the body has no '${field}' array`;
    return items.every(isJsonObject) ? undefined : `the '${field}' array holds an item that is not an object`;
  };
}

/** Names a parsed JSON value's kind, for messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function createCall(transport: Transport): ApiContext['call'] {
  const copying = copiesEveryRequest(transport);
  return async function call(context, invoke, expect = {}) {
    const requestController = copying ? undefined : new AbortController();
    const sendContext = withRequestController(context, requestController);
    // `sent` also holds openapi-fetch's Request (and so the controller undici gave it, which the
    // abort of `requestController` goes through) for the whole call.
    let sent: Request | undefined;
    let received: Response | undefined;
    // openapi-fetch is handed the transport's answer as it is: a success body was already read into
    // `bufferedBodies` (so openapi-fetch is asked for `parseAs: 'stream'` and never reads it), an
    // error body is still readable.
    const fetch = async (request: Request) => {
      sent = request;
      received = await transport(request, sendContext);
      return received;
    };
    const result = await invoke(fetch, requestController ? { signal: requestController.signal, redirect: 'manual' } : NO_REQUEST_INIT);
    const response = received!;
    // An error body nested too deeply to show or serialise is cut at MAX_JSON_DEPTH.
    if (!response.ok)
      throw answerFailure(response, errorFromResponse(response, withDepthLimit(result.error), requestInfoOf(sent!, context), credentialsOf(sent, response)));
    let data: unknown;
    try {
      data = successBody(response, expect.parseAs ?? 'json');
    } catch (error) {
      // The whole answer arrived, but its body is not what was promised: an HTML page from a proxy,
      // truncated or corrupt JSON. Never an untyped error.
      const problem = !(error instanceof SyntaxError)
        ? `the body could not be read (${error instanceof Error ? error.name : typeof error})`
        : response.headers.get('content-type')?.includes('html')
          ? 'the body is an HTML page, not JSON'
          : 'the body is not valid JSON (truncated or corrupt)';
      throw answerFailure(
        response,
        new MalformedResponseError(requestInfoOf(sent!, context), response.status, problem, bodyExcerpt(response), error, credentialsOf(sent, response)),
      );
    }
    if (data === undefined && !expect.emptyBody) {
      throw answerFailure(
        response,
        new MalformedResponseError(requestInfoOf(sent!, context), response.status, 'the body is empty where the spec promises one', ''),
      );
    }
    if (data !== undefined && !expect.emptyBody) {
      const problem = nestedDeeperThan(data)
        ? `the body is nested deeper than ${MAX_JSON_DEPTH} levels`
        : data instanceof ArrayBuffer
          ? undefined
          : (expect.shape ?? jsonObject)(data);
      if (problem)
        throw answerFailure(
          response,
          new MalformedResponseError(requestInfoOf(sent!, context), response.status, problem, bodyExcerpt(response), undefined, credentialsOf(sent, response)),
        );
    }
    return { data: data as never, response };
  } as ApiContext['call'];
}

/** An error built from the answer, reporting the attempts the transport made for it (a function, not a closure per call). */
function answerFailure(response: Response, error: LeadwayError): LeadwayError {
  return withAttempts(error, attemptsOf(response));
}

const decoder = new TextDecoder();

/** The success body from the bytes the transport read: undefined when there are none. */
function successBody(response: Response, parseAs: 'json' | 'text' | 'arrayBuffer'): unknown {
  const bytes = bufferedBodies.get(response);
  if (!bytes || bytes.byteLength === 0) return undefined;
  if (parseAs === 'arrayBuffer') return bytes;
  const text = decoder.decode(bytes);
  return parseAs === 'text' ? text : JSON.parse(text);
}

/** Quotes what arrived, for MalformedResponseError (which blanks the token, then cuts to 200 characters). */
function bodyExcerpt(response: Response): string {
  const bytes = bufferedBodies.get(response);
  return bytes ? decoder.decode(bytes.slice(0, 1024)) : '';
}
