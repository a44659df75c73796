import { TokenRefreshError } from '../errors/token-refresh-error.js';
import { TOKEN_RESPONSE_MAX_BYTES } from '../options.js';
import { bearerOf, redactThenCut, redactValue, safeCause } from '../redact.js';
import { readLimitedBody } from '../transport/read-limited-body.js';
import { isRedirect } from '../transport/redirects.js';
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
 * the server processed has already spent the refresh token. It is never redirected either
 * (`redirect: 'manual'`): a redirect would carry the client secret and the single-use refresh token to
 * wherever it points, so any redirect (or a custom fetch that followed one) is a TokenRefreshError
 * (`redirected`) and the answer is not used. The answer is read up to TOKEN_RESPONSE_MAX_BYTES. A
 * non-2xx answer is returned to the caller (it decides whether a 401 deserves a new agency token);
 * everything else throws TokenRefreshError.
 */
export async function postTokenForm(config: TokenEndpointConfig, call: TokenFormRequest): Promise<TokenAnswer | TokenEndpointRefusal> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(call.form)) if (value !== undefined) body.set(name, value);
  const request = new Request(`${config.baseUrl}${call.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...call.headers },
    body: body.toString(),
    signal: AbortSignal.timeout(config.timeoutMs),
    redirect: 'manual',
  });
  let status: number;
  let text: string;
  try {
    // The signal stops a standard fetch; the race also bounds a custom fetch that ignores it.
    ({ status, text } = await withTimeout(
      config.fetch(request).then(async (response) => {
        refuseRedirect(response, call.operation);
        const bytes = await readLimitedBody(response, TOKEN_RESPONSE_MAX_BYTES, () => tooLarge(response.status, call.operation));
        return { status: response.status, text: new TextDecoder().decode(bytes) };
      }),
      config.timeoutMs,
      () => new DOMException('The token request timed out', 'TimeoutError'),
    ));
  } catch (cause) {
    if (cause instanceof TokenRefreshError) throw cause;
    const timedOut = request.signal.aborted || (cause instanceof DOMException && cause.name === 'TimeoutError');
    throw new TokenRefreshError({
      reason: 'unreachable',
      operation: call.operation,
      detail: timedOut ? `no answer within ${config.timeoutMs} ms` : 'the token endpoint could not be reached',
      hint: 'Check the network and the base URL; the next call tries again.',
      final: false,
      // A timeout's reason carries nothing useful; a network error's cause names the failure.
      cause: timedOut ? undefined : safeCause(cause, [...call.secrets, bearerOf(call.headers?.Authorization)]),
    });
  }
  const parsed = parseJson(text);
  // Blanked before it is cut: cutting first could leave the start of a secret at the cut.
  if (status < 200 || status > 299) return { status, body: parsed ?? redactThenCut(text, call.secrets, 200) };
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
  // Every field quoted below comes from the server, which may echo what it was sent: blanked first.
  const body = asRecord(redactValue(refusal.body, secrets));
  // OAuth 2.0 shape `{ error, error_description }`, or the gateway's `{ statusCode, message, error? }`.
  const oauthError = body && typeof body.error === 'string' && typeof body.statusCode !== 'number' ? redactThenCut(body.error, secrets, 100) : undefined;
  const message = body?.error_description ?? body?.message;
  const said = Array.isArray(message) ? message.filter((m) => typeof m === 'string').join('; ') : typeof message === 'string' ? message : typeof refusal.body === 'string' ? refusal.body : '';
  const traceId = typeof body?.traceId === 'string' ? redactThenCut(body.traceId, secrets, 100) : undefined;
  const quoted = redactThenCut(said, secrets, 200);
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

/**
 * Throws when the answer is a redirect, or comes from a redirect a custom fetch followed: its access
 * token would be one minted by wherever the redirect pointed. Final: asking again gets the same answer.
 */
function refuseRedirect(response: Response, operation: string): void {
  if (!isRedirect(response) && !response.redirected) return;
  void response.body?.cancel().catch(() => undefined);
  const status = response.type === 'opaqueredirect' ? 0 : response.status;
  throw new TokenRefreshError({
    reason: 'redirected',
    operation,
    status,
    detail: response.redirected
      ? 'the fetch followed a redirect of the token request, so the answer was not used'
      : `the token endpoint answered with a redirect${status ? ` (${status})` : ''}, which is never followed: the form holds the client secret and the refresh token`,
    hint: 'Check the base URL of the token endpoint (the exact https origin of the API), and give the provider a fetch that does not follow redirects.',
    final: true,
  });
}

function tooLarge(status: number, operation: string): TokenRefreshError {
  return new TokenRefreshError({
    reason: 'response_too_large',
    operation,
    status,
    detail: `the ${status} answer is larger than ${TOKEN_RESPONSE_MAX_BYTES} bytes, so the read was stopped`,
    hint: 'The token endpoint answered something unexpected; check the base URL.',
    final: true,
  });
}
