// The smoke program every runtime of the matrix runs against the PACKED packages (compiled with tsc
// against their published types in a project outside the workspace, then run as JavaScript): each
// capability reports pass or fail with the reason, and never throws.
import { type Conversation, createLeadwayClient, LeadwayError, NotFoundError } from '@leadway/client';
import { createWebhookVerifier, type WebhookEvent, WebhookVerificationError } from '@leadway/client/webhooks';

/** A webhook delivery signed by the mock's sender on the host, for the runtime to verify. */
export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
  publicKeyPem: string;
  /** The payload's timestamp: the verifier's clock is set to it, so the check never depends on time. */
  timestamp: number;
}

/** What the host passes to the smoke program. */
export interface SmokeInput {
  /** A mock started by the host (on Node): used when the runtime cannot host its own. */
  mockUrl: string;
  webhook: SignedWebhook;
}

export type Outcome = { status: 'pass' } | { status: 'fail' | 'unsupported'; note: string };
export type ClientCapability = 'typedCall' | 'pagination' | 'typedError' | 'webhook';

const CONVERSATION_ID = 'tDtDnQdgm2LXpyiqYvZ6';

const attempt = async (check: () => Promise<void>): Promise<Outcome> => {
  try {
    await check();
    return { status: 'pass' };
  } catch (error) {
    return { status: 'fail', note: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
};

const expect = (condition: boolean, what: string): void => {
  if (!condition) throw new Error(what);
};

/** The client's capabilities against the mock at `baseUrl`, and the webhook verifier's. */
export async function clientCapabilities(baseUrl: string, webhook: SignedWebhook): Promise<Record<ClientCapability, Outcome>> {
  const client = createLeadwayClient({ token: 'smoke-token', baseUrl });
  return {
    typedCall: await attempt(async () => {
      const conversation: Conversation = await client.conversations.get(CONVERSATION_ID);
      expect(typeof conversation.id === 'string' && conversation.id.length > 0, `no conversation id in ${JSON.stringify(conversation)}`);
    }),
    pagination: await attempt(async () => {
      const pages = [];
      for await (const page of client.conversations.searchAll({ locationId: 'loc1', limit: 2 }, { maxPages: 1 }).pages()) pages.push(page);
      expect(pages.length === 1, `expected one page, got ${pages.length}`);
      expect(pages[0]!.conversations.length > 0, 'the page has no conversations');
    }),
    typedError: await attempt(async () => {
      try {
        await client.conversations.get(CONVERSATION_ID, { headers: { Prefer: 'code=404' } });
      } catch (error) {
        expect(error instanceof NotFoundError && error instanceof LeadwayError, `not a NotFoundError: ${String(error)}`);
        const typed = error as NotFoundError;
        expect(typed.kind === 'not_found' && typed.status === 404, `kind ${typed.kind}, status ${typed.status}`);
        return;
      }
      throw new Error('the 404 did not reject');
    }),
    webhook: await attempt(async () => {
      const verifier = createWebhookVerifier({ publicKey: webhook.publicKeyPem, now: () => webhook.timestamp });
      const event: WebhookEvent = await verifier.verify(webhook.body, new Headers(webhook.headers));
      expect(event.type === 'InboundMessage', `verified event type ${String(event.type)}`);
      const tampered = createWebhookVerifier({ publicKey: webhook.publicKeyPem, now: () => webhook.timestamp });
      const refused = await tampered.verify(webhook.body.replace('InboundMessage', 'OutboundMessage'), new Headers(webhook.headers)).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused instanceof WebhookVerificationError, `a tampered body was not refused: ${String(refused)}`);
    }),
  };
}
