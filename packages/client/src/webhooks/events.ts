import type { webhooks } from '../generated/openapi.js';

/** The event names the spec's `webhooks` section lists. */
export type WebhookEventName = keyof webhooks;

/** The payload the spec declares for event `Name`. */
export type WebhookPayload<Name extends WebhookEventName> = webhooks[Name]['post']['requestBody']['content']['application/json'];

/** A verified event of a type the spec lists; `type` is the event name, `payload` the parsed body. */
export type KnownWebhookEvent = {
  [Name in WebhookEventName]: {
    /** The event name. */
    type: Name;
    /** The parsed body, typed by the spec's schema of this event. */
    payload: WebhookPayload<Name>;
  };
}[WebhookEventName];

/**
 * A verified event of a type the spec does not list (the API adds events over time). Its signature
 * verified like any other; only its shape is unknown. `eventType` is the payload's `type` field.
 */
export interface UnknownWebhookEvent {
  /** Always `unknown`. */
  type: 'unknown';
  /** The payload's `type` field, when it is a string. */
  eventType: string | undefined;
  /** The parsed body. */
  payload: Readonly<Record<string, unknown>>;
}

/** How the delivery was authenticated, and its replay-protection fields. */
export interface WebhookDelivery {
  /** The header whose signature verified. */
  signedWith: 'x-ghl-signature' | 'x-wh-signature';
  /** The payload's `webhookId`, when it had one. */
  webhookId: string | undefined;
  /** The payload's `timestamp`, when it had one. */
  timestamp: Date | undefined;
}

/** What `verify` returns: a discriminated union on `type`, with `unknown` for unlisted event types. */
export type WebhookEvent = (KnownWebhookEvent | UnknownWebhookEvent) & WebhookDelivery;

// Which payload `type` values mean which event. ProviderOutboundMessage is the odd one: its `type`
// is the channel (SMS or Email), per the spec. The mapped type makes a new spec event a compile error
// here until it is listed.
const PAYLOAD_TYPES: { readonly [Name in WebhookEventName]: readonly string[] } = {
  InboundMessage: ['InboundMessage'],
  OutboundMessage: ['OutboundMessage'],
  ConversationUnreadUpdate: ['ConversationUnreadUpdate'],
  ProviderOutboundMessage: ['SMS', 'Email'],
  LCEmailStats: ['LCEmailStats'],
};

/** The event name the spec gives a payload `type`, or undefined when the spec lists none. */
export function eventNameOf(payloadType: unknown): WebhookEventName | undefined {
  if (typeof payloadType !== 'string') return undefined;
  for (const [name, types] of Object.entries(PAYLOAD_TYPES) as [WebhookEventName, readonly string[]][]) {
    if (types.includes(payloadType)) return name;
  }
  return undefined;
}

/** The event names the spec lists, in spec order. */
export const WEBHOOK_EVENT_NAMES = Object.keys(PAYLOAD_TYPES) as readonly WebhookEventName[];
