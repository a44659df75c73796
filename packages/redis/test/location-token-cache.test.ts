// createLocationTokenExchange({ cache }) with the Redis cache: two exchanges with their own Redis
// connections (as two processes would have) mint a location's token once and share it.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocationTokenExchange } from '@leadway/client';
import { type RedisServer, startRedisServer } from '@leadway/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, createRedisLocationTokenCache, type RedisConnection } from '../src/index.js';

let redis: RedisServer;
const connections: RedisConnection[] = [];
let exchanges = 0;
const server = createServer((_request, response) => {
  exchanges++;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ access_token: `location-token-${exchanges}`, expires_in: 86399, token_type: 'Bearer' }));
});

beforeAll(async () => {
  redis = await startRedisServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(async () => {
  for (const connection of connections) await connection.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await redis?.stop();
});

async function exchange() {
  const connection = await connectRedis({ url: redis.url });
  connections.push(connection);
  return createLocationTokenExchange({
    agencyToken: 'agency-token',
    companyId: 'company-1',
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cache: createRedisLocationTokenCache(connection),
  });
}

describe('createRedisLocationTokenCache', () => {
  it("a second process uses the first one's location token instead of exchanging again", async () => {
    const first = await exchange();
    const second = await exchange();
    expect(await first.forLocation('locationA')({})).toBe('location-token-1');
    expect(await second.forLocation('locationA')({})).toBe('location-token-1');
    expect(exchanges).toBe(1);
    // Another location is another entry.
    expect(await second.forLocation('locationB')({})).toBe('location-token-2');
    expect(exchanges).toBe(2);
  });

  it('a token the API rejected is replaced for everyone, not read back from the cache', async () => {
    const first = await exchange();
    const second = await exchange();
    const provider = first.forLocation('locationC');
    const rejected = await provider({});
    await provider.refreshAfterRejection(rejected);
    const replaced = await provider({});
    expect(replaced).not.toBe(rejected);
    expect(await second.forLocation('locationC')({})).toBe(replaced);
  });

  it('with Redis down the exchange works on alone', async () => {
    const down = await exchange();
    await connections.at(-1)!.client.disconnect();
    const before = exchanges;
    expect(await down.forLocation('locationD')({})).toBe(`location-token-${before + 1}`);
  });
});
