// Entry point `@leadway/client/webhooks`: verification of the API's webhook deliveries. It imports
// nothing from the rest of the client but one error class and generated types, so a server that
// only receives webhooks loads only this.

export { InvalidInputError } from '../errors/invalid-input-error.js';
export { DEFAULT_LEGACY_WEBHOOK_PUBLIC_KEY, DEFAULT_WEBHOOK_PUBLIC_KEY } from './default-keys.js';
export type { KnownWebhookEvent, UnknownWebhookEvent, WebhookDelivery, WebhookEvent, WebhookEventName, WebhookPayload } from './events.js';
export { WEBHOOK_EVENT_NAMES } from './events.js';
export type { WebhookHeaders } from './headers.js';
export type { WebCryptoKey, WebCryptoSubtle, WebhookPublicKey } from './public-keys.js';
export type { RawWebhookBody } from './raw-body.js';
export type { MemoryReplayStoreOptions, WebhookReplayStore } from './replay-store.js';
export { createMemoryReplayStore } from './replay-store.js';
export type { WebhookVerifier, WebhookVerifierOptions } from './verifier.js';
export { createWebhookVerifier, DEFAULT_WEBHOOK_TOLERANCE_MS } from './verifier.js';
export { WebhookVerificationError, type WebhookVerificationFailure } from './webhook-verification-error.js';
