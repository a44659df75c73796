import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from './type-name.js';

/** The request body exactly as received: bytes, or the text they decode to. */
export type RawWebhookBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * The body's bytes. A string is encoded as UTF-8, which gives back the received bytes only when the
 * framework decoded them as UTF-8; pass bytes where you can.
 */
export function bodyBytes(body: RawWebhookBody): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) {
    const view = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    // WebCrypto takes views of an ArrayBuffer only; a view of shared memory is copied.
    return view.buffer instanceof ArrayBuffer ? (view as Uint8Array<ArrayBuffer>) : new Uint8Array(view);
  }
  throw new InvalidInputError(
    'body',
    `expected the raw request body as a string, Uint8Array or ArrayBuffer, got ${typeName(body)}; ` +
      'pass the bytes as received, not parsed JSON (re-serialised JSON does not match the signature)',
  );
}
