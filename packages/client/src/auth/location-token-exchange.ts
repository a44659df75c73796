import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type ApiVersion, DEFAULT_API_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, SUPPORTED_API_VERSIONS } from '../options.js';
import { resolveToken, type TokenSource } from '../transport/token-source.js';
import { assertResourceId } from '../validate.js';
import { buildRefreshableTokenProvider } from './build-refreshable-token-provider.js';
import { optionalBaseUrl, optionalDuration, optionalFunction, requireText } from './check-options.js';
import { endpointSettings, isRefreshableTokenProvider, issuedTokens, type RefreshableTokenProvider } from './refreshable-token-provider.js';
import { singleFlightRenewal } from './single-flight-renewal.js';
import { isTokenAnswer, postTokenForm, refusalError, type TokenAnswer } from './token-endpoint.js';
import { saysTokenRejected } from './token-rejection.js';
import { withTimeout } from './with-timeout.js';

const OPERATION = 'getLocationAccessToken';
const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/** Options of {@link createLocationTokenExchange}. */
export interface LocationTokenExchangeOptions {
  /**
   * The agency (Company) token: an OAuth provider from `createOAuthTokenProvider({ userType: 'Company' })`,
   * any token provider, or a static agency token. A refreshable provider is refreshed once when the
   * exchange answers 401 "Invalid JWT".
   */
  agencyToken: TokenSource;
  /** The agency's company id. */
  companyId: string;
  /** Mint a new location token this long before the current one expires. @default 300000 (5 minutes) @unit milliseconds */
  refreshMarginMs?: number;
  /** The `Version` header of the exchange. @default '2021-07-28' */
  version?: ApiVersion;
  /** Host of the token endpoint. @default the client's `baseUrl`, else 'https://services.leadconnectorhq.com' */
  baseUrl?: string;
  /** The fetch for token requests. @default the client's `fetch`, else globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Timeout of one exchange, and of one cache `get()` or `set()`. @default 30000 @unit milliseconds */
  timeoutMs?: number;
  /**
   * Where location tokens are shared with other processes (e.g. `createRedisLocationTokenCache` from
   * `@leadway/redis`). Read before an exchange, written after one. A cache that fails or times out is
   * skipped: the token is exchanged (or kept) in this process alone. @default none: each process exchanges its own
   */
  cache?: LocationTokenCache;
}

/** A location token as a {@link LocationTokenCache} keeps it. */
export interface CachedLocationToken {
  /** The location's bearer token. */
  accessToken: string;
  /** When it expires. @unit milliseconds since the epoch */
  expiresAt: number;
  /** How long it was valid for when minted. @unit milliseconds */
  lifetimeMs: number;
}

/** Location tokens shared between processes, one entry per agency and location. */
export interface LocationTokenCache {
  /** The cached token of a location, or undefined. */
  get(companyId: string, locationId: string): CachedLocationToken | undefined | Promise<CachedLocationToken | undefined>;
  /** Stores a freshly exchanged token (replacing any other). */
  set(companyId: string, locationId: string, token: CachedLocationToken): void | Promise<void>;
}

/** Mints location tokens from an agency token, one cached token provider per location. */
export interface LocationTokenExchange {
  /**
   * The token provider for one location: give it to `createLeadwayClient({ token })`. Location tokens
   * are cached per location until `refreshMarginMs` before they expire; concurrent callers share one
   * exchange. The same location always gets the same provider.
   */
  forLocation(locationId: string): RefreshableTokenProvider;
}

type CachedToken = CachedLocationToken;

/**
 * Mints location tokens from an agency token (`POST /oauth/locationToken`, form-encoded `companyId`
 * and `locationId`), one cache entry and at most one exchange in flight per location. A failed
 * exchange throws TokenRefreshError; it is not retried here, the next call tries again.
 */
export function createLocationTokenExchange(options: LocationTokenExchangeOptions): LocationTokenExchange {
  if (typeof options !== 'object' || options === null) throw new InvalidInputError('options', 'expected an object');
  const { agencyToken } = options;
  if (typeof agencyToken !== 'function') requireText('agencyToken', agencyToken);
  const companyId = requireText('companyId', options.companyId);
  const marginMs = optionalDuration('refreshMarginMs', options.refreshMarginMs, DEFAULT_REFRESH_MARGIN_MS, { allowZero: true });
  const version = options.version ?? DEFAULT_API_VERSION;
  if (!SUPPORTED_API_VERSIONS.includes(version)) throw new InvalidInputError('version', `must be one of ${SUPPORTED_API_VERSIONS.join(', ')}`);
  const endpoint = endpointSettings(
    {
      baseUrl: optionalBaseUrl(options.baseUrl),
      fetch: optionalFunction('fetch', options.fetch),
      timeoutMs: optionalDuration('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    },
    { baseUrl: DEFAULT_BASE_URL, fetch: (request) => globalThis.fetch(request), timeoutMs: DEFAULT_TIMEOUT_MS },
  );
  const useClientDefaults: RefreshableTokenProvider['useClientDefaults'] = (defaults) => {
    endpoint.useClientDefaults(defaults);
    if (isRefreshableTokenProvider(agencyToken)) agencyToken.useClientDefaults(defaults);
  };

  const providers = new Map<string, RefreshableTokenProvider>();
  const { cache } = options;
  if (cache !== undefined && (typeof cache !== 'object' || cache === null || typeof cache.get !== 'function' || typeof cache.set !== 'function')) {
    throw new InvalidInputError('cache', 'must have get() and set() functions (see LocationTokenCache)');
  }
  const cacheTimeoutMs = optionalDuration('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);

  /** The shared cache's token for a location; undefined when there is none, or the cache failed. */
  async function fromCache(locationId: string): Promise<CachedToken | undefined> {
    if (!cache) return undefined;
    try {
      const found = await withTimeout(Promise.resolve(cache.get(companyId, locationId)), cacheTimeoutMs, () => new Error('cache get() timed out'));
      return isCachedToken(found) ? found : undefined;
    } catch {
      return undefined;
    }
  }

  async function toCache(locationId: string, token: CachedToken): Promise<void> {
    if (!cache) return;
    try {
      await withTimeout(Promise.resolve(cache.set(companyId, locationId, { ...token })), cacheTimeoutMs, () => new Error('cache set() timed out'));
    } catch {
      // The token is still good for this process; the next process exchanges its own.
    }
  }

  /** One exchange; after a 401 that rejects the agency token, one agency refresh and one more exchange. */
  async function exchange(locationId: string): Promise<CachedToken> {
    const send = async (agency: string) => {
      const requestedAt = Date.now();
      const outcome = await postTokenForm(endpoint.get(), {
        operation: OPERATION,
        form: { companyId, locationId },
        headers: { bearer: agency, version },
        secrets: [agency],
      });
      return { outcome, requestedAt };
    };
    const hint = 'Check that the agency token is valid, has the oauth.write scope, and that the app is installed on the location.';
    let agency = await resolveToken(agencyToken);
    let { outcome, requestedAt } = await send(agency);
    if (!isTokenAnswer(outcome) && outcome.status === 401 && isRefreshableTokenProvider(agencyToken) && saysTokenRejected(outcome.body)) {
      await agencyToken.refreshAfterRejection(agency);
      agency = await resolveToken(agencyToken);
      ({ outcome, requestedAt } = await send(agency));
    }
    if (!isTokenAnswer(outcome)) throw refusalError(outcome, OPERATION, [agency], hint, false);
    return cached(outcome, requestedAt);
  }

  function providerFor(locationId: string): RefreshableTokenProvider {
    let current: CachedToken | undefined;
    const exchanging = singleFlightRenewal(
      (stale) => obtain(stale).then((next) => (current = next)),
      () => current,
    );
    const issued = issuedTokens();
    // The margin is at most half the token's lifetime, so a short-lived token is still used.
    const needsExchange = (token: CachedToken): boolean => Date.now() >= token.expiresAt - Math.min(marginMs, token.lifetimeMs / 2);
    /** Another process's token from the shared cache when it is still good, else a new exchange (then cached). */
    const obtain = async (stale: string | undefined): Promise<CachedToken> => {
      const shared = await fromCache(locationId);
      if (shared && shared.accessToken !== stale && !needsExchange(shared)) return shared;
      const next = await exchange(locationId);
      await toCache(locationId, next);
      return next;
    };

    return buildRefreshableTokenProvider(
      async (context) => {
        let token = exchanging.running ? await exchanging.running : current;
        if (!token || needsExchange(token)) token = await exchanging.unlessDone(token?.accessToken);
        issued.record(context.signal, token.accessToken);
        return token.accessToken;
      },
      {
        async refreshAfterRejection(token) {
          await exchanging.unlessDone(token);
        },
        tokenIssuedFor: issued.get,
        useClientDefaults,
      },
    );
  }

  return {
    forLocation(locationId: string) {
      assertResourceId('locationId', locationId);
      let provider = providers.get(locationId);
      if (!provider) {
        provider = providerFor(locationId);
        providers.set(locationId, provider);
      }
      return provider;
    },
  };
}

function isCachedToken(value: unknown): value is CachedToken {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<CachedToken>;
  return typeof t.accessToken === 'string' && t.accessToken !== '' && Number.isFinite(t.expiresAt) && Number.isFinite(t.lifetimeMs);
}

function cached(answer: TokenAnswer, requestedAt: number): CachedToken {
  const lifetimeMs = answer.expiresIn * 1000;
  return { accessToken: answer.accessToken, expiresAt: requestedAt + lifetimeMs, lifetimeMs };
}
