import { InvalidInputError } from '../errors/invalid-input-error.js';
import { decodeBase64 } from './base64.js';
import { DEFAULT_LEGACY_WEBHOOK_PUBLIC_KEY, DEFAULT_WEBHOOK_PUBLIC_KEY } from './default-keys.js';
import { eventNameOf, type WebhookDelivery, type WebhookEvent } from './events.js';
import { readHeader, type WebhookHeaders } from './headers.js';
import { checkPublicKey, importPublicKey, type SignatureScheme, verifySignature, type WebhookPublicKey } from './public-keys.js';
import { bodyBytes, type RawWebhookBody } from './raw-body.js';
import { createMemoryReplayStore, type WebhookReplayStore } from './replay-store.js';
import { WebhookVerificationError } from './webhook-verification-error.js';
import { isPastWindowEnd } from './window-boundary.js';

/** Five minutes, the window the vendor's docs recommend. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

const ED25519_SIGNATURE_BYTES = 64;

/** Options of `createWebhookVerifier`: keys, tolerance, replay store. Every one has a safe default. */
export interface WebhookVerifierOptions {
  /**
   * Ed25519 public key(s) that `x-ghl-signature` must verify with: SPKI PEM text or a `CryptoKey`.
   * Give several during a key rotation; a signature that verifies with any of them is accepted.
   * @default DEFAULT_WEBHOOK_PUBLIC_KEY (the vendor's published key)
   */
  publicKey?: WebhookPublicKey | readonly WebhookPublicKey[];
  /**
   * Also accept the legacy `x-wh-signature` (RSA-SHA256) when `x-ghl-signature` is absent. The vendor
   * retired it on 2026-07-01; turn it on only for a sender that still uses it.
   * @default false
   */
  allowLegacySignature?: boolean;
  /**
   * RSA public key(s) for `x-wh-signature`, used only with `allowLegacySignature`.
   * @default DEFAULT_LEGACY_WEBHOOK_PUBLIC_KEY (the vendor's published key)
   */
  legacyPublicKey?: WebhookPublicKey | readonly WebhookPublicKey[];
  /**
   * How far the payload's `timestamp` may be from now, either way, in milliseconds, inclusive: a
   * delivery exactly `toleranceMs` old is accepted, 1 ms older is `timestamp_expired`. Also how long a
   * `webhookId` is remembered: through `timestamp + toleranceMs`, so a replay is refused until the
   * age check refuses it.
   * @default 300000 (5 minutes)
   */
  toleranceMs?: number;
  /**
   * Accept a payload without a `timestamp`. Off by default (fails closed): without a timestamp an old
   * captured delivery can only be refused by its `webhookId`, for as long as the store remembers it.
   * @default false
   */
  allowMissingTimestamp?: boolean;
  /**
   * Accept a payload without a `webhookId`, which then gets no duplicate check.
   * @default false
   */
  allowMissingWebhookId?: boolean;
  /**
   * Where accepted `webhookId`s are remembered. Share one across processes (Redis, a database) when
   * several receive webhooks.
   * @default createMemoryReplayStore() (10,000 ids, in this process)
   */
  replayStore?: WebhookReplayStore;
  /** Clock, in epoch milliseconds. @default Date.now */
  now?: () => number;
}

/** Verifies deliveries; keeps the imported keys and the replay store between calls. */
export interface WebhookVerifier {
  /**
   * Verifies a delivery and returns its event. The signature is checked over exactly the bytes of
   * `body` before anything is parsed; then the timestamp; then the `webhookId` is recorded. Every
   * failure rejects with a `WebhookVerificationError` (an unusable argument with an
   * `InvalidInputError`); an unverified event is never returned.
   *
   * @param body the raw request body: bytes as received, or their UTF-8 text. Not parsed JSON.
   * @param headers the request headers (`Headers` or Node's `req.headers`).
   */
  verify(body: RawWebhookBody, headers: WebhookHeaders): Promise<WebhookEvent>;
}

/** Milliseconds as seconds for a message, to the millisecond: 301000 -> "301", 300001 -> "300.001". */
function seconds(ms: number): string {
  return String(Number((ms / 1000).toFixed(3)));
}

function keyList(field: string, value: WebhookPublicKey | readonly WebhookPublicKey[] | undefined, fallback: string): WebhookPublicKey[] {
  const keys = value === undefined ? [fallback] : Array.isArray(value) ? [...value] : [value as WebhookPublicKey];
  if (keys.length === 0) throw new InvalidInputError(field, 'must name at least one key');
  for (const key of keys) checkPublicKey(field, key);
  return keys;
}

/** Creates a verifier for the API's webhook deliveries. Bad options throw `InvalidInputError` here. */
export function createWebhookVerifier(options: WebhookVerifierOptions = {}): WebhookVerifier {
  const toleranceMs = options.toleranceMs ?? DEFAULT_WEBHOOK_TOLERANCE_MS;
  if (typeof toleranceMs !== 'number' || !Number.isFinite(toleranceMs) || toleranceMs <= 0) {
    throw new InvalidInputError('toleranceMs', 'must be a positive number of milliseconds');
  }
  const now = options.now ?? Date.now;
  const replayStore = options.replayStore ?? createMemoryReplayStore({ now });
  if (typeof replayStore?.markSeen !== 'function') throw new InvalidInputError('replayStore', 'must have a markSeen(webhookId, expiresAtMs) method');
  const allowLegacy = options.allowLegacySignature === true;
  const keySources: Record<SignatureScheme, WebhookPublicKey[]> = {
    ed25519: keyList('publicKey', options.publicKey, DEFAULT_WEBHOOK_PUBLIC_KEY),
    'rsa-sha256': allowLegacy ? keyList('legacyPublicKey', options.legacyPublicKey, DEFAULT_LEGACY_WEBHOOK_PUBLIC_KEY) : [],
  };
  const imported: Partial<Record<SignatureScheme, Promise<CryptoKey[]>>> = {};
  const keysFor = (scheme: SignatureScheme): Promise<CryptoKey[]> => {
    const field = scheme === 'ed25519' ? 'publicKey' : 'legacyPublicKey';
    imported[scheme] ??= Promise.all(keySources[scheme].map((key) => importPublicKey(field, key, scheme)));
    return imported[scheme];
  };

  async function checkSignature(bytes: Uint8Array<ArrayBuffer>, headers: WebhookHeaders): Promise<WebhookDelivery['signedWith']> {
    const current = readHeader(headers, 'x-ghl-signature');
    const legacy = readHeader(headers, 'x-wh-signature');
    let header: WebhookDelivery['signedWith'];
    let scheme: SignatureScheme;
    let value: string;
    if (current.kind !== 'absent') {
      if (current.kind === 'many') throw new WebhookVerificationError('malformed_signature', 'the x-ghl-signature header came more than once.');
      [header, scheme, value] = ['x-ghl-signature', 'ed25519', current.value];
    } else if (legacy.kind !== 'absent') {
      if (!allowLegacy) {
        throw new WebhookVerificationError(
          'legacy_signature_not_allowed',
          'only the legacy x-wh-signature header came (RSA, retired by the vendor on 2026-07-01); set allowLegacySignature to accept it.',
        );
      }
      if (legacy.kind === 'many') throw new WebhookVerificationError('malformed_signature', 'the x-wh-signature header came more than once.');
      [header, scheme, value] = ['x-wh-signature', 'rsa-sha256', legacy.value];
    } else {
      throw new WebhookVerificationError('missing_signature', 'the x-ghl-signature header is missing.');
    }
    const signature = decodeBase64(value);
    if (!signature || (scheme === 'ed25519' && signature.length !== ED25519_SIGNATURE_BYTES)) {
      const expected = scheme === 'ed25519' ? `strict base64 of ${ED25519_SIGNATURE_BYTES} bytes` : 'strict base64';
      throw new WebhookVerificationError('malformed_signature', `the ${header} header is not ${expected}.`);
    }
    for (const key of await keysFor(scheme)) {
      if (await verifySignature(scheme, key, signature, bytes)) return header;
    }
    throw new WebhookVerificationError('invalid_signature', `the ${header} signature does not match the body with the configured public key.`);
  }

  function parsePayload(bytes: Uint8Array): Record<string, unknown> {
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (cause) {
      throw new WebhookVerificationError('malformed_payload', 'the signed body is not UTF-8 JSON.', { cause });
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      throw new WebhookVerificationError('malformed_payload', 'the signed body is JSON but not an object.');
    }
    return payload as Record<string, unknown>;
  }

  /** The last millisecond (inclusive, see `isPastWindowEnd`) of the tolerance window from `ms`. */
  const windowEnd = (ms: number): number => ms + toleranceMs;

  function checkTimestamp(payload: Record<string, unknown>, at: number): Date | undefined {
    const raw = payload.timestamp;
    if (raw === undefined || raw === null) {
      if (options.allowMissingTimestamp === true) return undefined;
      throw new WebhookVerificationError('timestamp_missing', 'the payload has no timestamp, so its age cannot be checked (see allowMissingTimestamp).');
    }
    const ms = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
    if (Number.isNaN(ms)) throw new WebhookVerificationError('malformed_payload', 'the payload timestamp is not an ISO 8601 date.');
    if (isPastWindowEnd(windowEnd(ms), at)) {
      throw new WebhookVerificationError(
        'timestamp_expired',
        `the payload timestamp is ${seconds(at - ms)} s old, more than the ${seconds(toleranceMs)} s tolerance.`,
      );
    }
    if (isPastWindowEnd(windowEnd(at), ms)) {
      throw new WebhookVerificationError(
        'timestamp_in_future',
        `the payload timestamp is ${seconds(ms - at)} s ahead, more than the ${seconds(toleranceMs)} s tolerance.`,
      );
    }
    return new Date(ms);
  }

  async function checkReplay(payload: Record<string, unknown>, timestamp: Date | undefined, at: number): Promise<string | undefined> {
    const id = payload.webhookId;
    if (typeof id !== 'string' || id.length === 0) {
      if (id === undefined && options.allowMissingWebhookId === true) return undefined;
      if (id === undefined)
        throw new WebhookVerificationError('webhook_id_missing', 'the payload has no webhookId, so a replay cannot be detected (see allowMissingWebhookId).');
      throw new WebhookVerificationError('malformed_payload', 'the payload webhookId is not a non-empty string.');
    }
    // The same end the age check uses: the id is remembered for as long as a replay could pass it.
    const expiresAt = windowEnd(timestamp?.getTime() ?? at);
    if ((await replayStore.markSeen(id, expiresAt)) !== true) {
      throw new WebhookVerificationError('replayed', 'this webhookId was already accepted; the delivery is a replay or a duplicate.');
    }
    return id;
  }

  return {
    async verify(body, headers) {
      const bytes = bodyBytes(body);
      const signedWith = await checkSignature(bytes, headers);
      const payload = parsePayload(bytes);
      const at = now();
      const timestamp = checkTimestamp(payload, at);
      const webhookId = await checkReplay(payload, timestamp, at);
      const delivery: WebhookDelivery = { signedWith, webhookId, timestamp };
      const name = eventNameOf(payload.type);
      if (name === undefined) {
        const eventType = typeof payload.type === 'string' ? payload.type : undefined;
        return { type: 'unknown', eventType, payload, ...delivery };
      }
      return { type: name, payload, ...delivery } as WebhookEvent;
    },
  };
}
