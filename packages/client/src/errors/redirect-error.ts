import { LeadwayError } from './leadway-error.js';
import { describeRequest, type RequestInfo, requestFields } from './request-info.js';

/**
 * Why a redirect was not followed:
 * - `method`: the request is not a GET or HEAD; it is never redirected (it could turn into a GET, or
 *   its body be sent a second time or to another host);
 * - `too_many`: more redirects in a row than the client follows (5);
 * - `opaque`: the runtime hid the redirect (a browser's `opaqueredirect`, status 0), so there is no
 *   target to check;
 * - `invalid_location`: the `Location` header is not an http(s) URL;
 * - `followed_by_fetch`: a custom `fetch` followed a redirect itself, so the answer may come from
 *   another request than the one sent.
 */
export type RedirectRefusal = 'method' | 'too_many' | 'opaque' | 'invalid_location' | 'followed_by_fetch';

/**
 * The server answered with a redirect (301, 302, 303, 307, 308) the client does not follow. Nothing
 * was sent to the redirect's target. Never retried: the same answer would come again. See the README,
 * "Errors and retries", for the redirect policy.
 */
export class RedirectError extends LeadwayError {
  /** Always `'redirect'`. */
  declare readonly kind: 'redirect';
  /** HTTP method of the failed request. */
  declare readonly method: string;
  /** Path of the failed request, without host or query (ids encoded). */
  declare readonly path: string;
  /** The spec's operationId of the call (e.g. `getConversation`), when known. */
  declare readonly operation: string | undefined;
  /** HTTP status of the redirect (0 when the runtime hid it). */
  declare readonly status: number;
  /** Where the redirect pointed, origin and path only (no query), when known. */
  declare readonly location: string | undefined;
  /** Why it was not followed. */
  declare readonly reason: RedirectRefusal;

  constructor(request: RequestInfo, status: number, reason: RedirectRefusal, location?: string) {
    super(
      `${describeRequest(request)} → ${status}: ${explain(request.method, reason)}${location ? ` (to ${location})` : ''}. Check the baseUrl: the API does not redirect.`,
      undefined,
      { kind: 'redirect', ...requestFields(request), status, location, reason },
    );
  }
}

function explain(method: string, reason: RedirectRefusal): string {
  switch (reason) {
    case 'method':
      return `a redirect answered a ${method}, which the client never follows (it would change the request or send its body elsewhere); nothing was sent to the target`;
    case 'too_many':
      return 'too many redirects in a row';
    case 'opaque':
      return 'a redirect the runtime hides (opaque redirect), so the client cannot check its target';
    case 'invalid_location':
      return 'a redirect whose Location is not an http(s) URL';
    case 'followed_by_fetch':
      return `the custom fetch followed a redirect for a ${method}; the answer may belong to another request`;
  }
}
