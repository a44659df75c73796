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
