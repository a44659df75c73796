import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { WebhookSendError } from './webhook-send-error.js';

/**
 * An Ed25519 key pair that signs mock webhook deliveries the way the API signs `x-ghl-signature`.
 * Give `publicKeyPem` to the verifier under test. The private key stays inside; export it with
 * `privateKeyPem()` only to reuse the same key in a later run.
 */
export interface WebhookSigningKey {
  /** SPKI PEM of the public key. */
  readonly publicKeyPem: string;
  /** Base64 Ed25519 signature of `bytes`, as sent in `x-ghl-signature`. */
  sign(bytes: Uint8Array): string;
  /** PKCS#8 PEM of the private key: a test key, never the vendor's. */
  privateKeyPem(): string;
}

function wrap(privateKey: KeyObject): WebhookSigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new WebhookSendError('BAD_KEY', `expected an Ed25519 private key, got ${privateKey.asymmetricKeyType ?? 'an unknown key type'}`);
  }
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return {
    publicKeyPem,
    sign: (bytes) => sign(null, bytes, privateKey).toString('base64'),
    privateKeyPem: () => privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A fresh key pair, or the one in `privateKeyPem` (PKCS#8 PEM) when given. */
export function createWebhookSigningKey(privateKeyPem?: string): WebhookSigningKey {
  if (privateKeyPem === undefined) return wrap(generateKeyPairSync('ed25519').privateKey);
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (cause) {
    throw new WebhookSendError('BAD_KEY', 'the private key is not a PEM private key', { cause });
  }
  return wrap(key);
}
