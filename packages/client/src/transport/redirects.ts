import { RedirectError } from '../errors/redirect-error.js';
import type { RequestInfo } from '../errors/request-info.js';
import { discardBody } from './read-limited-body.js';

/** Redirects followed in a row for a GET or HEAD before giving up. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Sends one request with its init (signal, redirect mode); see `attempt.ts`. */
type Send = (request: Request, init: RequestInit) => Promise<Response>;

/** True for an answer that is a redirect: a 301/302/303/307/308, or a browser's opaque redirect (status 0). */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status);
}

/**
 * The redirect policy. Every request is sent with `redirect: 'manual'`, so the runtime never follows a
 * redirect on its own, and the answer comes here:
 * - a GET or HEAD follows up to {@link MAX_REDIRECTS} redirects, keeping its method; `Authorization`
 *   (and `Cookie`) go only to the origin the request was first sent to: once a redirect leaves that
 *   origin they are dropped, also for any later hop;
 * - any other method is never redirected: a RedirectError, with nothing sent to the target (a POST
 *   must not become a GET, nor its body, or a create, go out twice or to another host);
 * - a redirect the runtime hides (a browser's opaque redirect), a Location that is not http(s), or a
 *   custom fetch that followed a redirect for a non-GET itself is a RedirectError too.
 * Returns the first answer that is not a redirect (a 3xx without Location included, as fetch does).
 */
export async function followRedirects(send: Send, sent: Request, first: Response, signal: AbortSignal, infoOf: () => RequestInfo): Promise<Response> {
  // The common case, an answer that is no redirect and was not redirected, costs no URL parsing.
  if (!first.redirected && !isRedirect(first)) return first;
  const method = sent.method.toUpperCase();
  const followable = method === 'GET' || method === 'HEAD';
  const origin = new URL(sent.url).origin;
  let current = sent;
  let response = first;
  for (let hop = 0; ; hop++) {
    if (response.redirected && !followable) {
      await discardBody(response);
      throw new RedirectError(infoOf(), response.status, 'followed_by_fetch', safeLocation(response.url));
    }
    if (!isRedirect(response)) return response;
    await discardBody(response);
    if (response.type === 'opaqueredirect' || response.status === 0) throw new RedirectError(infoOf(), 0, 'opaque');
    const location = response.headers.get('location');
    if (location === null) return response;
    let target: URL;
    try {
      target = new URL(location, current.url);
    } catch {
      throw new RedirectError(infoOf(), response.status, 'invalid_location');
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new RedirectError(infoOf(), response.status, 'invalid_location');
    if (!followable) throw new RedirectError(infoOf(), response.status, 'method', safeLocation(target.href));
    if (hop >= MAX_REDIRECTS) throw new RedirectError(infoOf(), response.status, 'too_many', safeLocation(target.href));
    const headers = new Headers(current.headers);
    if (target.origin !== origin) {
      headers.delete('authorization');
      headers.delete('cookie');
    }
    current = new Request(target, { method, headers, redirect: 'manual' });
    response = await send(current, { signal, redirect: 'manual' });
  }
}

/** Origin and path of a URL, without query or fragment (which may carry anything). */
function safeLocation(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}
