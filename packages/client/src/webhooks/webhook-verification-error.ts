const BRAND = Symbol.for('@leadway/client.webhook-verification-error');

/**
 * Why a delivery was refused. Each has its own message; none of them lets an event through.
 * - `missing_signature`: no `x-ghl-signature` header (and no accepted legacy one).
 * - `legacy_signature_not_allowed`: only the retired `x-wh-signature` came, and it was not enabled.
 * - `malformed_signature`: the header is not strict base64 of the right length, or came twice.
 * - `invalid_signature`: the signature does not verify over the body's bytes with any configured key.
 * - `malformed_payload`: the signed body is not UTF-8 JSON of an object, or its `timestamp` is no date.
 * - `timestamp_missing`: the payload has no `timestamp` (allowed only with `allowMissingTimestamp`).
 * - `timestamp_expired`: the `timestamp` is older than the tolerance.
 * - `timestamp_in_future`: the `timestamp` is further ahead than the tolerance.
 * - `webhook_id_missing`: the payload has no `webhookId` (allowed only with `allowMissingWebhookId`).
 * - `replayed`: this `webhookId` was already accepted.
 */
export type WebhookVerificationFailure =
  | 'missing_signature'
  | 'legacy_signature_not_allowed'
  | 'malformed_signature'
  | 'invalid_signature'
  | 'malformed_payload'
  | 'timestamp_missing'
  | 'timestamp_expired'
  | 'timestamp_in_future'
  | 'webhook_id_missing'
  | 'replayed';

/**
 * A webhook delivery failed verification: nothing in it may be trusted. `reason` tells the cases
 * apart. The message never repeats the body or the signature; a receiver should answer 401 and log
 * `reason`.
 */
export class WebhookVerificationError extends Error {
  /** Always `webhook_verification`, to tell this error apart without `instanceof`. */
  readonly kind = 'webhook_verification' as const;

  /** True for a `WebhookVerificationError`, also across bundle copies and realms. */
  static isWebhookVerificationError(value: unknown): value is WebhookVerificationError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  constructor(
    /** Why the delivery was refused. */
    readonly reason: WebhookVerificationFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Webhook refused (${reason}): ${message}`, options);
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
    Object.defineProperty(this, 'name', { value: 'WebhookVerificationError', enumerable: false, configurable: true, writable: true });
  }

  /** A plain description, so `JSON.stringify(error)` is useful. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, reason: this.reason, message: this.message };
  }
}
