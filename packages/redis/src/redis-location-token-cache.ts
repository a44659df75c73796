import type { CachedLocationToken, LocationTokenCache } from '@leadway/client';
import { command, type RedisConnection } from './connection.js';

/**
 * Location tokens in Redis for `createLocationTokenExchange({ cache })`: one entry per agency and
 * location, kept until the token expires (`PX`), so the processes of an agency exchange a location's
 * token once and share it. A Redis failure rejects; the exchange then works on without the cache
 * (exchanging or keeping its own token).
 */
export function createRedisLocationTokenCache(connection: RedisConnection): LocationTokenCache {
  const keyOf = (companyId: string, locationId: string) =>
    `${connection.keyPrefix}location-token:{${encodeURIComponent(companyId)}:${encodeURIComponent(locationId)}}`;
  return {
    async get(companyId, locationId) {
      const text = await command(connection, 'read a location token', (client) => client.get(keyOf(companyId, locationId)));
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as CachedLocationToken;
      } catch {
        return undefined;
      }
    },
    async set(companyId, locationId, token) {
      const ttl = Math.floor(token.expiresAt - Date.now());
      if (ttl <= 0) return;
      await command(connection, 'store a location token', (client) => client.set(keyOf(companyId, locationId), JSON.stringify(token), 'PX', ttl));
    },
  };
}
