import { createLeadwayClient, type LeadwayClient, LeadwayError } from '@leadway/client';
import { startMock } from '@leadway/mock';
import { formatConversation, formatDate, formatInboxLine, formatMessageLine } from './format.js';

export interface DemoEnvironment {
  LEADWAY_TOKEN?: string | undefined;
  LEADWAY_BASE_URL?: string | undefined;
  LEADWAY_CONVERSATION_ID?: string | undefined;
  LEADWAY_LOCATION_ID?: string | undefined;
}

/** The ids the mock answers for; any id works there. */
const MOCK_CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';
const MOCK_LOCATION_ID = 've9EPM428kjkvShlRW1KT';

/** Inbox page size of the demo, small so that the walk over pages shows. */
const INBOX_PAGE_SIZE = 2;
/** How many inbox pages the demo walks. */
const INBOX_PAGES = 2;

/**
 * Shows an inbox (searched, two pages), the thread of its first conversation, and one conversation.
 * With no token it starts the embedded mock and talks to it; with LEADWAY_TOKEN it talks to the
 * real API (or LEADWAY_BASE_URL): the inbox needs LEADWAY_LOCATION_ID, the conversation
 * LEADWAY_CONVERSATION_ID.
 */
export async function runDemo(env: DemoEnvironment, print: (line: string) => void): Promise<number> {
  const token = env.LEADWAY_TOKEN?.trim();
  if (!token) {
    const mock = await startMock();
    try {
      print(`No LEADWAY_TOKEN: using the embedded mock at ${mock.url} (Prism, serving the spec).`);
      const client = createLeadwayClient({ token: 'mock-token', baseUrl: mock.url });
      print('');
      print("The mock answers the spec's example page whatever the cursor, so the walk below is bounded by maxPages.");
      await showInbox(client, MOCK_LOCATION_ID, print);
      print('');
      print(formatConversation(await client.conversations.get(env.LEADWAY_CONVERSATION_ID ?? MOCK_CONVERSATION_ID)));
      return 0;
    } finally {
      await mock.close();
    }
  }
  const locationId = env.LEADWAY_LOCATION_ID;
  const conversationId = env.LEADWAY_CONVERSATION_ID;
  if (!conversationId && !locationId) {
    print('Set LEADWAY_CONVERSATION_ID to the conversation to show, and/or LEADWAY_LOCATION_ID for its inbox.');
    return 2;
  }
  const client = createLeadwayClient({ token, ...(env.LEADWAY_BASE_URL ? { baseUrl: env.LEADWAY_BASE_URL } : {}) });
  try {
    if (locationId) await showInbox(client, locationId, print);
    if (conversationId) print(formatConversation(await client.conversations.get(conversationId)));
    return 0;
  } catch (error) {
    if (LeadwayError.isLeadwayError(error)) {
      print(`Failed (${error.kind}): ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** Walks the inbox page by page with the search iterator, then shows the first conversation's thread. */
async function showInbox(client: LeadwayClient, locationId: string, print: (line: string) => void): Promise<void> {
  let firstConversationId: string | undefined;
  let pageNumber = 0;
  const pages = client.conversations.searchAll({ locationId, limit: INBOX_PAGE_SIZE, sort: 'desc' }, { maxPages: INBOX_PAGES }).pages();
  for await (const page of pages) {
    pageNumber += 1;
    print(`Inbox, page ${pageNumber} (${page.conversations.length} of ${page.total} conversations):`);
    for (const conversation of page.conversations) print(formatInboxLine(conversation));
    const last = page.conversations.at(-1);
    if (last?.sort) print(`  next page starts after sort key ${JSON.stringify(last.sort)} (${formatDate(last.sort[0])})`);
    firstConversationId ??= page.conversations[0]?.id;
  }
  if (pageNumber === 0 || firstConversationId === undefined) {
    print('Inbox: empty.');
    return;
  }
  print('');
  const thread = await client.messages.list(firstConversationId, { limit: 20 });
  print(`Thread of ${firstConversationId}, newest first (${thread.messages.length} messages${thread.nextPage ? ', more before these' : ''}):`);
  for (const message of thread.messages) print(formatMessageLine(message));
}
