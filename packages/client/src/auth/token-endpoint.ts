import { TokenRefreshError } from '../errors/token-refresh-error.js';
import { redactSecrets } from './redact.js';
import { withTimeout } from './with-timeout.js';

/** Where and how the token endpoints are called. */
export interface TokenEndpointConfig {
  /** API host. */
  baseUrl: string;
  /** The fetch to send with. */
  fetch: (request: Request) => Promise<Response>;
  /** Timeout of one token request. @unit milliseconds */
  timeoutMs: number;
}

export interface TokenFormRequest {
  /** `getAccessToken` or `getLocationAccessToken`. */
  operation: string;
  path: '/oauth/token' | '/oauth/locationToken';
  form: Record<string, string | undefined>;
  /** Extra headers (Authorization, Version); never reported. */
  headers?: Record<string, string>;
  /** Values to blank out of anything quoted from the server. */
  secrets: readonly (string | undefined)[];
}

/** A 2xx answer of a token endpoint with the fields the providers need. */
export interface TokenAnswer {
  accessToken: string;
  /** @unit seconds */
  expiresIn: number;
  refreshToken: string | undefined;
  body: Record<string, unknown>;
}

/** A non-2xx answer of a token endpoint, read far enough to decide what to do. */
export interface TokenEndpointRefusal {
  status: number;
  body: unknown;
}

/**
 * POSTs a form to a token endpoint, once: a token request is never re-sent here, because a refresh
 * the server processed has already spent the refresh token. A non-2xx answer is returned to the
 * caller (it decides whether a 401 deserves a new agency token); everything else throws
 * TokenRefreshError.
 */
export async function postTokenForm(config: TokenEndpointConfig, call: TokenFormRequest): Promise<TokenAnswer | TokenEndpointRefusal> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(call.form)) if (value !== undefined) body.set(name, value);
  const request = new Request(`${config.baseUrl}${call.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...call.headers },
    body: body.toString(),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  let status: number;
  let text: string;
  try {
    // The signal stops a standard fetch; the race also bounds a custom fetch that ignores it.
    ({ status, text } = await withTimeout(
      config.fetch(request).then(async (response) => ({ status: response.status, text: await response.text() })),
      config.timeoutMs,
      () => new DOMException('The token request timed out', 'TimeoutError'),
    ));
  } catch (cause) {
    const timedOut = request.signal.aborted || (cause instanceof DOMException && cause.name === 'TimeoutError');
    throw new TokenRefreshError({
      reason: 'unreachable',
      operation: call.operation,
      detail: timedOut ? `no answer within ${config.timeoutMs} ms` : 'the token endpoint could not be reached',
      hint: 'Check the network and the base URL; the next call tries again.',
      final: false,
      // A timeout's reason carries nothing useful; a network error's cause names the failure.
      cause: timedOut ? undefined : stripRequest(cause),
    });
  }
  const parsed = parseJson(text);
  if (status < 200 || status > 299) return { status, body: parsed ?? redactSecrets(text.slice(0, 200), call.secrets) };
  const answer = asRecord(parsed);
  const accessToken = answer?.access_token;
  const expiresIn = answer?.expires_in;
  if (!answer || typeof accessToken !== 'string' || accessToken === '' || typeof expiresIn !== 'number' || !(expiresIn >= 0)) {
    throw new TokenRefreshError({
      reason: 'malformed_response',
      operation: call.operation,
      status,
      detail: `the ${status} answer has no usable access_token and expires_in`,
      hint: 'The token endpoint answered something unexpected; check the base URL.',
      final: true,
    });
  }
  const refreshToken = typeof answer.refresh_token === 'string' && answer.refresh_token !== '' ? answer.refresh_token : undefined;
  return { accessToken, expiresIn, refreshToken, body: answer };
}

export function isTokenAnswer(value: TokenAnswer | TokenEndpointRefusal): value is TokenAnswer {
  return 'accessToken' in value;
}

/** Turns a refusal into the typed error, quoting the server's reason without secrets. */
export function refusalError(
  refusal: TokenEndpointRefusal,
  operation: string,
  secrets: readonly (string | undefined)[],
  hint: string,
  final: boolean,
): TokenRefreshError {
  const body = asRecord(refusal.body);
  // OAuth 2.0 shape `{ error, error_description }`, or the gateway's `{ statusCode, message, error? }`.
  const oauthError = body && typeof body.error === 'string' && typeof body.statusCode !== 'number' ? body.error : undefined;
  const message = body?.error_description ?? body?.message;
  const said = Array.isArray(message) ? message.filter((m) => typeof m === 'string').join('; ') : typeof message === 'string' ? message : typeof refusal.body === 'string' ? refusal.body : '';
  const traceId = typeof body?.traceId === 'string' ? body.traceId : undefined;
  const quoted = redactSecrets(said, secrets).slice(0, 200);
  return new TokenRefreshError({
    reason: 'rejected',
    operation,
    status: refusal.status,
    oauthError,
    traceId,
    detail: `the token endpoint answered ${refusal.status}${oauthError ? ` ${oauthError}` : ''}${quoted ? ` (${JSON.stringify(quoted)})` : ''}${traceId ? ` (traceId ${traceId})` : ''}`,
    hint,
    final,
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Keeps a network error's name, message and code, but not a reference to the request (which holds the form). */
function stripRequest(cause: unknown): unknown {
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  const copy = new Error(cause.message);
  copy.name = cause.name;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}
