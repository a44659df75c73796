import { InvalidInputError } from '../errors/invalid-input-error.js';
import { TokenRefreshError } from '../errors/token-refresh-error.js';
import { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from '../options.js';
import { optionalBaseUrl, optionalDuration, optionalFunction, requireText } from './check-options.js';
import type { OAuthTokens } from './oauth-tokens.js';
import { isTokenAnswer, postTokenForm, refusalError } from './token-endpoint.js';

/** What {@link exchangeAuthorizationCode} needs: the app's credentials and the code of the consent redirect. */
export interface AuthorizationCodeExchange {
  /** The app's client id (marketplace app settings). */
  clientId: string;
  /** The app's client secret. Never appears in an error or log line. */
  clientSecret: string;
  /** The `code` query parameter of the consent redirect. Single-use. */
  code: string;
  /** The redirect URI registered for the app. */
  redirectUri?: string;
  /** @default 'Location' */
  userType?: 'Location' | 'Company';
  /** @default 'https://services.leadconnectorhq.com' */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** @default 30000 @unit milliseconds */
  timeoutMs?: number;
}

/**
 * Trades the code of the consent redirect for the first tokens (`POST /oauth/token`,
 * `grant_type=authorization_code`). Save the result in your TokenStore. Sent once, never retried: a
 * code is single-use.
 * @throws TokenRefreshError when the endpoint refuses or cannot be reached.
 */
export async function exchangeAuthorizationCode(input: AuthorizationCodeExchange): Promise<OAuthTokens> {
  if (typeof input !== 'object' || input === null) throw new InvalidInputError('input', 'expected an object');
  const clientId = requireText('clientId', input.clientId);
  const clientSecret = requireText('clientSecret', input.clientSecret);
  const code = requireText('code', input.code);
  if (input.userType !== undefined && input.userType !== 'Location' && input.userType !== 'Company') {
    throw new InvalidInputError('userType', "must be 'Location' or 'Company'");
  }
  const config = {
    baseUrl: optionalBaseUrl(input.baseUrl) ?? DEFAULT_BASE_URL,
    fetch: optionalFunction('fetch', input.fetch) ?? ((request: Request) => globalThis.fetch(request)),
    timeoutMs: optionalDuration('timeoutMs', input.timeoutMs, DEFAULT_TIMEOUT_MS),
  };
  const secrets = [clientSecret, code];
  const requestedAt = Date.now();
  const outcome = await postTokenForm(config, {
    operation: 'getAccessToken',
    form: {
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: 'authorization_code',
      code,
      user_type: input.userType ?? 'Location',
      redirect_uri: input.redirectUri,
    },
    secrets,
  });
  if (!isTokenAnswer(outcome)) {
    throw refusalError(
      outcome,
      'getAccessToken',
      secrets,
      'The code is spent or expired, or the client credentials or redirect URI are wrong: start the consent flow again.',
      true,
    );
  }
  if (!outcome.refreshToken) {
    throw new TokenRefreshError({
      reason: 'malformed_response',
      operation: 'getAccessToken',
      status: 200,
      detail: 'the answer has no refresh_token',
      hint: 'The token endpoint answered something unexpected; check the base URL.',
      final: true,
    });
  }
  const text = (key: string) => (typeof outcome.body[key] === 'string' ? (outcome.body[key] as string) : undefined);
  return {
    accessToken: outcome.accessToken,
    refreshToken: outcome.refreshToken,
    expiresAt: requestedAt + outcome.expiresIn * 1000,
    userType: text('userType'),
    locationId: text('locationId'),
    companyId: text('companyId'),
    scope: text('scope'),
  };
}
