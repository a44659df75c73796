import type { TokenProvider } from '../transport/token-source.js';
import type { Transport } from '../transport/transport.js';
import type { TokenEndpointConfig } from './token-endpoint.js';

/** Brand of the token providers this package builds (`buildRefreshableTokenProvider`). @internal */
export const REFRESHABLE = Symbol.for('@leadway/client.refreshable-token-provider');

/**
 * A token provider that can replace a token the API rejected. The client recognises it and then
 * refreshes once after a 401 that says the token is invalid or expired, and resends the request once.
 */
export interface RefreshableTokenProvider extends TokenProvider {
  /**
   * Called after a 401 that rejected `token`. Gets a new token unless that was done already (another
   * call saw the same 401), sharing one refresh among all callers. Resolves when a new token is ready.
   * @throws TokenRefreshError when no new token could be had.
   */
  refreshAfterRejection(token: string | undefined): Promise<void>;
  /** The token last handed out to a request with this signal; undefined when unknown. */
  tokenIssuedFor(signal: AbortSignal): string | undefined;
  /**
   * Fills in the base URL and fetch of a client this provider is given to, for whatever the provider
   * was not configured with explicitly. Called by `createLeadwayClient`.
   * @internal
   */
  useClientDefaults(defaults: Pick<TokenEndpointConfig, 'baseUrl' | 'fetch'>): void;
  /**
   * Joins the client this provider is given to: takes its base URL and fetch (`useClientDefaults`)
   * and returns its transport wrapped to refresh once and resend once after a 401 that rejects the
   * token. Called by `createLeadwayCore`, which so carries none of this code for a static token.
   * @internal
   */
  joinClient(transport: Transport, defaults: Pick<TokenEndpointConfig, 'baseUrl' | 'fetch'>): Transport;
  /** Brand that {@link isRefreshableTokenProvider} recognises. @internal */
  readonly [REFRESHABLE]: true;
}

/** True when `value` is a token provider made by this package that can refresh after a 401. */
export function isRefreshableTokenProvider(value: unknown): value is RefreshableTokenProvider {
  return typeof value === 'function' && (value as Partial<RefreshableTokenProvider>)[REFRESHABLE] === true;
}

/** Records which token was handed out to which request signal, so a 401 names the token it rejected. */
export function issuedTokens() {
  const bySignal = new WeakMap<AbortSignal, string>();
  return {
    record(signal: AbortSignal | undefined, token: string): void {
      if (signal) bySignal.set(signal, token);
    },
    get: (signal: AbortSignal) => bySignal.get(signal),
  };
}

/**
 * Endpoint settings that start from explicit options and take a client's base URL and fetch for
 * whatever was not given.
 */
export function endpointSettings(explicit: Partial<TokenEndpointConfig>, defaults: TokenEndpointConfig) {
  let current: TokenEndpointConfig = { ...defaults, ...stripUndefined(explicit) };
  let boundToClient = false;
  return {
    get: () => current,
    useClientDefaults(fromClient: Pick<TokenEndpointConfig, 'baseUrl' | 'fetch'>) {
      if (boundToClient) return;
      boundToClient = true;
      current = { ...current, ...pick(fromClient, explicit) };
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function pick(fromClient: Pick<TokenEndpointConfig, 'baseUrl' | 'fetch'>, explicit: Partial<TokenEndpointConfig>) {
  const out: Partial<TokenEndpointConfig> = {};
  if (explicit.baseUrl === undefined) out.baseUrl = fromClient.baseUrl;
  if (explicit.fetch === undefined) out.fetch = fromClient.fetch;
  return out;
}
