import { InvalidInputError } from '../errors/invalid-input-error.js';
import { normalizeBaseUrl, typeName } from '../validate.js';

/** A required non-empty string option; the value itself never appears in the error. */
export function requireText(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, `expected a string, got ${typeName(value)}`);
  if (value.trim() === '') throw new InvalidInputError(field, 'must not be empty');
  if (/\s/.test(value)) throw new InvalidInputError(field, 'must not contain white space');
  return value;
}

/** An optional duration option. */
export function optionalDuration(field: string, value: unknown, fallback: number, { allowZero = false } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new InvalidInputError(field, allowZero ? 'must be a finite number >= 0' : 'must be a positive finite number');
  }
  return value;
}

/** An optional base URL: absolute http(s), no query, fragment or credentials; trailing slashes dropped. */
export function optionalBaseUrl(value: unknown): string | undefined {
  return value === undefined ? undefined : normalizeBaseUrl(value);
}

export function optionalFunction<T>(field: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new InvalidInputError(field, 'must be a function');
  return value;
}
