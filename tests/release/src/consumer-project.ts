import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Strict NodeNext settings, as a consumer on Node 20 would use; library types are checked too. */
export const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    skipLibCheck: false,
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
};

/**
 * The consumer's program: a typed call through the published client against the published mock,
 * a typed error, a line that must NOT type-check (so types that silently became `any` fail the
 * build), and a webhook signed by the mock's sender and verified through the client's
 * `./webhooks` entry point; @leadway/redis's stores typed against the client's interfaces, and its
 * typed refusal of a malformed Redis URL. Prints one JSON line for the test to read.
 */
export const consumerMain = `import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLeadwayClient, LeadwayError, NotFoundError, type Conversation } from '@leadway/client';
import { createWebhookVerifier, type WebhookEvent } from '@leadway/client/webhooks';
import { bundledSpecPath, createWebhookSigningKey, sendWebhook } from '@leadway/mock';
import type { RateLimitStore, TokenStore } from '@leadway/client';
import { connectRedis, createRedisRateLimitStore, createRedisTokenStore, RedisStoreError } from '@leadway/redis';

const baseUrl = process.env.LEADWAY_MOCK_URL;
if (!baseUrl) throw new Error('LEADWAY_MOCK_URL is not set');

const client = createLeadwayClient({ token: 'consumer-token', baseUrl });
const conversation: Conversation = await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
const id: string = conversation.id;

// @ts-expect-error conversations.get takes a string id; a number must not type-check.
const wrong = () => client.conversations.get(42);
void wrong;

let notFound = '';
try {
  await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6', { headers: { Prefer: 'code=404' } });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  const typed: LeadwayError = error;
  notFound = \`\${typed.kind} \${error.status}\`;
}

// A signed webhook from the mock's sender, verified by the client's verifier, on 127.0.0.1.
const signingKey = createWebhookSigningKey();
const verifier = createWebhookVerifier({ publicKey: signingKey.publicKeyPem });
let verified: WebhookEvent | undefined;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    verifier.verify(Buffer.concat(chunks), request.headers).then(
      (event) => {
        verified = event;
        response.writeHead(204).end();
      },
      () => response.writeHead(401).end(),
    );
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const { port } = receiver.address() as AddressInfo;
const sent = await sendWebhook({ event: 'InboundMessage', to: \`http://127.0.0.1:\${port}/\`, signingKey, timeoutMs: 10000 });
await new Promise<void>((resolve) => receiver.close(() => resolve()));

// @leadway/redis: its stores are the client's interfaces; a malformed URL is refused, typed.
const sharedStores = async (url: string): Promise<[RateLimitStore, TokenStore]> => {
  const redis = await connectRedis({ url });
  return [createRedisRateLimitStore(redis), createRedisTokenStore(redis, { key: 'location:abc' })];
};
let redisRefusal = '';
try {
  await sharedStores('http://user:secret@127.0.0.1:6379');
} catch (error) {
  if (!RedisStoreError.isRedisStoreError(error)) throw error;
  if (error.message.includes('secret')) throw new Error('the Redis password leaked into an error');
  redisRefusal = error.kind;
}

console.log(JSON.stringify({ id, type: conversation.type, notFound, specPath: bundledSpecPath, webhook: { status: sent.status, type: verified?.type }, redis: redisRefusal }));
`;

/** Writes the consumer's tsconfig.json and src/main.ts into `dir`. */
export function writeConsumerSources(dir: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
  writeFileSync(join(dir, 'src', 'main.ts'), consumerMain);
}
