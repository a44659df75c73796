import { describe, expect, it } from 'vitest';
import { channelName, formatConversation, formatDate, formatInboxLine, formatMessageLine, messageKindName, searchChannelName } from '../src/format.js';
import { runDemo } from '../src/run.js';

describe('the demo', () => {
  // It starts the real mock in this process (loading Prism and the spec) and makes a dozen calls:
  // seconds on a quiet machine, far more on a loaded one. The bound is for a hang, not a speed check.
  it('against the embedded mock: a two-page inbox, a thread, and the seed conversation with type unknown (0)', { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const code = await runDemo({}, (line) => lines.push(line));
    const out = lines.join('\n');
    expect(code).toBe(0);
    expect(out).toContain('embedded mock');
    // The inbox is walked with the search iterator: two pages, the cursor of the next one shown.
    expect(out).toContain('Inbox, page 1 (2 of 2 conversations):');
    expect(out).toContain('Inbox, page 2 (2 of 2 conversations):');
    expect(out).not.toContain('Inbox, page 3');
    expect(out).toContain('next page starts after sort key [1731964800000] (2024-11-18T21:20:00Z)');
    expect(out).toMatch(/Maria Lopez\s+via Phone \[1 unread\]\s+2024-11-19T21:20:00Z\s+SMS: "Thanks, see you on Tuesday!"/);
    // Observed variants are shown, not hidden: a null name (the phone stands in), an undocumented
    // last-message type with an empty body.
    expect(out).toMatch(/Q2nM3pLx8vWc7RtY5aZ1\s+\+15550100456\s+via Phone/);
    expect(out).toContain('unknown (TYPE_NO_SHOW): (no text)');
    // The thread of the first conversation, from the nested messages envelope.
    expect(out).toContain('Thread of tDtDnQdgm2LXpyiqYvZ6, newest first (4 messages, more before these):');
    expect(out).toContain('<- 2024-11-18T16:30:00Z  Call (Completed): call, 94 s');
    expect(out).toContain('(email body not in lists: zT4Mh1kvPq3RsW8xYz2A)');
    expect(out).toMatch(/channel\s+unknown \(0\)/);
    expect(out).toContain('Conversation ve9EPM428kjkvShlRW1KT');
  });

  it('asks for a conversation or location id when given a token', async () => {
    const lines: string[] = [];
    expect(await runDemo({ LEADWAY_TOKEN: 'pit-x' }, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('LEADWAY_CONVERSATION_ID');
    expect(lines.join('\n')).toContain('LEADWAY_LOCATION_ID');
  });

  it('names documented channel types and marks the others unknown', () => {
    expect(channelName(1)).toBe('Phone');
    expect(channelName(3)).toBe('Facebook Messenger');
    expect(channelName(0)).toBe('unknown (0)');
    expect(channelName(42)).toBe('unknown (42)');
    expect(channelName('TYPE_SOMETHING')).toBe('unknown (TYPE_SOMETHING)');
    expect(searchChannelName('TYPE_EMAIL')).toBe('Email');
    expect(searchChannelName('TYPE_WHATSAPP')).toBe('unknown (TYPE_WHATSAPP)');
    expect(messageKindName('TYPE_NO_SHOW')).toBe('unknown (TYPE_NO_SHOW)');
    expect(messageKindName('TYPE_CUSTOM_PROVIDER_SMS')).toBe('Custom provider SMS');
  });

  it('reads every date form the API sends', () => {
    expect(formatDate(1732051200000)).toBe('2024-11-19T21:20:00Z');
    expect(formatDate('1732051200000')).toBe('2024-11-19T21:20:00Z');
    expect(formatDate('2024-11-19T21:20:00.000Z')).toBe('2024-11-19T21:20:00Z');
    expect(formatDate(undefined)).toBe('-');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('lays out a conversation, an inbox line and a message', () => {
    const text = formatConversation({ id: 'c', contactId: 'k', locationId: 'l', deleted: false, inbox: true, type: 2, unreadCount: 4 });
    expect(text).toContain('channel    Email');
    expect(text).toContain('assigned   (nobody)');
    expect(text).toContain('starred    -');
    expect(formatInboxLine({ id: 'c1', contactId: 'k', locationId: 'l', phone: '+1555', lastMessageDirection: null })).toContain('c1  +1555  via -');
    const call = formatMessageLine({
      id: 'm',
      type: 1,
      messageType: 'TYPE_CALL',
      locationId: 'l',
      contactId: 'k',
      conversationId: 'c',
      dateAdded: '2024-11-20T10:00:00.000Z',
      direction: 'outbound',
      status: 'no-answer',
      meta: { call: { duration: null, status: 'no-answer' } },
    });
    expect(call).toBe('  -> 2024-11-20T10:00:00Z  Call (No answer): call, duration unknown');
  });
});
