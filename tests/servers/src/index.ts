export { rateLimitHeaders } from './rate-limit-headers.js';
export { createRateLimitedSearchServer, type RateLimitedSearchOptions, type RateLimitStats } from './rate-limited-search-server.js';
export { freePort, type RedisServer, startRedisServer } from './redis-server.js';
