import createClient from 'openapi-fetch';
import { createCall, type ApiContext } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import type { paths } from './generated/openapi.js';
import {
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  SUPPORTED_API_VERSIONS,
  type ApiVersion,
} from './options.js';
import { conversationsResource } from './resources/conversations.js';
import { createTransport } from './transport/transport.js';
import type { TokenSource } from './transport/token-source.js';
import { assertToken, typeName } from './validate.js';

export interface LeadwayClientOptions {
  /** A location access token or Private Integration Token, or a function that returns one per request. */
  token: TokenSource;
  /** API host; white labels and the mock use others. @default 'https://services.leadconnectorhq.com' */
  baseUrl?: string;
  /** The `Version` header. @default '2021-07-28' */
  version?: ApiVersion;
  /** The fetch to send with (tests, proxies, instrumentation). @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout. @default 30000 @unit milliseconds */
  timeoutMs?: number;
}

export interface LeadwayClient {
  conversations: ReturnType<typeof conversationsResource>;
  /**
   * The typed openapi-fetch client underneath, for calls the resource functions do not cover. It
   * sends through the same transport (credentials, timeout); errors come back as openapi-fetch
   * results, not thrown.
   */
  http: ApiContext['http'];
}

/** Creates a client. Options are checked here; a bad one throws InvalidInputError at once. */
export function createLeadwayClient(options: LeadwayClientOptions): LeadwayClient {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('options', `expected an object, got ${typeName(options)}`);
  }
  const { token } = options;
  if (typeof token !== 'function') assertToken(token);
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const version = options.version ?? DEFAULT_API_VERSION;
  if (!SUPPORTED_API_VERSIONS.includes(version)) {
    throw new InvalidInputError('version', `must be one of ${SUPPORTED_API_VERSIONS.join(', ')}`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InvalidInputError('timeoutMs', 'must be a positive number');
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  if (typeof baseFetch !== 'function') throw new InvalidInputError('fetch', 'must be a function');

  const transport = createTransport({ token, fetch: baseFetch, timeoutMs });
  const http = createClient<paths>({
    baseUrl,
    // Calls made on `http` directly still get credentials and the timeout.
    fetch: (request) =>
      transport(request, { operation: 'http', idempotent: request.method === 'GET' || request.method === 'HEAD' }),
  });
  const api: ApiContext = { http, version, call: createCall(transport) };
  return { conversations: conversationsResource(api), http };
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidInputError('baseUrl', `expected a string, got ${typeName(value)}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidInputError('baseUrl', 'is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInputError('baseUrl', 'must be http or https');
  if (url.search || url.hash) throw new InvalidInputError('baseUrl', 'must not have a query or fragment');
  if (url.username || url.password) throw new InvalidInputError('baseUrl', 'must not carry credentials');
  return url.href.replace(/\/+$/, '');
}
