import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from './type-name.js';

/**
 * Request headers as a Fetch `Headers` object (or anything with the same `get`) or as a plain record
 * (Node's `req.headers`, where a repeated header is an array). Names are matched without regard to
 * case.
 */
export type WebhookHeaders =
  | Headers
  | {
      /** The header's value, or null when it is absent, as Fetch `Headers` answer. */
      get(name: string): string | null;
    }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What a header held: absent, one value, or more than one (which no signature header may be). */
export type HeaderValue = { kind: 'absent' } | { kind: 'one'; value: string } | { kind: 'many' };

/** Reads one header from either shape. */
export function readHeader(headers: WebhookHeaders, name: string): HeaderValue {
  // Any Fetch-style Headers (this realm's, or a library's) has get(); Node's req.headers does not.
  if (typeof (headers as { get?: unknown } | null)?.get === 'function') {
    const value = (headers as { get(name: string): string | null }).get(name);
    return value === null ? { kind: 'absent' } : { kind: 'one', value };
  }
  if (typeof headers !== 'object' || headers === null) {
    throw new InvalidInputError('headers', `expected a Headers object or a record of header values, got ${typeName(headers)}`);
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values.push(...(value as string[]));
    else throw new InvalidInputError('headers', `the ${name} header must be a string, got ${typeName(value)}`);
  }
  if (values.length === 0) return { kind: 'absent' };
  if (values.length > 1) return { kind: 'many' };
  return { kind: 'one', value: values[0] as string };
}
