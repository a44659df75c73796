import type { WebhookSigningKey } from '../webhooks/signing-key.js';
import type { MessageEventDelivery } from './message-events.js';

/** The stateful mode's options of `startMock()`. */
export interface MockStateOptions {
  /** Answer from a store (see the package README) instead of the spec's examples. */
  stateful?: boolean;
  /** JSON file the store starts from (and returns to on reset). @default the spec's examples */
  seedFile?: string;
  /** Stateful: deliver the signed `OutboundMessage` / `InboundMessage` webhook of each stored message here. */
  webhookUrl?: string;
  /** The key webhook deliveries are signed with. @default a new Ed25519 key pair (`webhookPublicKeyPem`) */
  webhookSigningKey?: WebhookSigningKey;
  /** Called after each webhook delivery (the receiver's answer, or why it could not be reached). */
  onWebhookDelivery?(delivery: MessageEventDelivery): void;
}
