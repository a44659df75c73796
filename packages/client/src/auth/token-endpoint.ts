import { ConnectionError } from '../errors/connection-error.js';
import { RedirectError } from '../errors/redirect-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { TokenRefreshError } from '../errors/token-refresh-error.js';
import { getAccessTokenOperation, getLocationAccessTokenOperation } from '../generated/operations.js';
import type { BodyOf } from '../operations/operation-types.js';
import { DEFAULT_RETRY, TOKEN_RESPONSE_MAX_BYTES } from '../options.js';
import { redactThenCut, redactValue, safeCause } from '../redact.js';
import { bufferedBodies, createTransport } from '../transport/transport.js';
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

/** The form of `POST /oauth/token` (`getAccessToken`), as the spec declares it. */
export type AccessTokenForm = BodyOf<'getAccessToken'>;
/** The form of `POST /oauth/locationToken` (`getLocationAccessToken`), as the spec declares it. */
export type LocationTokenForm = BodyOf<'getLocationAccessToken'>;

/** One token request: the operation, its spec-typed form, and what must never be shown. */
export type TokenFormRequest = (
  | { operation: 'getAccessToken'; form: AccessTokenForm; headers?: undefined }
  | {
      operation: 'getLocationAccessToken';
      form: LocationTokenForm;
      /** The agency token (sent as `Authorization: Bearer`) and the `Version` header; never reported. */
      headers: { bearer: string; version: string };
    }
) & {
  /** Values to blank out of anything quoted from the server or a failing fetch. */
  secrets: readonly (string | undefined)[];
};

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

const OPERATIONS = { getAccessToken: getAccessTokenOperation, getLocationAccessToken: getLocationAccessTokenOperation };
/** A token request is sent once: a refresh the server processed has already spent the refresh token. */
const SENT_ONCE = /* @__PURE__ */ Object.freeze({ ...DEFAULT_RETRY, maxRetries: 0 });

/**
 * POSTs the form to a token endpoint through the client's transport, once and never retried. The
 * transport's guarantees hold: it is sent with `redirect: 'manual'` and, being a POST, never
 * redirected (a redirect would carry the client secret and the single-use refresh token to wherever
 * it points), and the answer is read up to TOKEN_RESPONSE_MAX_BYTES. A redirect, a custom fetch that
 * followed one, an oversized answer, a timeout or an unreachable endpoint is a TokenRefreshError; a
 * non-2xx answer is returned to the caller (it decides whether a 401 deserves a new agency token).
 */
export async function postTokenForm(config: TokenEndpointConfig, call: TokenFormRequest): Promise<TokenAnswer | TokenEndpointRefusal> {
  const operation = OPERATIONS[call.operation];
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(call.form)) if (value !== undefined) body.set(name, String(value));
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
  if (call.headers) headers.Version = call.headers.version;
  const form = body.toString();
  const transport = createTransport({
    token: call.headers?.bearer,
    fetch: config.fetch,
    // The form is sent as text, not as the transport's per-attempt byte copy (which the runtime
    // detaches once sent): a custom fetch that follows a redirect itself can then resend it, and the
    // transport sees `redirected` and refuses the answer (TokenRefreshError `redirected`), rather
    // than the fetch failing on the detached bytes.
    send: (request, init) => config.fetch(new Request(request, { ...init, body: form })),
    timeoutMs: config.timeoutMs,
    deadlineMs: config.timeoutMs,
    retry: SENT_ONCE,
    maxResponseBytes: TOKEN_RESPONSE_MAX_BYTES,
  });
  let response: Response;
  try {
    // The transport's signal stops a standard fetch; the race also bounds a custom fetch that ignores it.
    response = await withTimeout(
      transport(new Request(`${config.baseUrl}${operation.path}`, { method: operation.method, headers, body: form }), {
        operation: operation.id,
        idempotent: false,
      }),
      config.timeoutMs,
      () => new DOMException('The token request timed out', 'TimeoutError'),
    );
  } catch (error) {
    throw sendFailure(error, call, config.timeoutMs);
  }
  const text = new TextDecoder().decode(bufferedBodies.get(response) ?? new ArrayBuffer(0));
  const { status } = response;
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
  const said = Array.isArray(message)
    ? message.filter((m) => typeof m === 'string').join('; ')
    : typeof message === 'string'
      ? message
      : typeof refusal.body === 'string'
        ? refusal.body
        : '';
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

/** What the transport threw, as the token providers' error. Final when asking again gets the same answer. */
function sendFailure(error: unknown, call: TokenFormRequest, timeoutMs: number): TokenRefreshError {
  const { operation } = call;
  if (error instanceof RedirectError) {
    return new TokenRefreshError({
      reason: 'redirected',
      operation,
      status: error.status,
      detail:
        error.reason === 'followed_by_fetch'
          ? 'the fetch followed a redirect of the token request, so the answer was not used'
          : `the token endpoint answered with a redirect${error.status ? ` (${error.status})` : ''}, which is never followed: the form holds the client secret and the refresh token`,
      hint: 'Check the base URL of the token endpoint (the exact https origin of the API), and give the provider a fetch that does not follow redirects.',
      final: true,
    });
  }
  if (error instanceof ResponseTooLargeError) {
    return new TokenRefreshError({
      reason: 'response_too_large',
      operation,
      status: error.status,
      detail: `the ${error.status} answer is larger than ${TOKEN_RESPONSE_MAX_BYTES} bytes, so the read was stopped`,
      hint: 'The token endpoint answered something unexpected; check the base URL.',
      final: true,
    });
  }
  const timedOut = error instanceof TimeoutError || (error instanceof DOMException && error.name === 'TimeoutError');
  return new TokenRefreshError({
    reason: 'unreachable',
    operation,
    detail: timedOut ? `no answer within ${timeoutMs} ms` : 'the token endpoint could not be reached',
    hint: 'Check the network and the base URL; the next call tries again.',
    final: false,
    // A timeout's reason carries nothing useful; a network error's cause names the failure (the
    // transport's copy has the bearer blanked; the form's secrets are blanked here too).
    cause: timedOut ? undefined : safeCause(error instanceof ConnectionError ? error.cause : error, [...call.secrets, call.headers?.bearer]),
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
