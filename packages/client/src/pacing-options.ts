import { InvalidInputError } from './errors/invalid-input-error.js';
import { defaultMemoryRateLimitStore } from './transport/memory-rate-limit-store.js';
import type { RateLimitStore } from './transport/rate-limit-store.js';
import type { PacingConfig } from './transport/transport.js';

/** The client's `pacing` option. */
export interface PacingOptions {
  /** Where the pacing state lives. @default a new in-memory store (createMemoryRateLimitStore()) */
  store?: RateLimitStore;
  /**
   * Names the quota this client draws from; clients sharing a store and a key pace together. Use one
   * key per app and location. @default 'default'
   */
  key?: string;
}

/** Normalises the `pacing` option; `false` turns pacing off. */
export function pacingConfig(value: unknown): PacingConfig | undefined {
  if (value === false) return undefined;
  if (value === undefined || value === true) return { store: defaultMemoryRateLimitStore(), key: 'default' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('pacing', 'must be false or an object { store?, key? }');
  }
  const { store, key } = value as PacingOptions;
  if (store !== undefined && (typeof store !== 'object' || store === null || typeof store.acquire !== 'function' || typeof store.record !== 'function')) {
    throw new InvalidInputError('pacing.store', 'must have acquire() and record() methods (see RateLimitStore)');
  }
  if (key !== undefined && (typeof key !== 'string' || key.length === 0)) throw new InvalidInputError('pacing.key', 'must be a non-empty string');
  return { store: store ?? defaultMemoryRateLimitStore(), key: key ?? 'default' };
}
