import { type ConversationSearchItem, ConversationTypeStringLabels, type Message, MessageTypeStringLabels } from '@leadway/client';

/** The channel of a conversation, or "Unknown (VALUE)" for a value the docs do not list. */
export function channelLabel(type: unknown): string {
  if (type === undefined || type === null || type === '') return 'Unknown channel';
  return ConversationTypeStringLabels[String(type)] ?? `Unknown (${String(type)})`;
}

/** The kind of a message (SMS, Call, Email...), or "Unknown (VALUE)". */
export function messageKindLabel(message: Message): string {
  const value = message.messageType;
  if (value === undefined || value === null) return 'Message';
  return MessageTypeStringLabels[String(value)] ?? `Unknown (${String(value)})`;
}

/** Who the conversation is with: the best of name, company, email and phone the API gave. */
export function contactLabel(item: ConversationSearchItem): string {
  return item.fullName || item.contactName || item.companyName || item.email || item.phone || 'Unknown contact';
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A date from epoch milliseconds or an ISO string, in UTC; empty when absent or unreadable. */
export function formatDate(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : `${dateFormat.format(date)} UTC`;
}

/** Text a conversation is found by when typing in the search box. */
export function searchableText(item: ConversationSearchItem): string {
  return [item.fullName, item.contactName, item.companyName, item.email, item.phone, item.lastMessageBody, channelLabel(item.type)]
    .filter((part) => typeof part === 'string')
    .join(' ')
    .toLowerCase();
}
