import { describe, expect, it } from 'vitest';
import { channelName, formatConversation } from '../src/format.js';
import { runDemo } from '../src/run.js';

describe('the demo', () => {
  it('prints the seed conversation from the embedded mock, with its undocumented type as unknown (0)', async () => {
    const lines: string[] = [];
    const code = await runDemo({}, (line) => lines.push(line));
    const out = lines.join('\n');
    expect(code).toBe(0);
    expect(out).toContain('embedded mock');
    expect(out).toMatch(/channel\s+unknown \(0\)/);
    expect(out).toContain('Conversation ve9EPM428kjkvShlRW1KT');
  });

  it('asks for a conversation id when given a token', async () => {
    const lines: string[] = [];
    expect(await runDemo({ LEADWAY_TOKEN: 'pit-x' }, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('LEADWAY_CONVERSATION_ID');
  });

  it('names documented channel types and marks the others unknown', () => {
    expect(channelName(1)).toBe('Phone');
    expect(channelName(3)).toBe('Facebook Messenger');
    expect(channelName(0)).toBe('unknown (0)');
    expect(channelName(42)).toBe('unknown (42)');
    expect(channelName('TYPE_SOMETHING')).toBe('unknown (TYPE_SOMETHING)');
  });

  it('lays out a conversation', () => {
    const text = formatConversation({ id: 'c', contactId: 'k', locationId: 'l', deleted: false, inbox: true, type: 2, unreadCount: 4 });
    expect(text).toContain('channel    Email');
    expect(text).toContain('assigned   (nobody)');
    expect(text).toContain('starred    -');
  });
});
