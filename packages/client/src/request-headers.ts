import type { CallOptions } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';

const RESERVED = new Set(['authorization', 'version']);
/**
 * Headers a caller may not set per call: they belong to the connection, not the request, and the
 * runtime (fetch, a proxy) sets them. A caller's value breaks the message framing or its routing:
 * `Content-Length` or `Transfer-Encoding` that disagree with the body, `Expect: 100-continue` (the
 * server waits, the call times out), `Connection`/`Upgrade` (switching protocols), `Host` (another
 * virtual host), `TE`/`Trailer`/`Keep-Alive`/`HTTP2-Settings` (hop-by-hop), and any `Proxy-*` (meant
 * for a proxy, and a credential). Also refused: the method-override headers
 * (`X-HTTP-Method-Override`, `X-HTTP-Method`, `X-Method-Override`), which would make the server run
 * another operation than the one the client checked and marked idempotent or not.
 *
 * Allowed on purpose: `Cookie` (a load balancer may pin a session with it; it breaks no framing, and
 * browsers drop it anyway), `Content-Type`, `Accept` and any other end-to-end header.
 */
export const REFUSED_CALL_HEADERS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'content-length',
  'transfer-encoding',
  'expect',
  'host',
  'connection',
  'upgrade',
  'te',
  'trailer',
  'keep-alive',
  'http2-settings',
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
]);
const REFUSED = /* @__PURE__ */ new Set(REFUSED_CALL_HEADERS);
// RFC 9110 field names are tokens; values are visible Latin-1 text (fetch's Headers throws on others).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * The caller's extra headers for one call, as a fresh object of their own properties only. Refused
 * (InvalidInputError, nothing sent): names that would override credentials or Version, connection and
 * framing headers ({@link REFUSED_CALL_HEADERS}, `Proxy-*`), and names or values a header cannot carry.
 */
export function extraHeaders(options: CallOptions): Record<string, string> | undefined {
  const { headers } = options;
  if (headers === undefined) return undefined;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new InvalidInputError('headers', 'must be an object of header names to string values');
  }
  const own: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new InvalidInputError('headers', `${JSON.stringify(name.slice(0, 40))} is not a valid header name`);
    const lower = name.toLowerCase();
    if (RESERVED.has(lower)) {
      throw new InvalidInputError('headers', `'${name}' is set from the client's options and cannot be overridden per call`);
    }
    if (REFUSED.has(lower) || lower.startsWith('proxy-')) {
      throw new InvalidInputError('headers', `'${name}' belongs to the connection (framing, routing or a proxy) and cannot be set per call`);
    }
    if (typeof value !== 'string') throw new InvalidInputError('headers', `'${name}' must be a string`);
    if (!HEADER_VALUE.test(value))
      throw new InvalidInputError('headers', `'${name}' holds characters a header value cannot carry (line breaks, control or non-Latin-1 characters)`);
    own.push([name, value]);
  }
  return Object.fromEntries(own);
}
