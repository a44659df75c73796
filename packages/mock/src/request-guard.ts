import type { IncomingMessage } from 'node:http';

/**
 * Checks of a raw request that run before Prism sees it: Prism throws (and, behind its own server,
 * takes the whole process down) on inputs it cannot decode, such as `GET /conversations/%ff`.
 * Each check returns the refusal to answer with, or undefined when the request may go on.
 */

/** Largest request body accepted, as Prism's own server allows. @unit bytes */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);

/** Why a request is refused before Prism sees it: the status and the message for the API-shaped answer. */
export interface RequestRefusal {
  status: 400 | 413;
  message: string;
}

/** A string with a UTF-16 surrogate that is not half of a pair, which no UTF-8 text can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decodes(component: string): boolean {
  try {
    return !LONE_SURROGATE.test(decodeURIComponent(component));
  } catch {
    return false;
  }
}

/**
 * The request target must be a path (origin form) whose every segment, query name and query value
 * is well-formed percent-encoded UTF-8.
 */
export function checkRequestTarget(target: string | undefined): RequestRefusal | undefined {
  if (!target?.startsWith('/')) return { status: 400, message: 'The request target must be a path starting with "/".' };
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (!path.split('/').every(decodes)) {
    return { status: 400, message: 'The request path is not valid percent-encoded UTF-8.' };
  }
  if (queryAt !== -1) {
    const query = target.slice(queryAt + 1).replace(/\+/g, ' ');
    const parts = query.split('&').flatMap((pair) => pair.split('='));
    if (!parts.every(decodes)) return { status: 400, message: 'The query string is not valid percent-encoded UTF-8.' };
  }
  return undefined;
}

/** `type/subtype` with optional `; name=value` parameters (RFC 9110 media-type), as Prism's parsers need them. */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_RANGE = new RegExp(`^\\s*${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}\\s*=\\s*(${TOKEN}|"[^"]*"))*\\s*;?\\s*$`);

/**
 * `Content-Type` must be one media type and `Accept` a list of them: Prism's content negotiation
 * throws on anything else (`Accept: ;;;`).
 */
export function checkMediaTypeHeaders(headers: IncomingMessage['headers']): RequestRefusal | undefined {
  const contentType = headers['content-type'];
  if (contentType !== undefined && !MEDIA_RANGE.test(contentType)) return { status: 400, message: 'The Content-Type header is not a media type.' };
  const accept = headers.accept;
  if (accept !== undefined && accept.trim() !== '' && !accept.split(',').every((range) => range.trim() === '' || MEDIA_RANGE.test(range))) {
    return { status: 400, message: 'The Accept header is not a list of media types.' };
  }
  return undefined;
}

/** A declared `Content-Length` over {@link MAX_BODY_BYTES}: refused before reading any of it. */
export function checkDeclaredLength(request: IncomingMessage): RequestRefusal | undefined {
  const declared = Number(request.headers['content-length'] ?? 0);
  return declared > MAX_BODY_BYTES ? tooLarge() : undefined;
}

function tooLarge(): RequestRefusal {
  return { status: 413, message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
}

/**
 * Reads the whole body, or refuses it as soon as it passes {@link MAX_BODY_BYTES}; `aborted` when
 * the caller went away before sending it all.
 */
export function readBody(request: IncomingMessage): Promise<{ bytes: Buffer } | { refusal: RequestRefusal } | { aborted: true }> {
  // Most requests (every GET) say they have no body: nothing to wait for.
  const length = request.headers['content-length'];
  if (length === '0' || (length === undefined && request.headers['transfer-encoding'] === undefined)) return Promise.resolve({ bytes: EMPTY });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off('data', onData);
        request.pause();
        resolve({ refusal: tooLarge() });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve({ bytes: Buffer.concat(chunks) }));
    request.once('error', () => resolve({ aborted: true }));
  });
}

/** True for `application/json` and `application/*+json`, whatever the parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
}

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => LONE_SURROGATE.test(key) || hasLoneSurrogate(item));
  }
  return false;
}

/**
 * The body as Prism takes it: parsed JSON for a JSON media type, text otherwise, `null` when
 * empty. Refuses, for JSON, bytes that are not UTF-8, text that does not parse, and strings with
 * a lone surrogate (`"\ud800"`), which no UTF-8 text can carry.
 */
export function parseBody(bytes: Buffer, contentType: string | undefined): { body: unknown } | { refusal: RequestRefusal } {
  if (bytes.length === 0) return { body: null };
  // Other media types (multipart forms with binary files) go to Prism as text, as its own server reads them.
  if (!isJsonMediaType(contentType)) return { body: bytes.toString('utf8') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { refusal: { status: 400, message: 'The JSON request body is not valid UTF-8.' } };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { refusal: { status: 400, message: `The request body is not valid JSON: ${(error as Error).message}` } };
  }
  if (hasLoneSurrogate(body)) return { refusal: { status: 400, message: 'The request body holds a string with a lone UTF-16 surrogate.' } };
  return { body };
}
