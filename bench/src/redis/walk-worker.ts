// One process of the multi-process paced walk: walks the location's conversations through the
// rate-limited search server, pacing through Redis with the key every process shares. Protocol over
// IPC (`store: 'memory'` is the one-process baseline, the client's default store): sends {type:'ready'} once connected and warmed up, starts on any message, ends with {type:'done', seen, error}.
// The warm-up walks `warmUpUrl` (a server without a real limit) on a key of its own, through the
// same code path, so that the timed walk measures the pacing and not a fresh process's first calls.
import { createLeadwayClient, createMemoryRateLimitStore } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore, rateLimitKey } from '@leadway/redis';

const input = JSON.parse(process.argv[2] ?? '{}') as {
  redisUrl: string;
  baseUrl: string;
  warmUpUrl: string;
  warmUpPages: number;
  pageSize: number;
  maxPages: number;
  store: 'redis' | 'memory';
};
const redis = await connectRedis({ url: input.redisUrl });
const walker = (baseUrl: string, key: string) =>
  createLeadwayClient({
    token: 'bench-token',
    baseUrl,
    pacing: { store: input.store === 'memory' ? createMemoryRateLimitStore() : createRedisRateLimitStore(redis), key },
    deadlineMs: 120_000,
  });
const warmUp = walker(input.warmUpUrl, `warm-up:${process.pid}`);
for await (const conversation of warmUp.conversations.searchAll(
  { locationId: 've9EPM428kjkvShlRW1KT', limit: input.pageSize },
  { maxPages: input.warmUpPages },
))
  void conversation;
const client = walker(input.baseUrl, rateLimitKey({ locationId: 've9EPM428kjkvShlRW1KT' }));
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
