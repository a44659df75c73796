// One worker of the shared-refresh scenarios: makes `calls` API calls with an OAuth provider whose
// tokens live in Redis, and reports every outcome. Its token requests carry `x-worker: <name>`, so
// the token server knows which process presented what.
import { createLeadwayClient, createOAuthTokenProvider } from '@leadway/client';
import { connectRedis, createRedisTokenStore } from '@leadway/redis';

const input = JSON.parse(process.argv[2]);
const redis = await connectRedis({ url: input.redisUrl });
const store = createRedisTokenStore(redis, { key: input.key, lockTtlMs: input.lockTtlMs });
const provider = createOAuthTokenProvider({
  clientId: 'client-id',
  clientSecret: 'client-secret',
  store,
  baseUrl: input.baseUrl,
  fetch: (request) => {
    request.headers.set('x-worker', input.name);
    return fetch(request);
  },
});
const client = createLeadwayClient({ token: provider, baseUrl: input.baseUrl, pacing: false, retry: { maxRetries: 0 }, deadlineMs: 60_000 });

process.send({ type: 'ready' });
await new Promise((resolve) => process.once('message', resolve));

let ok = 0;
const failures = [];
for (let i = 0; i < input.calls; i++) {
  try {
    await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
    ok++;
  } catch (error) {
    failures.push({ name: error?.name, kind: error?.kind, reason: error?.reason, final: error?.final, message: String(error?.message) });
  }
}
process.send({ type: 'done', ok, failures });
await redis.close();
process.disconnect();
