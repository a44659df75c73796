export { connectRedis, type RedisConnection, type RedisConnectionOptions } from './connection.js';
export { createRedisRateLimitStore, type RedisRateLimitStoreOptions } from './redis-rate-limit-store.js';
export { rateLimitKey, type AgencyQuota, type LocationQuota, type RateLimitKeyParts } from './rate-limit-key.js';
export { createRedisTokenStore, type RedisTokenStore, type RedisTokenStoreOptions } from './redis-token-store.js';
export { createRedisLocationTokenCache } from './redis-location-token-cache.js';
export { RedisStoreError, type RedisStoreFailure } from './redis-store-error.js';
export { redactRedisUrl } from './redis-url.js';
