// One worker of the Redis-outage scenario: calls the API in a loop, pacing through Redis, until told
// to stop, and reports every call's outcome. A watchdog reports a call that has not settled long
// after its deadline ("hung"), which the test counts as a failure.

import { setTimeout as pause } from 'node:timers/promises';
import { createLeadwayClient } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore } from '@leadway/redis';

const input = JSON.parse(process.argv[2]);
const redis = await connectRedis({ url: input.redisUrl, commandTimeoutMs: input.commandTimeoutMs, maxReconnectDelayMs: 200 });
const store = createRedisRateLimitStore(redis);
const client = createLeadwayClient({
  token: input.token,
  baseUrl: input.baseUrl,
  pacing: { store, key: 'location:outage' },
  retry: { maxRetries: 0 },
  deadlineMs: input.deadlineMs,
});

let stopping = false;
process.on('message', (message) => {
  if (message.type === 'stop') stopping = true;
});
process.send({ type: 'ready' });

for (let call = 0; !stopping; call++) {
  const watchdog = setTimeout(() => process.send({ type: 'hung', call }), input.deadlineMs + input.hangGraceMs);
  try {
    await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
    process.send({ type: 'call', call, ok: true });
  } catch (error) {
    process.send({ type: 'call', call, ok: false, name: error?.name, kind: error?.kind, message: String(error?.message) });
  } finally {
    clearTimeout(watchdog);
  }
  await pause(input.pauseMs);
}
await redis.close();
process.send({ type: 'stopped' });
process.disconnect();
