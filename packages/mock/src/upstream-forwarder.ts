import { type IHttpRequest, type IHttpResponse, type PrismHttpComponents, ProblemJsonError } from '@stoplight/prism-http';

// Prism's own forwarder (node-fetch) follows upstream redirects itself and keeps `Authorization`
// when only the port changes (it compares host names). This one never follows a redirect: the 3xx
// goes back to the caller as it is, so the caller's credentials go nowhere it did not send them.

/** Headers that belong to one connection, never forwarded either way. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade',
  'expect',
]);
/** Also not copied from the answer: fetch has already decoded the body, and its length changes when it is written again. */
const NOT_RELAYED = new Set([...HOP_BY_HOP, 'content-encoding', 'content-length']);

/** An upstream that did not answer at all; `reason` is the network error code (ECONNREFUSED, ...). */
export class UpstreamUnreachableError extends Error {
  // Named as node-fetch names it, the name Prism gives its problem `type`: read by upstream-failure.ts.
  override readonly name = 'FetchError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`request to ${url} failed, reason: ${reason}`);
  }
}

function upstreamUrl(baseUrl: string, request: IHttpRequest): string {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${request.url.path}`;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(request.url.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  url.search = search.toString();
  return url.href;
}

function requestHeaders(request: IHttpRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json, text/plain, */*', 'user-agent': 'leadway-mock' };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'host' || lower === 'content-length' || HOP_BY_HOP.has(lower)) continue;
    headers[lower] = value;
  }
  return headers;
}

function requestBody(body: unknown): string | undefined {
  if (body === null || body === undefined) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

async function responseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (response.status === 204 || !(type === 'application/json' || /^application\/[^/]+\+json$/.test(type)) || text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    // Relayed as text; response validation reports that it is not the JSON the spec says.
    return text;
  }
}

function responseHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NOT_RELAYED.has(name)) headers[name] = value;
  });
  return headers;
}

const left = (error: Error) => ({ _tag: 'Left' as const, left: error });
const right = (value: IHttpResponse) => ({ _tag: 'Right' as const, right: value });

/**
 * Prism's `forward` component: sends the request on to the upstream with `redirect: 'manual'` and
 * gives Prism the answer as it came (a 3xx included) for it to validate.
 */
export const forwardWithoutRedirects: PrismHttpComponents['forward'] =
  ({ data: request, validations }, baseUrl) =>
  (logger) =>
  async () => {
    // Prism passes validations only when it should refuse invalid requests itself; the mock proxies with errors off.
    if (validations.length > 0) {
      return left(
        ProblemJsonError.fromTemplate({ type: 'UNPROCESSABLE_ENTITY', title: 'Invalid request', status: 422 }, validations.map((v) => v.message).join('; ')),
      );
    }
    const method = request.method.toUpperCase();
    const body = requestBody(request.body);
    if ((method === 'GET' || method === 'HEAD') && body !== undefined) {
      return left(
        ProblemJsonError.fromTemplate({ type: 'PROXY_UNSUPPORTED_REQUEST_BODY', title: 'A GET or HEAD request with a body cannot be forwarded', status: 501 }),
      );
    }
    const url = upstreamUrl(baseUrl, request);
    logger.info(`Forwarding "${method}" request to ${url}...`);
    let response: Response;
    try {
      response = await fetch(url, { method, headers: requestHeaders(request), ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    } catch (cause) {
      const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
      return left(new UpstreamUnreachableError(url, reason?.code ?? reason?.message ?? (cause as Error).message));
    }
    if (response.status === 501) {
      await response.arrayBuffer().catch(() => undefined);
      // Prism mocks the operation instead when the upstream does not implement it.
      return left(ProblemJsonError.fromTemplate({ type: 'UPSTREAM_NOT_IMPLEMENTED', title: 'The upstream does not implement this operation', status: 501 }));
    }
    logger.info(`The upstream call to ${request.url.path} has returned ${response.status}`);
    try {
      return right({ statusCode: response.status, headers: responseHeaders(response), body: await responseBody(response) });
    } catch (cause) {
      return left(new UpstreamUnreachableError(url, (cause as Error).message));
    }
  };
