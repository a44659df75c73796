import { searchConversations } from './conversation-search.js';
import { apiError, type StateHandler, type StateRequest, traceId } from './handler-context.js';
import { newId } from './ids.js';
import type { StoredConversation } from './store.js';

function notFound(id: string) {
  return apiError(404, `Conversation with id ${id} not found`);
}

/** The conversation as `GET /conversations/{id}` answers it (the search item's fields, plus the read state). */
function conversationView(stored: StoredConversation): Record<string, unknown> {
  const { sort: _sort, ...fields } = stored;
  return { ...fields, deleted: false, inbox: stored.inbox ?? true, unreadCount: stored.unreadCount ?? 0, type: stored.type ?? 'TYPE_PHONE' };
}

/** The conversation as the update answers it (the vendor's ConversationDto). */
function detailsView(stored: StoredConversation): Record<string, unknown> {
  const picked: Record<string, unknown> = { deleted: false };
  for (const field of [
    'id',
    'locationId',
    'contactId',
    'assignedTo',
    'userId',
    'lastMessageBody',
    'lastMessageDate',
    'lastMessageType',
    'unreadCount',
    'inbox',
    'starred',
    'feedback',
  ]) {
    if (stored[field] !== undefined && stored[field] !== null) picked[field] = stored[field];
  }
  return picked;
}

const search: StateHandler = ({ store, query }) => ({ status: 200, body: { ...searchConversations(store.conversations.values(), query), traceId: traceId() } });

const get: StateHandler = ({ store, params }) => {
  const stored = store.conversations.get(params.conversationId!);
  return stored ? { status: 200, body: { ...conversationView(stored), traceId: traceId() } } : notFound(params.conversationId!);
};

/** One conversation per contact: a second create is refused as the API refuses it, without the existing id. */
const create: StateHandler = ({ store, body, now }) => {
  const { locationId, contactId } = body as { locationId: string; contactId: string };
  if (store.conversationOfContact(contactId)) return apiError(400, `Conversation with the contact id:${contactId} already exists!`);
  const at = now();
  const conversation: StoredConversation = {
    id: newId(),
    locationId,
    contactId,
    type: 'TYPE_PHONE',
    unreadCount: 0,
    inbox: true,
    starred: false,
    dateAdded: at,
    dateUpdated: at,
    lastMessageDate: at,
  };
  store.conversations.set(conversation.id, conversation);
  const { id, dateAdded, dateUpdated, lastMessageDate } = conversation;
  return {
    status: 201,
    body: { success: true, conversation: { id, dateUpdated, dateAdded, deleted: false, contactId, locationId, lastMessageDate }, traceId: traceId() },
  };
};

const update: StateHandler = ({ store, params, body, now }) => {
  const stored = store.conversations.get(params.conversationId!);
  if (!stored) return notFound(params.conversationId!);
  const changes = body as { unreadCount?: number; starred?: boolean; feedback?: unknown };
  for (const field of ['unreadCount', 'starred', 'feedback'] as const) if (changes[field] !== undefined) stored[field] = structuredClone(changes[field]);
  stored.dateUpdated = now();
  return { status: 200, body: { success: true, conversation: detailsView(stored), traceId: traceId() } };
};

const remove: StateHandler = ({ store, params }: StateRequest) => {
  if (!store.conversations.has(params.conversationId!)) return notFound(params.conversationId!);
  store.deleteConversation(params.conversationId!);
  return { status: 200, body: { success: true, traceId: traceId() } };
};

/** The Conversations operations the store answers, by operationId. */
export const conversationHandlers: Record<string, StateHandler> = {
  searchConversations: search,
  getConversation: get,
  createConversation: create,
  updateConversation: update,
  deleteConversation: remove,
};
