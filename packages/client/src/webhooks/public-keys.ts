import { InvalidInputError } from '../errors/invalid-input-error.js';
import { spkiFromPem } from './pem.js';

// Named through the global `crypto` rather than the DOM lib's `CryptoKey`/`SubtleCrypto`, so these
// declarations also compile in Node projects typed by @types/node alone (no DOM lib), which type
// the global `crypto` too. The release test type-checks a consumer like that.
/** The WebCrypto `SubtleCrypto` interface of this runtime. */
export type WebCryptoSubtle = typeof globalThis.crypto.subtle;
/** An imported WebCrypto key: a `CryptoKey`. */
export type WebCryptoKey = Awaited<ReturnType<WebCryptoSubtle['importKey']>>;

/** A public key as SPKI PEM text (`-----BEGIN PUBLIC KEY-----`) or an already imported `CryptoKey`. */
export type WebhookPublicKey = string | WebCryptoKey;

/** The two signature schemes: `x-ghl-signature` (Ed25519) and the legacy `x-wh-signature` (RSA). */
export type SignatureScheme = 'ed25519' | 'rsa-sha256';

const ALGORITHMS = {
  ed25519: { name: 'Ed25519' },
  'rsa-sha256': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
} as const;

const VERIFY_ALGORITHMS = {
  ed25519: { name: 'Ed25519' },
  'rsa-sha256': { name: 'RSASSA-PKCS1-v1_5' },
} as const;

export function subtleCrypto(): WebCryptoSubtle {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new InvalidInputError('crypto', 'WebCrypto (globalThis.crypto.subtle) is not available in this runtime');
  return subtle;
}

/** Checks the PEM text now, so a bad key is reported when the verifier is created. */
export function checkPublicKey(field: string, key: unknown): asserts key is WebhookPublicKey {
  if (typeof CryptoKey !== 'undefined' && key instanceof CryptoKey) return;
  if (typeof key !== 'string') throw new InvalidInputError(field, 'expected SPKI PEM text or a CryptoKey');
  if (!spkiFromPem(key)) throw new InvalidInputError(field, "is not a PEM 'PUBLIC KEY' block");
}

/** Imports a key for verifying with `scheme`; a key of another type is refused as invalid input. */
export async function importPublicKey(field: string, key: WebhookPublicKey, scheme: SignatureScheme): Promise<WebCryptoKey> {
  if (typeof key !== 'string') return key;
  const der = spkiFromPem(key);
  if (!der) throw new InvalidInputError(field, "is not a PEM 'PUBLIC KEY' block");
  try {
    return await subtleCrypto().importKey('spki', der, ALGORITHMS[scheme], false, ['verify']);
  } catch (cause) {
    throw new InvalidInputError(field, `is not a valid ${scheme === 'ed25519' ? 'Ed25519' : 'RSA'} public key (${(cause as Error).message})`);
  }
}

/** True when `signature` verifies over `data` with `key`. Any failure inside WebCrypto counts as false. */
export async function verifySignature(
  scheme: SignatureScheme,
  key: WebCryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  try {
    return await subtleCrypto().verify(VERIFY_ALGORITHMS[scheme], key, signature, data);
  } catch {
    return false;
  }
}
