import { createLeadwayClient, LeadwayError } from '@leadway/client';
import { startMock } from '@leadway/mock';
import { formatConversation } from './format.js';

export interface DemoEnvironment {
  LEADWAY_TOKEN?: string | undefined;
  LEADWAY_BASE_URL?: string | undefined;
  LEADWAY_CONVERSATION_ID?: string | undefined;
}

/** The id the mock answers for; any id works there. */
const MOCK_CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';

/**
 * Fetches one conversation and returns it as text. With no token it starts the embedded mock and
 * talks to it; with LEADWAY_TOKEN it talks to the real API (or LEADWAY_BASE_URL).
 */
export async function runDemo(env: DemoEnvironment, print: (line: string) => void): Promise<number> {
  const token = env.LEADWAY_TOKEN?.trim();
  if (!token) {
    const mock = await startMock();
    try {
      print(`No LEADWAY_TOKEN: using the embedded mock at ${mock.url} (Prism, serving the spec).`);
      const client = createLeadwayClient({ token: 'mock-token', baseUrl: mock.url });
      print(formatConversation(await client.conversations.get(env.LEADWAY_CONVERSATION_ID ?? MOCK_CONVERSATION_ID)));
      return 0;
    } finally {
      await mock.close();
    }
  }
  const conversationId = env.LEADWAY_CONVERSATION_ID;
  if (!conversationId) {
    print('Set LEADWAY_CONVERSATION_ID to the conversation to show.');
    return 2;
  }
  const client = createLeadwayClient({ token, ...(env.LEADWAY_BASE_URL ? { baseUrl: env.LEADWAY_BASE_URL } : {}) });
  try {
    print(formatConversation(await client.conversations.get(conversationId)));
    return 0;
  } catch (error) {
    if (LeadwayError.isLeadwayError(error)) {
      print(`Failed (${error.kind}): ${error.message}`);
      return 1;
    }
    throw error;
  }
}
