import createClient from 'openapi-fetch';
import { isRefreshableTokenProvider } from './auth/refreshable-token-provider.js';
import { type ApiContext, createCall } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import type { paths } from './generated/openapi.js';
import {
  type ApiVersion,
  checkByteLimit,
  checkDuration,
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  normaliseRetry,
  type RetryOptions,
  SUPPORTED_API_VERSIONS,
} from './options.js';
import { type PacingOptions, pacingConfig } from './pacing-options.js';
import type { TokenSource } from './transport/token-source.js';
import { createTransport, readableResponse } from './transport/transport.js';
import type { TransportEventHandler } from './transport/transport-event.js';
import { assertToken, normalizeBaseUrl, typeName } from './validate.js';

/** Options of {@link createLeadwayClient} and {@link createLeadwayCore}; only `token` is required. */
export interface LeadwayClientOptions {
  /**
   * A location access token or Private Integration Token, or a function that returns one per request.
   * An OAuth provider (`createOAuthTokenProvider`, `createLocationTokenExchange(...).forLocation(id)`)
   * is also refreshed once after a 401 that says the token is invalid or expired.
   */
  token: TokenSource;
  /** API host; white labels and the mock use others. @default 'https://services.leadconnectorhq.com' */
  baseUrl?: string;
  /** The `Version` header. @default '2021-07-28' */
  version?: ApiVersion;
  /** The fetch to send with (tests, proxies, instrumentation). @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout. @default 30000 @unit milliseconds */
  timeoutMs?: number;
  /** Overall deadline of one call: all attempts, retry waits and pacing waits. @default 120000 @unit milliseconds */
  deadlineMs?: number;
  /**
   * Retry policy: `false` disables retries, a number sets `maxRetries`, an object overrides single
   * fields. Only idempotent requests are retried on 408/429/5xx and timeouts; see the README, "Errors
   * and retries". @default { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 20000, maxRetryAfterMs: 60000 }
   */
  retry?: boolean | number | Partial<RetryOptions>;
  /**
   * Rate-limit pacing: `false` disables it; `{ store, key }` shares the state (a `RateLimitStore`)
   * between clients or processes. @default an in-memory store for this client, key 'default'
   */
  pacing?: false | PacingOptions;
  /** Debug hook: called for every attempt, retry and pacing wait. `Authorization` is redacted. */
  onEvent?: TransportEventHandler;
  /**
   * Largest answer body the client reads, counted on the decoded bytes while it arrives; a larger one
   * stops the read and is a ResponseTooLargeError. Per call: the `maxResponseBytes` call option.
   * @default 33554432 (32 MiB) @unit bytes
   */
  maxResponseBytes?: number;
  /**
   * The same limit for file downloads (`calls.getRecording`, `calls.downloadTranscription`).
   * @default 268435456 (256 MiB) @unit bytes
   */
  maxDownloadBytes?: number;
}

/**
 * The shared part of a client, without any resource group: the typed openapi-fetch client (`http`),
 * the `Version` it sends, and `call`, which runs one operation through the transport (credentials,
 * pacing, timeouts, retries, typed errors). Build only the groups an app uses with the resource
 * factories (`conversationsResource(core)`, ...), so a bundler can leave the others out.
 */
export type LeadwayCore = ApiContext;

/**
 * Creates the shared part of a client, checking the options exactly as {@link createLeadwayClient}
 * does. For browser apps that want a smaller bundle:
 * `const conversations = conversationsResource(createLeadwayCore({ token }))`.
 */
export function createLeadwayCore(options: LeadwayClientOptions): LeadwayCore {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('options', `expected an object, got ${typeName(options)}`);
  }
  const { token } = options;
  if (typeof token !== 'function') assertToken(token);
  const baseUrl = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const version = options.version ?? DEFAULT_API_VERSION;
  if (!SUPPORTED_API_VERSIONS.includes(version)) {
    throw new InvalidInputError('version', `must be one of ${SUPPORTED_API_VERSIONS.join(', ')}`);
  }
  const timeoutMs = checkDuration('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const deadlineMs = checkDuration('deadlineMs', options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const retry = normaliseRetry(options.retry);
  const maxResponseBytes = checkByteLimit('maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  const maxDownloadBytes = checkByteLimit('maxDownloadBytes', options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES);
  const pacing = pacingConfig(options.pacing);
  const { onEvent } = options;
  if (onEvent !== undefined && typeof onEvent !== 'function') throw new InvalidInputError('onEvent', 'must be a function');
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  if (typeof baseFetch !== 'function') throw new InvalidInputError('fetch', 'must be a function');

  // With the global fetch, each attempt hands it the request and its init directly instead of
  // building one more Request per attempt (a measurable share of the per-call cost).
  const send = options.fetch ? undefined : (request: Request, init: RequestInit) => globalThis.fetch(request, init);
  const own = createTransport({ token, fetch: baseFetch, send, timeoutMs, deadlineMs, retry, pacing, onEvent, maxResponseBytes, maxDownloadBytes });
  // An OAuth or location-token provider calls the token endpoint on this client's host and fetch, and
  // refreshes once after a 401 that rejects its token: it brings that code itself (joinClient).
  const transport = isRefreshableTokenProvider(token) ? token.joinClient(own, { baseUrl, fetch: baseFetch }) : own;
  const http = createClient<paths>({
    baseUrl,
    // Calls made on `http` directly still get credentials and the timeout.
    fetch: (request) => transport(request, { operation: 'http', idempotent: request.method === 'GET' || request.method === 'HEAD' }).then(readableResponse),
  });
  return { http, version, call: createCall(transport) };
}
