import { RedisStoreError } from './redis-store-error.js';

/**
 * Checks a Redis URL before anything connects: `redis://` or `rediss://`, a host, an optional port
 * and an optional database number (`/0`..`/15` style path). Throws RedisStoreError `invalid_url`,
 * whose message never repeats credentials.
 */
export function checkRedisUrl(url: unknown): URL {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new RedisStoreError(
      'invalid_url',
      String(typeof url === 'string' ? '(empty)' : `(${typeof url})`),
      'the URL must be a non-empty string such as redis://127.0.0.1:6379',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisStoreError('invalid_url', redactUnparsable(url), 'is not a URL (expected redis://[user:password@]host[:port][/db])');
  }
  const shown = redactRedisUrl(parsed);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new RedisStoreError('invalid_url', shown, `the scheme must be redis: or rediss:, not ${parsed.protocol}`);
  }
  if (parsed.hostname === '') throw new RedisStoreError('invalid_url', shown, 'the URL has no host');
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new RedisStoreError('invalid_url', shown, `the path must be a database number, not /${db}`);
  if (parsed.search !== '' || parsed.hash !== '') throw new RedisStoreError('invalid_url', shown, 'query strings and fragments are not supported');
  return parsed;
}

/** The URL with any user name and password replaced by `***`, for messages and logs. */
export function redactRedisUrl(url: URL): string {
  if (url.username === '' && url.password === '') return url.href;
  const copy = new URL(url.href);
  copy.username = '***';
  copy.password = '';
  return copy.href;
}

/** A string that is not even a URL: drop anything between `//` and the last `@`. */
function redactUnparsable(text: string): string {
  return text.replace(/\/\/[^/]*@/, '//***@').slice(0, 200);
}
