import { createWebhookSigningKey, loadWebhookExamples } from '@leadway/mock';
import type { SignedWebhook } from '../smoke/capabilities.js';

/**
 * An InboundMessage delivery signed by the mock's Ed25519 key, as the API sends it, made on the host
 * (Node) for every runtime to verify with the client's verifier (WebCrypto there).
 */
export function signedInboundMessage(): SignedWebhook {
  const example = loadWebhookExamples().get('InboundMessage')?.[0];
  if (!example) throw new Error('the spec has no InboundMessage webhook example');
  const timestamp = Date.parse('2026-01-15T10:00:00.000Z');
  const body = JSON.stringify({ ...example.payload, timestamp: new Date(timestamp).toISOString(), webhookId: 'runtime-matrix-1' });
  const key = createWebhookSigningKey();
  return {
    body,
    headers: { 'content-type': 'application/json', 'x-ghl-signature': key.sign(new TextEncoder().encode(body)) },
    publicKeyPem: key.publicKeyPem,
    timestamp,
  };
}
