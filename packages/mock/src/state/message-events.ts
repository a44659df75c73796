import { type SentWebhook, sendWebhook } from '../webhooks/send-webhook.js';
import type { WebhookSigningKey } from '../webhooks/signing-key.js';
import type { StoredMessage } from './store.js';

/** How a webhook names a channel where it differs from the REST request's name. */
const WEBHOOK_CHANNEL_NAMES: Record<string, string> = { Call: 'CALL', Live_Chat: 'Live Chat' };

/** One delivery of a message event, or why it failed. */
export interface MessageEventDelivery {
  /** The webhook event sent. */
  event: 'InboundMessage' | 'OutboundMessage';
  /** The stored message it is about. */
  messageId: string;
  /** The receiver's answer, when it answered. */
  sent?: SentWebhook;
  /** Why nothing was delivered (the receiver could not be reached). */
  error?: Error;
}

export interface MessageEventsOptions {
  /** Where to deliver; without it no event is sent. */
  url?: string;
  signingKey: WebhookSigningKey;
  /** Called after each delivery attempt. */
  onDelivery?(delivery: MessageEventDelivery): void;
}

/**
 * The signed `InboundMessage` / `OutboundMessage` webhook of a stored message, sent to the URL given
 * at start with the mock's signing key (the spec's first example of the event, its message fields
 * replaced by the stored message's). A scheduled send has not gone out yet, so it sends nothing.
 */
export function createMessageEvents(options: MessageEventsOptions): {
  deliver(message: StoredMessage, channel: string): Promise<MessageEventDelivery | undefined>;
} {
  return {
    async deliver(message, channel) {
      if (options.url === undefined || message.status === 'scheduled') return undefined;
      const event = message.direction === 'inbound' ? 'InboundMessage' : 'OutboundMessage';
      const payload: Record<string, unknown> = {
        type: event,
        locationId: message.locationId,
        contactId: message.contactId,
        conversationId: message.conversationId,
        messageId: message.id,
        body: message.body ?? '',
        attachments: message.attachments ?? [],
        contentType: message.contentType ?? 'text/plain',
        dateAdded: message.dateAdded,
        direction: message.direction,
        messageType: WEBHOOK_CHANNEL_NAMES[channel] ?? channel,
        messageTypeString: message.messageType,
        status: message.status,
      };
      let delivery: MessageEventDelivery;
      try {
        delivery = { event, messageId: message.id, sent: await sendWebhook({ event, to: options.url, payload, signingKey: options.signingKey }) };
      } catch (error) {
        delivery = { event, messageId: message.id, error: error as Error };
      }
      options.onDelivery?.(delivery);
      return delivery;
    },
  };
}
