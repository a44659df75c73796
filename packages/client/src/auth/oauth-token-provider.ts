import { InvalidInputError } from '../errors/invalid-input-error.js';
import { LeadwayError } from '../errors/leadway-error.js';
import { TokenRefreshError } from '../errors/token-refresh-error.js';
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '../options.js';
import { safeCause } from '../redact.js';
import { buildRefreshableTokenProvider } from './build-refreshable-token-provider.js';
import { optionalBaseUrl, optionalDuration, optionalFunction, requireText } from './check-options.js';
import type { OAuthTokens, TokenStore } from './oauth-tokens.js';
import { endpointSettings, issuedTokens, type RefreshableTokenProvider } from './refreshable-token-provider.js';
import { singleFlightRenewal } from './single-flight-renewal.js';
import { isTokenAnswer, postTokenForm, refusalError, type TokenAnswer } from './token-endpoint.js';
import { withTimeout } from './with-timeout.js';

const OPERATION = 'getAccessToken';

/** Options of {@link createOAuthTokenProvider}: the app's credentials and where the tokens are kept. */
export interface OAuthTokenProviderOptions {
  /** The marketplace app's client id. */
  clientId: string;
  /** The marketplace app's client secret. Never logged, never part of an error. */
  clientSecret: string;
  /** Where the tokens live; `save` is awaited before a refreshed access token is used. */
  store: TokenStore;
  /** `user_type` sent with a refresh. @default the stored tokens' `userType`, else 'Location' */
  userType?: 'Location' | 'Company';
  /** Refresh this long before the access token expires. @default 300000 (5 minutes) @unit milliseconds */
  refreshMarginMs?: number;
  /** Host of the token endpoint. @default the client's `baseUrl`, else 'https://services.leadconnectorhq.com' */
  baseUrl?: string;
  /** The fetch for token requests. @default the client's `fetch`, else globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Timeout of one token request. @default 30000 @unit milliseconds */
  timeoutMs?: number;
  /** Timeout of one store `load()` or `save()`; a save that times out counts as failed. @default 30000 @unit milliseconds */
  storeTimeoutMs?: number;
}

/** The OAuth provider: a token provider for the client, plus `reset` for after a re-authorization. */
export interface OAuthTokenProvider extends RefreshableTokenProvider {
  /**
   * Forgets a final failure and the tokens in memory; the next call loads from the store, or uses
   * `tokens` (which are then saved to the store first).
   */
  reset(tokens?: OAuthTokens): Promise<void>;
}

const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A token provider for a marketplace app's OAuth tokens (`POST /oauth/token`,
 * `grant_type=refresh_token`). It refreshes `refreshMarginMs` before expiry and once after a 401 that
 * says the token is expired or invalid. One refresh at a time, whatever the concurrency: callers that
 * need a token while a refresh runs wait for it. The rotated refresh token is saved to the store, and
 * the save has finished, before the new access token is used. A refused refresh (e.g. 400
 * `invalid_grant`) or a failed save is final: the provider throws the same TokenRefreshError without
 * asking the server again until `reset()`. Across processes, give it a store with
 * `refreshExclusively` (e.g. `createRedisTokenStore` from `@leadway/redis`): one refresh per expiry
 * for all of them.
 */
export function createOAuthTokenProvider(options: OAuthTokenProviderOptions): OAuthTokenProvider {
  if (typeof options !== 'object' || options === null) throw new InvalidInputError('options', 'expected an object');
  const clientId = requireText('clientId', options.clientId);
  const clientSecret = requireText('clientSecret', options.clientSecret);
  const { store } = options;
  if (typeof store !== 'object' || store === null || typeof store.load !== 'function' || typeof store.save !== 'function') {
    throw new InvalidInputError('store', 'must have load() and save() functions');
  }
  if (options.userType !== undefined && options.userType !== 'Location' && options.userType !== 'Company') {
    throw new InvalidInputError('userType', "must be 'Location' or 'Company'");
  }
  const storeTimeoutMs = optionalDuration('storeTimeoutMs', options.storeTimeoutMs, DEFAULT_TIMEOUT_MS);
  const bounded = <T>(work: T | Promise<T>, what: string) =>
    withTimeout(Promise.resolve(work), storeTimeoutMs, () => new Error(`the token store's ${what}() did not finish within ${storeTimeoutMs} ms`));
  const marginMs = optionalDuration('refreshMarginMs', options.refreshMarginMs, DEFAULT_REFRESH_MARGIN_MS, { allowZero: true });
  const endpoint = endpointSettings(
    {
      baseUrl: optionalBaseUrl(options.baseUrl),
      fetch: optionalFunction('fetch', options.fetch),
      timeoutMs: optionalDuration('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    },
    { baseUrl: DEFAULT_BASE_URL, fetch: (request) => globalThis.fetch(request), timeoutMs: DEFAULT_TIMEOUT_MS },
  );

  let tokens: OAuthTokens | undefined;
  let loading: Promise<OAuthTokens> | undefined;
  const refreshing = singleFlightRenewal(
    (stale) => refresh(stale),
    () => tokens,
  );
  /** Set by a refusal or a failed save: the refresh token can no longer be trusted. */
  let finalFailure: TokenRefreshError | undefined;
  /** Lifetime of tokens this provider refreshed, so the margin never exceeds half of it. @unit milliseconds */
  const lifetimes = new WeakMap<OAuthTokens, number>();
  const issued = issuedTokens();
  const secrets = () => [clientSecret, tokens?.refreshToken, tokens?.accessToken];

  function loaded(): Promise<OAuthTokens> {
    if (tokens) return Promise.resolve(tokens);
    loading ??= loadFromStore().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  async function loadFromStore(): Promise<OAuthTokens> {
    let stored: OAuthTokens | undefined;
    try {
      stored = await bounded(store.load(), 'load');
    } catch (cause) {
      throw storeError('store_read_failed', "the token store's load() failed", cause, false, secrets());
    }
    if (!isUsable(stored)) {
      throw storeError('store_read_failed', 'the token store holds no tokens (accessToken, refreshToken and expiresAt are needed)');
    }
    tokens ??= { ...stored };
    return tokens;
  }

  function needsRefresh(current: OAuthTokens): boolean {
    const lifetime = lifetimes.get(current);
    return Date.now() >= current.expiresAt - (lifetime === undefined ? marginMs : Math.min(marginMs, lifetime / 2));
  }

  /** Starts a refresh unless one runs, or `stale` is no longer the current access token. */
  function refreshUnlessDone(stale: string | undefined): Promise<OAuthTokens> {
    if (finalFailure) return Promise.reject(finalFailure);
    return refreshing.unlessDone(stale);
  }

  async function refresh(stale: string | undefined): Promise<OAuthTokens> {
    if (typeof store.refreshExclusively === 'function') return refreshThroughStore(stale);
    const old = await loaded();
    const next = await present(old);
    try {
      await bounded(store.save({ ...next }), 'save');
    } catch (cause) {
      finalFailure = storeError(
        'store_write_failed',
        "the token store's save() failed, so the refreshed tokens were not used (the previous refresh token is spent)",
        cause,
        true,
        [...secrets(), next.accessToken, next.refreshToken],
      );
      throw finalFailure;
    }
    tokens = next;
    return next;
  }

  /**
   * A store shared by several processes refreshes under its own lock (TokenStore.refreshExclusively):
   * it reloads the tokens, presents the refresh token only when they still need it, and saves the
   * result before handing it back.
   */
  async function refreshThroughStore(stale: string | undefined): Promise<OAuthTokens> {
    let next: OAuthTokens;
    try {
      next = await store.refreshExclusively!({
        needsRefresh: (stored) => (stale !== undefined && stored.accessToken === stale) || needsRefresh(stored),
        present: (stored) => present({ ...stored }),
      });
    } catch (error) {
      // Recognised by brand, not instanceof: the store may come with its own copy of this package.
      if (LeadwayError.isLeadwayError(error) && error.kind === 'token_refresh') {
        if ((error as TokenRefreshError).final) finalFailure = error as TokenRefreshError;
        throw error;
      }
      throw storeError('store_read_failed', "the token store's refreshExclusively() failed", error, false, secrets());
    }
    if (!isUsable(next)) throw storeError('store_read_failed', "the token store's refreshExclusively() returned no usable tokens");
    tokens = next;
    return next;
  }

  /** Presents `old.refreshToken` once; resolves with the new tokens, not saved yet. */
  async function present(old: OAuthTokens): Promise<OAuthTokens> {
    // `old` may come from a shared store and differ from the tokens in memory: blank both.
    const known = [...secrets(), old.refreshToken, old.accessToken];
    const requestedAt = Date.now();
    const outcome = await postTokenForm(endpoint.get(), {
      operation: OPERATION,
      form: {
        client_id: clientId,
        client_secret: clientSecret,
        grant_type: 'refresh_token',
        refresh_token: old.refreshToken,
        user_type: options.userType ?? old.userType ?? 'Location',
      },
      secrets: known,
    }).catch((error: unknown) => {
      if (error instanceof TokenRefreshError && error.final) finalFailure = error;
      throw error;
    });
    if (!isTokenAnswer(outcome)) {
      // 429 and 5xx say nothing about the refresh token: the next call may try again. Any other
      // refusal (400 invalid_grant, 401 invalid_client, 422) will not change by asking again.
      const final = outcome.status !== 429 && outcome.status < 500;
      const error = refusalError(
        outcome,
        OPERATION,
        known,
        final
          ? 'The refresh token is spent, expired or revoked, or the client credentials are wrong: re-authorize the app, then call reset() with the new tokens.'
          : 'The token endpoint is unavailable; the next call tries again.',
        final,
      );
      if (final) finalFailure = error;
      throw error;
    }
    const next = tokensFrom(outcome, old, requestedAt);
    lifetimes.set(next, outcome.expiresIn * 1000);
    return next;
  }

  async function getToken(context: { signal?: AbortSignal }): Promise<string> {
    if (finalFailure) throw finalFailure;
    let current = refreshing.running ? await refreshing.running : await loaded();
    if (needsRefresh(current)) current = await refreshUnlessDone(current.accessToken);
    issued.record(context.signal, current.accessToken);
    return current.accessToken;
  }

  const provider = buildRefreshableTokenProvider(getToken, {
    async refreshAfterRejection(token) {
      await refreshUnlessDone(token);
    },
    tokenIssuedFor: issued.get,
    useClientDefaults: endpoint.useClientDefaults,
  }) as OAuthTokenProvider;
  provider.reset = async (fresh?: OAuthTokens) => {
    if (fresh !== undefined && !isUsable(fresh)) throw new InvalidInputError('tokens', 'need accessToken, refreshToken and a numeric expiresAt');
    if (refreshing.running) await refreshing.running.catch(() => undefined);
    if (fresh) {
      try {
        await bounded(store.save({ ...fresh }), 'save');
      } catch (cause) {
        throw storeError('store_write_failed', "the token store's save() failed", cause, false, [...secrets(), fresh.accessToken, fresh.refreshToken]);
      }
    }
    tokens = fresh ? { ...fresh } : undefined;
    finalFailure = undefined;
  };
  return provider;
}

function tokensFrom(answer: TokenAnswer, old: OAuthTokens, requestedAt: number): OAuthTokens {
  const { body } = answer;
  const text = (key: string, fallback: string | undefined) => (typeof body[key] === 'string' ? (body[key] as string) : fallback);
  return {
    accessToken: answer.accessToken,
    // An answer without a refresh token keeps the old one (unverified whether the API ever omits it).
    refreshToken: answer.refreshToken ?? old.refreshToken,
    // Counted from when the request left, so the token is never believed valid longer than it is.
    expiresAt: requestedAt + answer.expiresIn * 1000,
    userType: text('userType', old.userType),
    locationId: text('locationId', old.locationId),
    companyId: text('companyId', old.companyId),
    scope: text('scope', old.scope),
  };
}

function isUsable(value: unknown): value is OAuthTokens {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<OAuthTokens>;
  return (
    typeof t.accessToken === 'string' &&
    t.accessToken !== '' &&
    typeof t.refreshToken === 'string' &&
    t.refreshToken !== '' &&
    typeof t.expiresAt === 'number' &&
    !Number.isNaN(t.expiresAt)
  );
}

function storeError(
  reason: 'store_read_failed' | 'store_write_failed',
  detail: string,
  cause?: unknown,
  final = false,
  secrets: readonly (string | undefined)[] = [],
): TokenRefreshError {
  return new TokenRefreshError({
    reason,
    operation: OPERATION,
    detail,
    hint: reason === 'store_write_failed' && final ? 'Fix the store, re-authorize the app, then call reset() with the new tokens.' : 'Check the token store.',
    final,
    // The store is the app's code: its error is kept as the cause, but only its name, code and
    // message, with the tokens blanked (a store's message may quote what it was given).
    cause: LeadwayError.isLeadwayError(cause) ? cause : safeCause(cause, secrets),
  });
}
