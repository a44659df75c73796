import { redactSecrets, redactValue } from '../redact.js';
import { parseRetryAfter } from '../transport/retry-after.js';
import { ApiError, type ApiErrorInit } from './api-error.js';
import { AuthenticationError } from './authentication-error.js';
import { BadRequestError } from './bad-request-error.js';
import { NotFoundError } from './not-found-error.js';
import { PermissionDeniedError } from './permission-denied-error.js';
import { RateLimitError } from './rate-limit-error.js';
import type { RequestInfo } from './request-info.js';
import { ServerError } from './server-error.js';
import { UnprocessableEntityError } from './unprocessable-entity-error.js';

/** The error class of each status that has its own; 429 is RateLimitError, other 5xx ServerError, the rest ApiError. */
const ERROR_OF_STATUS: Partial<Record<number, new (init: ApiErrorInit) => ApiError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
};

/**
 * Maps a non-2xx answer to its error class. `body` is the parsed JSON, or the text when it was not
 * JSON. `secrets` (the token the request carried) are blanked out of the body and the headers: a
 * server may echo what it was sent.
 */
export function errorFromResponse(response: Response, body: unknown, request: RequestInfo, secrets: readonly (string | undefined)[] = []): ApiError {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = redactSecrets(value, secrets);
  });
  const init: ApiErrorInit = {
    status: response.status,
    statusText: redactSecrets(response.statusText, secrets),
    request,
    body: redactValue(body, secrets),
    headers,
  };
  const { status } = response;
  if (status === 429) return new RateLimitError(init, parseRetryAfter(response.headers.get('retry-after')));
  const ErrorClass = ERROR_OF_STATUS[status] ?? (status >= 500 ? ServerError : ApiError);
  return new ErrorClass(init);
}
