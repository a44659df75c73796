import { InvalidInputError } from './errors/invalid-input-error.js';

// Ids end up in the URL path. openapi-fetch encodes them, but an id that contains a separator or a
// dot-segment is refused outright: no input may change which path is requested.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_ID_LENGTH = 128;

/** Refuses anything that is not a plausible resource id, before a request is built. */
export function assertResourceId(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidInputError(field, `expected a string id, got ${typeName(value)}`);
  if (value.length === 0) throw new InvalidInputError(field, 'must not be empty');
  if (value.trim() !== value || /\s/.test(value)) throw new InvalidInputError(field, 'must not contain white space');
  if (value.length > MAX_ID_LENGTH) throw new InvalidInputError(field, `must be at most ${MAX_ID_LENGTH} characters`);
  if (CONTROL.test(value)) throw new InvalidInputError(field, 'must not contain control characters');
  if (/[/?#\\]/.test(value)) throw new InvalidInputError(field, "must not contain '/', '\\', '?' or '#'");
  if (value.includes('..') || value === '.') throw new InvalidInputError(field, "must not contain '..'");
  if (/%/.test(value)) throw new InvalidInputError(field, "must not contain '%' (pass the id unencoded)");
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
