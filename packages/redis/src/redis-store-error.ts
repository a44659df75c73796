/** What went wrong with Redis; see {@link RedisStoreError}. */
export type RedisStoreFailure =
  /** The Redis URL is malformed or not `redis://` / `rediss://` (refused before connecting). */
  | 'invalid_url'
  /** Redis did not answer when connecting (`connectRedis`). */
  | 'unreachable'
  /** The connection is down (lost mid-run, reconnecting): the command was not sent. */
  | 'unavailable'
  /** Redis did not answer a command within `commandTimeoutMs`. */
  | 'timeout'
  /** Redis answered with an error. */
  | 'command_failed'
  /** A process waited `waitTimeoutMs` for another's refresh lock without getting the refreshed tokens. */
  | 'lock_wait_timeout'
  /** The refresh lock expired before this process could mark its refresh token (nothing was sent). */
  | 'lock_lost';

/**
 * A failure of `@leadway/redis` itself. `kind` says what failed. The message names the Redis URL with
 * any user name and password replaced by `***`, and never holds a token.
 */
export class RedisStoreError extends Error {
  /** What failed, to switch on. */
  readonly kind: RedisStoreFailure;
  /** The Redis URL, credentials redacted. */
  readonly url: string;

  constructor(kind: RedisStoreFailure, url: string, detail: string, options?: { cause?: unknown }) {
    super(`Redis ${url}: ${detail}`, options);
    this.kind = kind;
    this.url = url;
    Object.defineProperty(this, 'name', { value: 'RedisStoreError', enumerable: false, configurable: true, writable: true });
  }

  /** True for a RedisStoreError, also across copies of this package. */
  static isRedisStoreError(value: unknown): value is RedisStoreError {
    return value instanceof Error && value.name === 'RedisStoreError' && typeof (value as Partial<RedisStoreError>).kind === 'string';
  }
}

/** Turns an ioredis failure into a RedisStoreError; keeps only the cause's name and message. */
export function storeErrorFrom(error: unknown, url: string, what: string): RedisStoreError {
  if (RedisStoreError.isRedisStoreError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const kind: RedisStoreFailure = /timed out/i.test(message)
    ? 'timeout'
    : /writeable|offline queue|connection is closed|ECONNREFUSED|ECONNRESET|EPIPE|max retries|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND/i.test(message)
      ? 'unavailable'
      : 'command_failed';
  const cause = error instanceof Error ? Object.assign(new Error(message), { name: error.name }) : undefined;
  const detail =
    kind === 'timeout' ? `${what}: no answer in time` : kind === 'unavailable' ? `${what}: the connection is down (${message})` : `${what} failed (${message})`;
  return new RedisStoreError(kind, url, detail, cause ? { cause } : undefined);
}
