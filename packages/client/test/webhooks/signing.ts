// Test key pairs: generated per run with WebCrypto, so the tests never need the vendor's private key.
import { loadBundledSpec, resolveRef } from '@leadway/spec/validator';

export interface TestSigner {
  publicKeyPem: string;
  sign(body: string | Uint8Array): Promise<string>;
}

function pem(der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

const bytesOf = (body: string | Uint8Array): Uint8Array<ArrayBuffer> => (typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body));

export async function ed25519Signer(): Promise<TestSigner> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKeyPem: pem(await crypto.subtle.exportKey('spki', pair.publicKey)),
    sign: async (body) => Buffer.from(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, bytesOf(body))).toString('base64'),
  };
}

export async function rsaSigner(): Promise<TestSigner> {
  const pair = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  return {
    publicKeyPem: pem(await crypto.subtle.exportKey('spki', pair.publicKey)),
    sign: async (body) => Buffer.from(await crypto.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, pair.privateKey, bytesOf(body))).toString('base64'),
  };
}

export interface SpecWebhookExample {
  event: string;
  name: string;
  value: Record<string, unknown>;
}

/** Every example of every event in the bundled spec's `webhooks` section. */
export function specWebhookExamples(): SpecWebhookExample[] {
  const doc = loadBundledSpec();
  const out: SpecWebhookExample[] = [];
  for (const [event, item] of Object.entries<any>(doc.webhooks ?? {})) {
    const media = resolveRef(doc, item).post.requestBody.content['application/json'];
    for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
      out.push({ event, name, value: resolveRef(doc, example).value });
    }
  }
  return out;
}
