import { startRedisServer } from '@leadway/test-servers';
import { afterAll, beforeAll } from 'vitest';
import { connectRedis, type RedisConnection } from '../../src/index.js';

/**
 * A real redis-server and one connection to it for one test file: started before its tests,
 * closed and stopped after them. Read `connection()` inside tests (it exists once `beforeAll` ran).
 */
export function redisForFile(): { connection(): RedisConnection } {
  let stop: (() => Promise<void>) | undefined;
  let connection: RedisConnection | undefined;
  beforeAll(async () => {
    const redis = await startRedisServer();
    stop = () => redis.stop();
    connection = await connectRedis({ url: redis.url });
  });
  afterAll(async () => {
    await connection?.close();
    await stop?.();
  });
  return {
    connection: () => {
      if (!connection) throw new Error('redisForFile: the connection is read before beforeAll ran');
      return connection;
    },
  };
}
