import { apiError, type StateAnswer, type StateHandler, traceId } from './handler-context.js';
import { newId } from './ids.js';
import { recordMessage } from './record-message.js';
import type { MockStore, StoredMessage } from './store.js';

const messageNotFound = (id: string) => apiError(404, `Message with id ${id} not found`);
const conversationNotFound = (id: string) => apiError(404, `Conversation with id ${id} not found`);

/** The filter's kind names that differ from the messages' (`TYPE_INTERNAL_COMMENTS` lists `TYPE_INTERNAL_COMMENT`). */
function filterMatches(messageType: unknown, wanted: string[]): boolean {
  return wanted.some((w) => w === messageType || (w.endsWith('S') && w.slice(0, -1) === messageType));
}

/** A page of a conversation's messages, newest first, after `lastMessageId`; answered in the observed envelope. */
const list: StateHandler = ({ store, params, query }) => {
  if (!store.conversations.has(params.conversationId!)) return conversationNotFound(params.conversationId!);
  const wanted = query.get('type')?.split(',').filter(Boolean);
  const all = store.messagesOf(params.conversationId!).filter((m) => !wanted || filterMatches(m.messageType, wanted));
  const cursor = query.get('lastMessageId');
  const start = cursor === null ? 0 : all.findIndex((m) => m.id === cursor) + 1;
  // An unknown cursor is past every message: an empty last page.
  const rest = cursor !== null && start === 0 ? [] : all.slice(start);
  const limit = Number(query.get('limit') ?? 20);
  const page = rest.slice(0, limit).map((m) => structuredClone(m));
  return {
    status: 200,
    body: { messages: { lastMessageId: page.at(-1)?.id ?? null, nextPage: rest.length > limit, messages: page }, traceId: traceId() },
  };
};

const get: StateHandler = ({ store, params }) => {
  const message = store.messages.get(params.id!);
  return message ? { status: 200, body: { message: structuredClone(message), traceId: traceId() } } : messageNotFound(params.id!);
};

interface SendBody {
  type: string;
  contactId: string;
  message?: string;
  html?: string;
  subject?: string;
  attachments?: string[];
  scheduledTimestamp?: number;
  conversationProviderId?: string;
}

/**
 * A send: the message is stored in the contact's conversation (made in the store's location when
 * the contact has none, as the API makes one). A `scheduledTimestamp` in the future stores it as
 * `scheduled`, to be cancelled.
 */
const send: StateHandler = (request) => {
  const body = request.body as SendBody;
  const conversation = request.store.conversationOfContact(body.contactId) ?? startConversation(request.store, body.contactId, request.now());
  if (!conversation)
    return apiError(
      400,
      `Contact with id ${body.contactId} has no conversation, and the store holds no location to start one in: create it first (POST /conversations/)`,
    );
  const scheduled = body.scheduledTimestamp !== undefined && body.scheduledTimestamp * 1000 > request.now();
  const message = recordMessage(request, conversation, {
    channel: body.type,
    direction: 'outbound',
    status: scheduled ? 'scheduled' : 'sent',
    body: body.message ?? body.html ?? '',
    ...(body.attachments ? { attachments: body.attachments } : {}),
    extra: {
      ...(body.subject !== undefined ? { meta: { email: { subject: body.subject } } } : {}),
      ...(body.conversationProviderId !== undefined ? { conversationProviderId: body.conversationProviderId } : {}),
    },
  });
  return {
    status: 201,
    body: {
      conversationId: conversation.id,
      messageId: message.id,
      ...(body.type === 'Email' ? { emailMessageId: message.id } : {}),
      msg: scheduled ? 'Message scheduled successfully.' : 'Message queued successfully.',
      traceId: traceId(),
    },
  };
};

function startConversation(store: MockStore, contactId: string, at: number) {
  const locations = new Set([...store.conversations.values()].map((c) => c.locationId));
  if (locations.size !== 1) return undefined;
  const conversation = {
    id: newId(),
    locationId: [...locations][0]!,
    contactId,
    type: 'TYPE_PHONE',
    unreadCount: 0,
    inbox: true,
    dateAdded: at,
    dateUpdated: at,
    lastMessageDate: at,
  };
  store.conversations.set(conversation.id, conversation);
  return conversation;
}

function recorded(message: StoredMessage): StateAnswer {
  return {
    status: 201,
    body: {
      success: true,
      conversationId: message.conversationId,
      messageId: message.id,
      message: 'Message added successfully',
      contactId: message.contactId,
      dateAdded: message.dateAdded,
      traceId: traceId(),
    },
  };
}

/** A provider's message (inbound by default) added to a conversation. */
const addInbound: StateHandler = (request) => {
  const body = request.body as SendBody & { conversationId: string; direction?: 'inbound' | 'outbound'; date?: string; altId?: string };
  const conversation = request.store.conversations.get(body.conversationId);
  if (!conversation) return conversationNotFound(body.conversationId);
  return recorded(
    recordMessage(request, conversation, {
      channel: body.type,
      direction: body.direction ?? 'inbound',
      status: 'delivered',
      body: body.message ?? body.html ?? '',
      ...(body.attachments ? { attachments: body.attachments } : {}),
      ...(body.date ? { date: body.date } : {}),
      extra: {
        ...(body.conversationProviderId ? { conversationProviderId: body.conversationProviderId } : {}),
        ...(body.altId ? { altId: body.altId } : {}),
      },
    }),
  );
};

/** A provider's outbound call added to a conversation. */
const addOutboundCall: StateHandler = (request) => {
  const body = request.body as {
    conversationId: string;
    conversationProviderId: string;
    attachments?: string[];
    date?: string;
    altId?: string;
    call?: { status?: string };
  };
  const conversation = request.store.conversations.get(body.conversationId);
  if (!conversation) return conversationNotFound(body.conversationId);
  return recorded(
    recordMessage(request, conversation, {
      channel: 'Call',
      direction: 'outbound',
      status: body.call?.status ?? 'completed',
      ...(body.attachments ? { attachments: body.attachments } : {}),
      ...(body.date ? { date: body.date } : {}),
      extra: {
        conversationProviderId: body.conversationProviderId,
        ...(body.call ? { meta: { call: body.call } } : {}),
        ...(body.altId ? { altId: body.altId } : {}),
      },
    }),
  );
};

/** Cancels a scheduled send. The API answers 200 either way; the body's `status` tells (404: nothing cancelled). */
const cancelScheduled: StateHandler = ({ store, params }) => {
  const message = store.messages.get(params.messageId!);
  if (message?.status !== 'scheduled') return { status: 200, body: { status: 404, message: 'Failed cancel the scheduled message', traceId: traceId() } };
  message.status = 'cancelled';
  return { status: 200, body: { status: 200, message: 'Scheduled message cancelled successfully', traceId: traceId() } };
};

const updateStatus: StateHandler = ({ store, params, body, now }) => {
  const message = store.messages.get(params.messageId!);
  if (!message) return messageNotFound(params.messageId!);
  const change = body as { status: string; error?: unknown };
  message.status = change.status;
  message.dateUpdated = new Date(now()).toISOString();
  if (change.error !== undefined) message.error = structuredClone(change.error);
  return { status: 200, body: { conversationId: message.conversationId, messageId: message.id, status: change.status, traceId: traceId() } };
};

/** The Conversations message operations the store answers, by operationId. */
export const messageHandlers: Record<string, StateHandler> = {
  getMessages: list,
  getMessage: get,
  sendMessage: send,
  addInboundMessage: addInbound,
  addOutboundCall,
  cancelScheduledMessage: cancelScheduled,
  updateMessageStatus: updateStatus,
};
