import { LeadwayError } from './leadway-error.js';

/** Why a token could not be obtained; see TokenRefreshError. */
export type TokenRefreshFailure =
  /** The token endpoint refused (4xx/5xx), e.g. 400 `invalid_grant` for a spent or revoked refresh token. */
  | 'rejected'
  /** No answer from the token endpoint (network failure or timeout). */
  | 'unreachable'
  /** A 2xx answer without a usable `access_token` / `expires_in`. */
  | 'malformed_response'
  /** The token endpoint answered with a redirect, which is never followed (the form holds secrets). */
  | 'redirected'
  /** The answer was larger than 1 MiB (decoded); the read was stopped. */
  | 'response_too_large'
  /** The token store's `load()` failed or returned nothing usable. */
  | 'store_read_failed'
  /** The token store's `save()` failed: the new tokens were not used. */
  | 'store_write_failed'
  /**
   * A shared token store found its refresh token already presented by processes that never finished
   * (killed, or stalled past the store's lock), as many times as the store allows (`@leadway/redis`:
   * the first presentation and one recovery): it may be spent, so it is not presented again.
   * Re-authorize the app, then call `reset()` with the new tokens.
   */
  | 'refresh_in_doubt';

/** What {@link TokenRefreshError} is built from. */
export interface TokenRefreshErrorInit {
  /** Why no token could be had. */
  reason: TokenRefreshFailure;
  /** The spec's operationId of the token endpoint: `getAccessToken` or `getLocationAccessToken`. */
  operation: string;
  /** What went wrong, already free of secrets. */
  detail: string;
  /** What the caller can do about it. */
  hint: string;
  /** HTTP status of the token endpoint's answer, when there was one. */
  status?: number | undefined;
  /** The OAuth error code, when the answer had the OAuth 2.0 shape. */
  oauthError?: string | undefined;
  /** The API's trace id, when it sent one. */
  traceId?: string | undefined;
  /**
   * True when the provider will not try again by itself (the refresh token is spent or the new one
   * could not be stored): call `reset()` on the provider with fresh tokens.
   */
  final: boolean;
  /** The underlying failure, kept as the error's `cause`. */
  cause?: unknown;
}

/**
 * An access token could not be refreshed or minted. Its own kind (`token_refresh`) so callers can
 * tell "re-authorize the app" apart from an API answer. It never holds a token, a refresh token, a
 * code or the client secret: the server's text is quoted with known secrets blanked out.
 */
export class TokenRefreshError extends LeadwayError {
  /** Always `'token_refresh'`. */
  declare readonly kind: 'token_refresh';
  /** Why no token could be had. */
  declare readonly reason: TokenRefreshFailure;
  /** The token endpoint's operationId: `getAccessToken` or `getLocationAccessToken`. */
  declare readonly operation: string;
  /** HTTP status of the token endpoint's answer, when there was one. */
  declare readonly status: number | undefined;
  /** The OAuth error code (`invalid_grant`, `invalid_client`, ...) when the answer had the OAuth 2.0 shape. */
  declare readonly oauthError: string | undefined;
  /** The API's trace id of the token endpoint's answer, when it sent one. */
  declare readonly traceId: string | undefined;
  /** True when the provider stopped refreshing until `reset()`; false when the next call tries again. */
  declare readonly final: boolean;

  constructor(init: TokenRefreshErrorInit) {
    const { reason, operation, status, oauthError, traceId, final } = init;
    super(`Could not get an access token (${operation}): ${init.detail}. ${init.hint}`, init.cause === undefined ? undefined : { cause: init.cause }, {
      kind: 'token_refresh',
      reason,
      operation,
      status,
      oauthError,
      traceId,
      final,
    });
  }
}
