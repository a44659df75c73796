import {
  AuthenticationError,
  ConnectionError,
  InvalidInputError,
  LeadwayError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
} from '@leadway/client';

/** What the page says about a failure: a short title and what to do about it. */
export interface ErrorText {
  title: string;
  detail: string;
}

/**
 * Turns a client error into words for the page, per kind. `what` names the thing that failed to
 * load ("the conversations", "this conversation"). Never shows a request header.
 */
export function describeError(error: unknown, what: string, baseUrl: string): ErrorText {
  if (error instanceof AuthenticationError) {
    return { title: 'You are signed out', detail: 'The API refused the access token (401). Sign in again or check the token.' };
  }
  if (error instanceof PermissionDeniedError) {
    return { title: 'Not allowed', detail: `The token may not read ${what} (403). Ask for the missing scope.` };
  }
  if (error instanceof NotFoundError) {
    return { title: 'Not found', detail: `The API has no record of ${what} (404). It may have been deleted.` };
  }
  if (error instanceof RateLimitError) {
    const wait = error.retryAfterMs !== undefined ? ` Try again in ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} s.` : ' Try again in a moment.';
    return { title: 'Too many requests', detail: `The API's rate limit is spent (429).${wait}` };
  }
  if (error instanceof UnprocessableEntityError) {
    return { title: 'The API refused the request', detail: `422: ${error.message}` };
  }
  if (error instanceof ServerError) {
    return { title: 'The API failed', detail: `The server answered ${error.status}. Try again later.` };
  }
  if (error instanceof TimeoutError) {
    return { title: 'No answer in time', detail: `${baseUrl} did not answer in time. Try again.` };
  }
  if (error instanceof ConnectionError) {
    return { title: 'Cannot reach the API', detail: `No answer from ${baseUrl}: is the mock running (pnpm mock)? Check the network.` };
  }
  if (error instanceof InvalidInputError) {
    return { title: 'Not sent', detail: error.message };
  }
  if (LeadwayError.isLeadwayError(error)) return { title: 'Something went wrong', detail: (error as Error).message };
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}
