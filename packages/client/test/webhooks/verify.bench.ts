// Cost of verifying one delivery (Ed25519 over ~600 bytes, JSON parse, timestamp and replay checks),
// and of refusing a forged one. Run: npx vitest bench --run test/webhooks
import { bench, describe } from 'vitest';
import { createWebhookVerifier } from '../../src/webhooks/index.js';
import { ed25519Signer, specWebhookExamples } from './signing.js';

const signer = await ed25519Signer();
const forger = await ed25519Signer();
const example = specWebhookExamples().find((e) => e.event === 'InboundMessage')!.value;
const verifier = createWebhookVerifier({ publicKey: signer.publicKeyPem, replayStore: { markSeen: () => true } });
const body = JSON.stringify({ ...example, timestamp: new Date().toISOString() });
const headers = { 'x-ghl-signature': await signer.sign(body) };
const forged = { 'x-ghl-signature': await forger.sign(body) };
const bytes = new TextEncoder().encode(body);

describe(`verify a ${bytes.length}-byte InboundMessage`, () => {
  bench('valid delivery', async () => {
    await verifier.verify(bytes, headers);
  });
  bench('forged delivery (refused)', async () => {
    await verifier.verify(bytes, forged).catch(() => undefined);
  });
});
