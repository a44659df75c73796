import { decodeBase64 } from './base64.js';

const PEM = /^-----BEGIN PUBLIC KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----$/;

/** The DER bytes of a `PUBLIC KEY` (SPKI) PEM block, or undefined when `pem` is not one. */
export function spkiFromPem(pem: string): Uint8Array<ArrayBuffer> | undefined {
  const match = PEM.exec(pem.trim());
  if (!match?.[1]) return undefined;
  return decodeBase64(match[1].replace(/\s+/g, ''));
}
