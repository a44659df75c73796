// One process of the multi-process paced walk: walks the location's conversations through the
// rate-limited search server, pacing through Redis with the key every process shares. Protocol over
// IPC (`store: 'memory'` is the one-process baseline, the client's default store): sends {type:'ready'} once connected, starts on any message, ends with {type:'done', seen, error}.
import { createLeadwayClient, createMemoryRateLimitStore } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore, rateLimitKey } from '@leadway/redis';

const input = JSON.parse(process.argv[2] ?? '{}') as { redisUrl: string; baseUrl: string; pageSize: number; maxPages: number; store: 'redis' | 'memory' };
const redis = await connectRedis({ url: input.redisUrl });
const client = createLeadwayClient({
  token: 'bench-token',
  baseUrl: input.baseUrl,
  pacing: { store: input.store === 'memory' ? createMemoryRateLimitStore() : createRedisRateLimitStore(redis), key: rateLimitKey({ locationId: 've9EPM428kjkvShlRW1KT' }) },
  deadlineMs: 120_000,
});
process.send?.({ type: 'ready' });
await new Promise((resolve) => process.once('message', resolve));
let seen = 0;
let error: string | null = null;
try {
  const all = client.conversations.searchAll({ locationId: 've9EPM428kjkvShlRW1KT', limit: input.pageSize }, { maxPages: input.maxPages });
  for await (const conversation of all) if (conversation.id) seen++;
} catch (caught) {
  error = caught instanceof Error ? caught.name : String(caught);
}
process.send?.({ type: 'done', seen, error });
await redis.close();
process.disconnect();
