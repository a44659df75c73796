import type { IncomingMessage, ServerResponse } from 'node:http';

/** Methods a page may use across origins. */
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
/** How long a browser may cache a preflight answer. @unit seconds */
const PREFLIGHT_MAX_AGE_S = '600';

/**
 * True for an origin served from this machine: `localhost` (and `*.localhost`), `127.x.x.x` or
 * `[::1]`, on any port and scheme. Pages on another port (a Vite dev server) call the mock from one.
 */
export function isLocalOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Decides which cross-origin pages may call the mock. */
export function createOriginPolicy(extraOrigins: readonly string[] = []): (origin: string) => boolean {
  const extra = new Set(extraOrigins.map((o) => o.replace(/\/+$/, '')));
  return (origin) => isLocalOrigin(origin) || extra.has(origin);
}

/**
 * Answers a CORS preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an
 * allowed origin with 204, echoing the headers the page asked to send (Authorization, Version,
 * Prefer, Content-Type...). Returns false when the request is not a preflight.
 */
export function answerPreflight(request: IncomingMessage, response: ServerResponse, allowed: (origin: string) => boolean): boolean {
  const origin = request.headers.origin;
  if (request.method !== 'OPTIONS' || !origin || !request.headers['access-control-request-method']) return false;
  if (!allowed(origin)) {
    response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`leadway-mock: cross-origin requests are allowed from local origins only, not ${origin} (see --cors-origin)\n`);
    return true;
  }
  const requested = request.headers['access-control-request-headers'];
  response.writeHead(204, {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': requested ?? 'Authorization, Version, Prefer, Content-Type',
    'access-control-max-age': PREFLIGHT_MAX_AGE_S,
    vary: 'Origin, Access-Control-Request-Headers',
    'content-length': '0',
  });
  response.end();
  return true;
}

/**
 * CORS headers for an actual answer to an allowed origin. Every header of the answer is exposed, so
 * a page can read `Retry-After`, the rate-limit headers and Prism's `sl-violations`.
 */
export function corsHeadersFor(origin: string | undefined, allowed: (origin: string) => boolean, answerHeaderNames: readonly string[]): Record<string, string> {
  if (!origin || !allowed(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': answerHeaderNames.join(', '),
    vary: 'Origin',
  };
}
