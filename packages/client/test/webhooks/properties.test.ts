// Property-based: no arbitrary body and signature pair verifies. Each property also has a positive
// twin, so a verifier that refused everything would fail here too.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWebhookVerifier, WebhookVerificationError } from '../../src/webhooks/index.js';
import { ed25519Signer, type TestSigner } from './signing.js';

const NOW = Date.parse('2026-11-25T08:00:00.000Z');
let signer: TestSigner;
beforeAll(async () => {
  signer = await ed25519Signer();
});

const verifier = () => createWebhookVerifier({ publicKey: signer.publicKeyPem, now: () => NOW });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'verified';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

describe('no arbitrary body and signature pair verifies', () => {
  it('arbitrary bytes with an arbitrary 64-byte signature: invalid_signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), async (body, signature) => {
        const result = await outcome(verifier().verify(body, { 'x-ghl-signature': Buffer.from(signature).toString('base64') }));
        expect(result).toBe('invalid_signature');
      }),
      { numRuns: 300 },
    );
  });

  it('an arbitrary signature header value never verifies and always fails with a typed error', async () => {
    const body = JSON.stringify({ type: 'InboundMessage', locationId: 'l', timestamp: new Date(NOW).toISOString(), webhookId: 'w' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (header) => {
        const result = await outcome(verifier().verify(body, { 'x-ghl-signature': header }));
        expect(['invalid_signature', 'malformed_signature']).toContain(result);
      }),
      { numRuns: 300 },
    );
  });

  it('a real signature of one body does not verify any other body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), fc.uint8Array({ maxLength: 256 }), async (signedBody, sentBody) => {
        fc.pre(Buffer.compare(Buffer.from(signedBody), Buffer.from(sentBody)) !== 0);
        const result = await outcome(verifier().verify(sentBody, { 'x-ghl-signature': await signer.sign(signedBody) }));
        expect(result).toBe('invalid_signature');
      }),
      { numRuns: 200 },
    );
  });

  it('positive twin: any JSON object signed with the key, fresh and unseen, verifies to the same payload', async () => {
    const extra = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['type', 'timestamp', 'webhookId', '__proto__'].includes(k)),
      fc.jsonValue(),
      { maxKeys: 6 },
    );
    await fc.assert(
      fc.asyncProperty(extra, fc.uuid(), fc.integer({ min: -299_000, max: 299_000 }), async (fields, webhookId, skew) => {
        const payload = { ...fields, type: 'ConversationUnreadUpdate', timestamp: new Date(NOW + skew).toISOString(), webhookId };
        const body = JSON.stringify(payload);
        const event = await verifier().verify(body, { 'x-ghl-signature': await signer.sign(body) });
        expect(event.type).toBe('ConversationUnreadUpdate');
        expect(event.payload).toEqual(JSON.parse(body));
      }),
      { numRuns: 200 },
    );
  });
});
