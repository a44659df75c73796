import type { CallOptions } from './call.js';
import { InvalidInputError } from './errors/invalid-input-error.js';

const RESERVED = new Set(['authorization', 'version']);

/** The caller's extra headers for one call, refused when they would override credentials or Version. */
export function extraHeaders(options: CallOptions): Record<string, string> | undefined {
  const { headers } = options;
  if (headers === undefined) return undefined;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new InvalidInputError('headers', 'must be an object of header names to string values');
  }
  for (const [name, value] of Object.entries(headers)) {
    if (RESERVED.has(name.toLowerCase())) {
      throw new InvalidInputError('headers', `'${name}' is set from the client's options and cannot be overridden per call`);
    }
    if (typeof value !== 'string') throw new InvalidInputError('headers', `'${name}' must be a string`);
  }
  return headers;
}
