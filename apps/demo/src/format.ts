import { ConversationChannelTypeLabels, type Conversation } from '@leadway/client';

/** "Phone" for a documented channel type, "unknown (0)" for a value the docs do not list. */
export function channelName(type: Conversation['type']): string {
  const label = ConversationChannelTypeLabels[String(type)];
  return label ?? `unknown (${String(type)})`;
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
