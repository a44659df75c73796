import type { StoredConversation } from './store.js';

/** Which date orders a search (`sortBy`); kinds the store has no data for fall back to the last message's date. */
const SORT_FIELDS: Record<string, string> = {
  last_message_date: 'lastMessageDate',
  last_manual_message_date: 'lastManualMessageDate',
};

function dateValue(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : Date.parse(value) || 0;
  return 0;
}

function list(value: string | null): string[] | undefined {
  return value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : undefined;
}

function matchesQuery(conversation: StoredConversation, text: string): boolean {
  const wanted = text.toLowerCase();
  const fields = ['fullName', 'contactName', 'companyName', 'email', 'phone', 'lastMessageBody'].map((f) => conversation[f]);
  const tags = Array.isArray(conversation.tags) ? conversation.tags : [];
  return [...fields, ...tags].some((v) => typeof v === 'string' && v.toLowerCase().includes(wanted));
}

function matchesStatus(conversation: StoredConversation, status: string | null): boolean {
  const unread = typeof conversation.unreadCount === 'number' ? conversation.unreadCount : 0;
  if (status === 'unread') return unread > 0;
  if (status === 'read') return unread === 0;
  if (status === 'starred') return conversation.starred === true;
  return true; // all, recents
}

function sharesAny(values: unknown, wanted: string[] | undefined): boolean {
  return wanted === undefined || (Array.isArray(values) && values.some((v) => wanted.includes(String(v))));
}

function matchesScore(conversation: StoredConversation, query: URLSearchParams): boolean {
  const profile = query.get('scoreProfile');
  if (!profile) return true;
  const entry = (Array.isArray(conversation.scoring) ? conversation.scoring : []).find((s: { id?: string }) => s?.id === profile) as
    | { score?: number }
    | undefined;
  if (typeof entry?.score !== 'number') return false;
  const min = query.get('scoreProfileMin');
  const max = query.get('scoreProfileMax');
  return (min === null || entry.score >= Number(min)) && (max === null || entry.score <= Number(max));
}

/** True when a conversation passes every filter of a search (`GET /conversations/search`). */
function matches(conversation: StoredConversation, query: URLSearchParams): boolean {
  const equal = (param: string, field = param) => {
    const wanted = query.get(param);
    return wanted === null || conversation[field] === wanted;
  };
  const assigned = list(query.get('assignedTo'));
  const added = dateValue(conversation.dateAdded);
  const startDate = query.get('startDate');
  const endDate = query.get('endDate');
  const text = query.get('query');
  return (
    conversation.locationId === query.get('locationId') &&
    equal('contactId') &&
    equal('id') &&
    equal('lastMessageType') &&
    equal('lastMessageDirection') &&
    equal('lastMessageAction', 'lastOutboundMessageAction') &&
    (assigned === undefined || assigned.some((a) => (a === 'unassigned' ? !conversation.assignedTo : conversation.assignedTo === a))) &&
    sharesAny(conversation.followers, list(query.get('followers'))) &&
    sharesAny(conversation.mentions, list(query.get('mentions'))) &&
    (!text || matchesQuery(conversation, text)) &&
    matchesStatus(conversation, query.get('status')) &&
    (startDate === null || added >= Number(startDate)) &&
    (endDate === null || added <= Number(endDate)) &&
    matchesScore(conversation, query)
  );
}

/**
 * One page of a search over the stored conversations: filtered, ordered by `sortBy` (`sort`,
 * newest first by default), after the keyset cursor `startAfterDate`, at most `limit` items. Each
 * item carries its `sort` key, the cursor of the page after it; `total` counts every match.
 */
export function searchConversations(
  conversations: Iterable<StoredConversation>,
  query: URLSearchParams,
): { conversations: StoredConversation[]; total: number } {
  const field = SORT_FIELDS[query.get('sortBy') ?? ''] ?? 'lastMessageDate';
  const ascending = query.get('sort') === 'asc';
  const key = (c: StoredConversation) => dateValue(c[field] ?? c.lastMessageDate);
  const matching = [...conversations].filter((c) => matches(c, query));
  matching.sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)));
  const cursor = query.getAll('startAfterDate')[0];
  const after = cursor === undefined ? matching : matching.filter((c) => (ascending ? key(c) > Number(cursor) : key(c) < Number(cursor)));
  const limit = Number(query.get('limit') ?? 20);
  return {
    conversations: after.slice(0, limit).map((c) => ({ ...structuredClone(c), sort: [key(c)] })),
    total: matching.length,
  };
}
