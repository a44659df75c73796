import { assertToken } from '../validate.js';

/** Supplies the bearer token for each request; may refresh it. Called once per attempt. */
export type TokenProvider = (context: { signal?: AbortSignal }) => string | Promise<string>;

/**
 * A static token, or a provider that is asked on every request. A provider made by
 * `createOAuthTokenProvider` or `createLocationTokenExchange(...).forLocation(id)` is also refreshable
 * (see `RefreshableTokenProvider` in `src/auth/`): the client then refreshes it once after a 401 that
 * says the token is invalid or expired. The rest of the client does not care which kind it got.
 */
export type TokenSource = string | TokenProvider;

export async function resolveToken(source: TokenSource, signal?: AbortSignal): Promise<string> {
  const token = typeof source === 'function' ? await source(signal ? { signal } : {}) : source;
  assertToken(token);
  return token;
}
