/** The tokens of one OAuth installation, as the provider keeps and stores them. */
export interface OAuthTokens {
  /** The bearer token for API calls. */
  accessToken: string;
  /** The single-use refresh token; every refresh spends it and returns a new one. */
  refreshToken: string;
  /** When the access token expires. @unit milliseconds since the epoch */
  expiresAt: number;
  /** `Location` or `Company`, as the token endpoint said. */
  userType?: string | undefined;
  /** The location (sub-account) the tokens belong to, for a Location token. */
  locationId?: string | undefined;
  /** The agency (company) the tokens belong to. */
  companyId?: string | undefined;
  /** Granted scopes, space-separated. */
  scope?: string | undefined;
}

/**
 * Where the provider keeps the tokens between process runs (a database row, a secrets manager, a
 * file). `save` must not resolve before the tokens are durable: the provider waits for it before the
 * new access token is used, because the refresh token it replaces is already spent.
 */
export interface TokenStore {
  /** The current tokens; undefined when there are none (the app was never authorized). */
  load(): OAuthTokens | undefined | Promise<OAuthTokens | undefined>;
  /** Persists the tokens a refresh returned. A rejection makes the refresh fail with `store_write_failed`. */
  save(tokens: OAuthTokens): void | Promise<void>;
  /**
   * Optional, for a store that several processes share (e.g. `@leadway/redis`). When it is there, the
   * provider never refreshes on its own: it hands every refresh to this method, which must, across
   * all processes using the store, run at most one refresh at a time (a lock), and:
   * load the stored tokens under the lock and return them untouched when `refresh.needsRefresh()`
   * says they are fine (another process refreshed already); otherwise call `refresh.present()` at
   * most once, save what it returns before resolving with it (a rejection of the save means the new
   * tokens must not be used), and never let a refresh token be presented twice, except once more
   * when the process that presented it died (or stalled past the lock) before saving the answer: the
   * endpoint may not have spent it, and if it had, the rotated token is lost anyway.
   * Errors: a TokenRefreshError passes through as is (`final` ones stop the provider until `reset()`);
   * any other rejection becomes a TokenRefreshError `store_read_failed` that the next call retries.
   */
  refreshExclusively?(refresh: ExclusiveRefresh): Promise<OAuthTokens>;
}

/** What the provider hands to {@link TokenStore.refreshExclusively}: when to refresh, and how. */
export interface ExclusiveRefresh {
  /** True when `stored` must be refreshed: it expires within the margin, or it is the access token the API rejected. */
  needsRefresh(stored: OAuthTokens): boolean;
  /**
   * Presents `stored.refreshToken` to the token endpoint once and resolves with the new tokens (not
   * saved yet). Rejects with TokenRefreshError: `reason: 'unreachable'` means no answer came (the
   * endpoint may have spent the refresh token); `final: false` with `reason: 'rejected'` means the
   * endpoint answered 429 or 5xx (the one-process provider would try the same refresh token again).
   */
  present(stored: OAuthTokens): Promise<OAuthTokens>;
}

/** A TokenStore in memory, for tests and short-lived scripts: a restart loses the rotated refresh token. */
export function createMemoryTokenStore(initial?: OAuthTokens): TokenStore & {
  /** The tokens held now; undefined before the first save when created without any. */
  readonly current: OAuthTokens | undefined;
} {
  let tokens = initial ? { ...initial } : undefined;
  return {
    get current() {
      return tokens ? { ...tokens } : undefined;
    },
    load: () => (tokens ? { ...tokens } : undefined),
    save: (next) => {
      tokens = { ...next };
    },
  };
}
