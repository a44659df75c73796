// connectRedis: a malformed URL is refused before connecting, an unreachable Redis is named without
// its credentials, and scripts survive a SCRIPT FLUSH (EVALSHA falls back to EVAL).

import { freePort, type RedisServer, startRedisServer } from '@leadway/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, RedisStoreError } from '../src/index.js';
import { luaScript, runScript } from '../src/lua-script.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

async function refusal(url: unknown): Promise<RedisStoreError> {
  const error = await connectRedis({ url } as { url: string }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!RedisStoreError.isRedisStoreError(error)) throw new Error(`expected a RedisStoreError, got ${String(error)}`);
  return error;
}

describe('connectRedis', () => {
  it.each([
    ['not a URL', 'localhost 6379'],
    ['another scheme', 'http://127.0.0.1:6379'],
    ['a path that is no database number', 'redis://127.0.0.1:6379/cache'],
    ['a query string', 'redis://127.0.0.1:6379/0?tls=yes'],
    ['an empty string', ''],
    ['no string at all', 6379],
  ])('refuses a malformed URL (%s) with invalid_url, before connecting', async (_, url) => {
    const error = await refusal(url);
    expect(error.kind).toBe('invalid_url');
  });

  it('never shows the password of a malformed URL', async () => {
    const error = await refusal('http://admin:s3cret-pass@127.0.0.1:6379');
    expect(error.kind).toBe('invalid_url');
    expect(error.message).not.toContain('s3cret-pass');
    expect(error.message).not.toContain('admin');
    expect(error.message).toContain('http://***@127.0.0.1:6379');
  });

  it('an unreachable Redis fails with unreachable, naming the URL without user or password', async () => {
    const port = await freePort();
    const error = await refusal(`redis://worker:hunter2-secret@127.0.0.1:${port}/2`);
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain(`redis://***@127.0.0.1:${port}/2`);
    expect(error.message).not.toContain('hunter2-secret');
    expect(error.message).not.toContain('worker');
    expect(error.url).toBe(`redis://***@127.0.0.1:${port}/2`);
  });

  it('connects to a live Redis, and a script runs again after SCRIPT FLUSH (EVALSHA, then EVAL on NOSCRIPT)', async () => {
    const connection = await connectRedis({ url: redis.url });
    try {
      const script = luaScript('echo', 'return ARGV[1]');
      expect(await runScript(connection, script, [], ['one'])).toBe('one');
      await connection.client.script('FLUSH');
      expect(await runScript(connection, script, [], ['two'])).toBe('two');
      expect(await connection.client.script('EXISTS', script.sha1)).toEqual([1]);
    } finally {
      await connection.close();
    }
  });
});
