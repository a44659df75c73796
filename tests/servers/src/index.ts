export { createRateLimitedSearchServer, type RateLimitedSearchOptions, type RateLimitStats } from './rate-limited-search-server.js';
export { rateLimitHeaders } from './rate-limit-headers.js';
export { freePort, startRedisServer, type RedisServer } from './redis-server.js';
