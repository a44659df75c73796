import type { CallOptions } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';

const RESERVED = new Set(['authorization', 'version']);
// RFC 9110 field names are tokens; values are visible Latin-1 text (fetch's Headers throws on others).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// eslint-disable-next-line no-control-regex
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The caller's extra headers for one call, refused when they would override credentials or Version. */
export function extraHeaders(options: CallOptions): Record<string, string> | undefined {
  const { headers } = options;
  if (headers === undefined) return undefined;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new InvalidInputError('headers', 'must be an object of header names to string values');
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw new InvalidInputError('headers', `${JSON.stringify(name.slice(0, 40))} is not a valid header name`);
    if (RESERVED.has(name.toLowerCase())) {
      throw new InvalidInputError('headers', `'${name}' is set from the client's options and cannot be overridden per call`);
    }
    if (typeof value !== 'string') throw new InvalidInputError('headers', `'${name}' must be a string`);
    if (!HEADER_VALUE.test(value)) throw new InvalidInputError('headers', `'${name}' holds characters a header value cannot carry (line breaks, control or non-Latin-1 characters)`);
  }
  return headers;
}
