export { connectRedis, type RedisConnection, type RedisConnectionOptions } from './connection.js';
export { type AgencyQuota, type LocationQuota, type RateLimitKeyParts, rateLimitKey } from './rate-limit-key.js';
export { createRedisLocationTokenCache } from './redis-location-token-cache.js';
export { createRedisRateLimitStore, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';
export { RedisStoreError, type RedisStoreFailure } from './redis-store-error.js';
export { createRedisTokenStore, type RedisTokenStore, type RedisTokenStoreOptions } from './redis-token-store.js';
export { redactRedisUrl } from './redis-url.js';
