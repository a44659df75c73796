import {
  type Conversation,
  ConversationChannelTypeLabels,
  type ConversationSearchItem,
  ConversationTypeStringLabels,
  type Message,
  MessageStatusLabels,
  MessageTypeStringLabels,
} from '@leadway/client';

/** "Phone" for a documented channel type, "unknown (0)" for a value the docs do not list. */
export function channelName(type: Conversation['type']): string {
  const label = ConversationChannelTypeLabels[String(type)];
  return label ?? `unknown (${String(type)})`;
}

/** "Phone" for a documented TYPE_* channel of a search item, "unknown (TYPE_X)" otherwise. */
export function searchChannelName(type: ConversationSearchItem['type']): string {
  if (type === undefined) return '-';
  return ConversationTypeStringLabels[type] ?? `unknown (${type})`;
}

/** "SMS" for a documented TYPE_* message kind, "unknown (TYPE_NO_SHOW)" otherwise. */
export function messageKindName(type: string | undefined): string {
  if (type === undefined) return '-';
  return MessageTypeStringLabels[type] ?? `unknown (${type})`;
}

/** An epoch-ms number, a string of epoch ms or an ISO string, as an ISO date-time ("-" when absent or unreadable). */
export function formatDate(value: number | string | undefined | null): string {
  if (value === undefined || value === null) return '-';
  const ms = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace(/\.000Z$/, 'Z') : String(value);
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '-' : value ? 'yes' : 'no');

/** A conversation, laid out for a person. */
export function formatConversation(c: Conversation): string {
  return [
    `Conversation ${c.id}`,
    `  channel    ${channelName(c.type)}`,
    `  contact    ${c.contactId}`,
    `  location   ${c.locationId}`,
    `  assigned   ${c.assignedTo ?? '(nobody)'}`,
    `  unread     ${c.unreadCount}`,
    `  starred    ${yesNo(c.starred)}`,
    `  in inbox   ${yesNo(c.inbox)}`,
    `  deleted    ${yesNo(c.deleted)}`,
  ].join('\n');
}

/** One line of an inbox: who, channel, unread count, last message. */
export function formatInboxLine(c: ConversationSearchItem): string {
  const who = c.fullName ?? c.contactName ?? c.email ?? c.phone ?? '(no name)';
  const unread = c.unreadCount ? ` [${c.unreadCount} unread]` : '';
  const body = c.lastMessageBody ? `"${c.lastMessageBody}"` : '(no text)';
  return `  ${c.id}  ${who}  via ${searchChannelName(c.type)}${unread}  ${formatDate(c.lastMessageDate)}  ${messageKindName(c.lastMessageType)}: ${body}`;
}

/** One message of a thread: arrow for direction, kind, status and what it says. */
export function formatMessageLine(m: Message): string {
  const arrow = m.direction === 'inbound' ? '<-' : m.direction === 'outbound' ? '->' : '--';
  const status = m.status === null || m.status === undefined ? '' : ` (${MessageStatusLabels[m.status] ?? `unknown (${m.status})`})`;
  let text: string;
  if (m.meta?.call) {
    const seconds = m.meta.call.duration;
    text = `call, ${seconds === null || seconds === undefined ? 'duration unknown' : `${seconds} s`}`;
  } else if (m.body !== undefined) {
    text = `"${m.body}"`;
  } else if (m.meta?.email?.messageIds?.length) {
    text = `(email body not in lists: ${m.meta.email.messageIds[0]})`;
  } else {
    text = '(no text)';
  }
  return `  ${arrow} ${formatDate(m.dateAdded)}  ${messageKindName(m.messageType)}${status}: ${text}`;
}
