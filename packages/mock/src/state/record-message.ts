import type { StateRequest } from './handler-context.js';
import { newId } from './ids.js';
import { messageTypeOfChannel } from './message-kinds.js';
import type { StoredConversation, StoredMessage } from './store.js';

/** What a new message says; the rest (ids, date, kind code) is filled in. */
export interface NewMessage {
  /** The channel the request named (`SMS`, `Email`, `Call`...), as the webhook events name it. */
  channel: string;
  /** The message's kind. @default the channel's (`TYPE_SMS`...) */
  messageType?: string;
  direction: 'inbound' | 'outbound';
  status: string;
  body?: string;
  attachments?: string[];
  /** When it happened, if the request said. @unit ISO 8601 */
  date?: string;
  extra?: Record<string, unknown>;
}

/**
 * Stores a message in a conversation and moves the conversation as the API does: its last-message
 * fields and dates follow the message, and an inbound message adds one to the unread count.
 */
export function recordMessage(
  request: Pick<StateRequest, 'store' | 'now' | 'messageCode' | 'onMessage'>,
  conversation: StoredConversation,
  input: NewMessage,
): StoredMessage {
  const at = input.date ? Date.parse(input.date) : request.now();
  const messageType = input.messageType ?? messageTypeOfChannel(input.channel);
  const code = request.messageCode(messageType);
  const message: StoredMessage = {
    id: newId(),
    ...(code !== undefined ? { type: code } : {}),
    messageType,
    locationId: conversation.locationId,
    contactId: conversation.contactId,
    conversationId: conversation.id,
    dateAdded: new Date(at).toISOString(),
    ...(input.body !== undefined ? { body: input.body } : {}),
    direction: input.direction,
    status: input.status,
    contentType: 'text/plain',
    attachments: input.attachments ?? [],
    source: 'api',
    ...input.extra,
  };
  request.store.putMessage(message);
  conversation.lastMessageBody = input.body ?? '';
  conversation.lastMessageType = messageType;
  conversation.lastMessageDirection = input.direction;
  conversation.lastMessageDate = at;
  conversation.dateUpdated = at;
  if (input.direction === 'outbound') {
    conversation.lastOutboundMessageAction = 'manual';
    conversation.lastManualMessageDate = at;
  } else {
    conversation.unreadCount = (typeof conversation.unreadCount === 'number' ? conversation.unreadCount : 0) + 1;
  }
  request.onMessage(structuredClone(message), input.channel);
  return structuredClone(message);
}
