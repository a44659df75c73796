import { InvalidInputError } from './errors/invalid-input-error.js';

// Ids end up in the URL path. openapi-fetch encodes them, but an id that contains a separator or a
// dot-segment is refused outright: no input may change which path is requested.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ids holding control characters are refused, so the pattern names them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_ID_LENGTH = 128;
// A high surrogate not followed by a low one, or a low one not preceded by a high one. (No `u` flag:
// the pattern works on UTF-16 code units.) `String.prototype.isWellFormed` is not in every runtime
// the client supports, so this is checked here.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** How deeply an argument object may nest (the API's bodies nest two or three levels). */
const MAX_ARGUMENT_DEPTH = 16;

/** True when a string is well-formed UTF-16 (no lone surrogate), so it can be encoded as UTF-8 and in a URL. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Refuses a string holding a lone UTF-16 surrogate: it cannot be put in a URL (encodeURIComponent throws) or sent as UTF-8. */
export function assertWellFormedText(field: string, value: string): void {
  if (!isWellFormedText(value)) throw new InvalidInputError(field, 'is not well-formed text (it holds a lone UTF-16 surrogate)');
}

/** Refuses anything that is not a plausible resource id, before a request is built. */
export function assertResourceId(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidInputError(field, `expected a string id, got ${typeName(value)}`);
  if (value.length === 0) throw new InvalidInputError(field, 'must not be empty');
  if (value.trim() !== value || /\s/.test(value)) throw new InvalidInputError(field, 'must not contain white space');
  if (value.length > MAX_ID_LENGTH) throw new InvalidInputError(field, `must be at most ${MAX_ID_LENGTH} characters`);
  assertWellFormedText(field, value);
  if (CONTROL.test(value)) throw new InvalidInputError(field, 'must not contain control characters');
  if (/[/?#\\]/.test(value)) throw new InvalidInputError(field, "must not contain '/', '\\', '?' or '#'");
  if (value.includes('..') || value === '.') throw new InvalidInputError(field, "must not contain '..'");
  if (/%/.test(value)) throw new InvalidInputError(field, "must not contain '%' (pass the id unencoded)");
}

/** True when `value` would pass {@link assertResourceId} (for ids the API answered, e.g. a cursor). */
export function isResourceId(value: unknown): value is string {
  try {
    assertResourceId('id', value);
    return true;
  } catch {
    return false;
  }
}

/** Refuses a missing or unusable token. The token's value never appears in the message. */
export function assertToken(value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidInputError('token', `expected a string, got ${typeName(value)}`);
  if (value.trim().length === 0) throw new InvalidInputError('token', 'is empty; pass a location access token or a Private Integration Token');
  if (CONTROL.test(value) || /\s/.test(value)) throw new InvalidInputError('token', 'contains white space or control characters');
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Refuses anything but a plain object (a request body or an argument object). */
export function assertObject(field: string, value: unknown): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError(field, `expected an object, got ${typeName(value)}`);
  }
}

/**
 * The caller's argument object as the client reads and sends it: a fresh plain object of its own
 * enumerable properties only, nested objects and arrays copied the same way (bytes, a File or Blob,
 * and a Date are kept as they are). A property inherited through the prototype is
 * neither checked nor sent (openapi-fetch would send it: it serialises the query with `for...in`),
 * and a getter is read once, so what was checked is what is sent. Refused with InvalidInputError: a
 * non-object, a string holding a lone surrogate anywhere inside, nesting deeper than 16 levels (or a
 * cycle), and an object whose properties cannot be read.
 */
export function ownCopy<T>(field: string, value: T): T {
  assertObject(field, value);
  try {
    return copyOwn(field, value, MAX_ARGUMENT_DEPTH) as T;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(field, 'could not be read (a property getter or proxy threw)');
  }
}

function copyOwn(field: string, value: unknown, depthLeft: number): unknown {
  if (typeof value === 'string') {
    assertWellFormedText(field, value);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  // Bytes and dates are values, kept as they are (a File to upload, its data).
  if (isKeptAsIs(value)) return value;
  const isArray = Array.isArray(value);
  if (depthLeft <= 0) throw new InvalidInputError(field, `is nested deeper than ${MAX_ARGUMENT_DEPTH} levels (or refers to itself)`);
  if (isArray) return value.map((item, i) => copyOwn(`${field}[${i}]`, item, depthLeft - 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const path = `${field}.${key.slice(0, 40)}`;
      assertWellFormedText(path, key);
      return [key, copyOwn(path, item, depthLeft - 1)];
    }),
  );
}

function isKeptAsIs(value: object): boolean {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof Date ||
    (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal)
  );
}

/** An API base URL: absolute http(s), no query, fragment or credentials. Returns it without trailing slashes. */
export function normalizeBaseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidInputError('baseUrl', `expected a string, got ${typeName(value)}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidInputError('baseUrl', 'is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInputError('baseUrl', 'must be http or https');
  if (url.search || url.hash) throw new InvalidInputError('baseUrl', 'must not have a query or fragment');
  if (url.username || url.password) throw new InvalidInputError('baseUrl', 'must not carry credentials');
  return url.href.replace(/\/+$/, '');
}
