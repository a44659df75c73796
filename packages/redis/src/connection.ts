import { Redis } from 'ioredis';
import { RedisStoreError, storeErrorFrom } from './redis-store-error.js';
import { checkRedisUrl, redactRedisUrl } from './redis-url.js';

/** Options of {@link connectRedis}. */
export interface RedisConnectionOptions {
  /** `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS. Checked before connecting. */
  url: string;
  /** Prefix of every key this package writes. @default 'leadway:' */
  keyPrefix?: string;
  /** How long the first connection may take before `connectRedis` gives up. @default 5000 @unit milliseconds */
  connectTimeoutMs?: number;
  /** How long any one command may take before it fails with `timeout`. @default 2000 @unit milliseconds */
  commandTimeoutMs?: number;
  /** Longest pause between two reconnection attempts after the connection is lost. @default 1000 @unit milliseconds */
  maxReconnectDelayMs?: number;
}

/**
 * One connection to Redis, shared by the stores built on it. Commands never wait for a lost
 * connection: while it is down they fail at once with RedisStoreError `unavailable` (no offline
 * queue), and a command Redis does not answer fails after `commandTimeoutMs` with `timeout`. It
 * reconnects by itself, so work goes on when Redis is back.
 */
export interface RedisConnection {
  /** The ioredis client, for anything this package does not wrap. */
  readonly client: Redis;
  /** The URL, with credentials replaced by `***`. */
  readonly url: string;
  /** Prefix of every key. */
  readonly keyPrefix: string;
  /** Closes the connection (QUIT, or a hard disconnect when Redis does not answer). */
  close(): Promise<void>;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_COMMAND_TIMEOUT_MS = 2_000;
const DEFAULT_MAX_RECONNECT_DELAY_MS = 1_000;

/**
 * Connects to Redis and waits until it answers PING. A malformed URL is refused at once with
 * RedisStoreError `invalid_url`; a Redis that does not answer within `connectTimeoutMs` fails with
 * `unreachable`, naming the URL without its credentials.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  if (typeof options !== 'object' || options === null) throw new RedisStoreError('invalid_url', '(none)', 'connectRedis needs { url }');
  const parsed = checkRedisUrl(options.url);
  const url = redactRedisUrl(parsed);
  const connectTimeoutMs = positive('connectTimeoutMs', options.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS, url);
  const commandTimeoutMs = positive('commandTimeoutMs', options.commandTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS, url);
  const maxReconnectDelayMs = positive('maxReconnectDelayMs', options.maxReconnectDelayMs, DEFAULT_MAX_RECONNECT_DELAY_MS, url);
  const keyPrefix = options.keyPrefix ?? 'leadway:';
  if (typeof keyPrefix !== 'string') throw new RedisStoreError('invalid_url', url, 'keyPrefix must be a string');

  const client = new Redis(parsed.href, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    commandTimeout: commandTimeoutMs,
    // While the connection is down, fail commands at once instead of queueing them.
    enableOfflineQueue: false,
    // A command in flight when the connection drops fails; it is not resent on reconnect.
    maxRetriesPerRequest: 0,
    // Keep reconnecting, with a growing pause up to maxReconnectDelayMs.
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxReconnectDelayMs),
  });
  // ioredis reports every failed reconnection as an 'error' event; commands already report theirs.
  client.on('error', () => undefined);

  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      }),
    ]);
  } catch (error) {
    client.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new RedisStoreError('unreachable', url, `could not connect (${reason.replaceAll(parsed.password || '\u0000', '***')})`);
  } finally {
    clearTimeout(timer);
  }

  return {
    client,
    url,
    keyPrefix,
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** Runs one command, turning any failure into a RedisStoreError. */
export async function command<T>(connection: RedisConnection, what: string, run: (client: Redis) => Promise<T>): Promise<T> {
  try {
    return await run(connection.client);
  } catch (error) {
    throw storeErrorFrom(error, connection.url, what);
  }
}

function positive(name: string, value: number | undefined, fallback: number, url: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0)) throw new RedisStoreError('invalid_url', url, `${name} must be a positive number of milliseconds`);
  return value;
}
