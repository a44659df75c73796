// One worker of the shared-rate-limit scenario: walks every conversation of one location through
// the rate-limited search server, pacing through Redis with the key all workers share.
import { createLeadwayClient } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore } from '@leadway/redis';

const input = JSON.parse(process.argv[2]);
const redis = await connectRedis({ url: input.redisUrl });
const store = createRedisRateLimitStore(redis, { max: input.max, intervalMs: input.intervalMs, reserve: input.reserve });
const client = createLeadwayClient({
  token: 'walker-token',
  baseUrl: input.baseUrl,
  pacing: { store, key: input.key },
  retry: { maxRetries: 0 },
  deadlineMs: 120_000,
});

process.send({ type: 'ready' });
await new Promise((resolve) => process.once('message', resolve));

let seen = 0;
let error = null;
try {
  for await (const conversation of client.conversations.searchAll({ locationId: 've9EPM428kjkvShlRW1KT', limit: input.pageSize }, { maxPages: 100 })) {
    if (conversation.id) seen++;
  }
} catch (caught) {
  error = `${caught?.name}: ${caught?.message}`;
}
process.send({ type: 'done', seen, error });
await redis.close();
process.disconnect();
