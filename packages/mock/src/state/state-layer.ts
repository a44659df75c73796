import type { InProcessPrism, PrismAnswer, PrismRequest } from '../in-process-prism.js';
import type { SpecOperations } from '../load-operations.js';
import { ADMIN_PREFIX, answerAdminRequest } from './admin-routes.js';
import { checkAnswer } from './answer-check.js';
import { apiError, type StateAnswer } from './handler-context.js';
import type { createMessageEvents, MessageEventDelivery } from './message-events.js';
import { createMessageCodes } from './message-kinds.js';
import { recordMessage } from './record-message.js';
import { createSchemaChecker } from './schema-checker.js';
import { ReplyRefusedError, type SimulatedReply, STORE_HEADER } from './simulated-reply.js';
import { recordSchemas } from './spec-schemas.js';
import { createStateRouter } from './state-routes.js';
import { DEFAULT_STORE, type SeedData, type StoredMessage, StoreRegistry } from './store.js';

export interface StateLayer {
  /** Prism's request handling with the store in front: the served spec's operations, re-read at each reload. */
  wrap(prism: InProcessPrism, operations: SpecOperations): InProcessPrism;
  simulateReply(reply: SimulatedReply): Promise<{ message: StoredMessage; delivery?: MessageEventDelivery }>;
  /** Returns a store to the seed; false when no request has used a store of that name. */
  reset(store?: string): boolean;
}

/**
 * The stateful mode: requests Prism accepts (validated against the spec, security checked) are
 * answered from a store of conversations and messages instead of the spec's examples, and every
 * answer is checked against the spec before it leaves (a 500 naming the violation when it breaks it).
 * A `Prefer` header bypasses the store: it asks for the spec's example or status.
 */
export function createStateLayer(seed: SeedData, events: ReturnType<typeof createMessageEvents>): StateLayer {
  const registry = new StoreRegistry(seed);
  const checker = createSchemaChecker();
  let last = 0;
  // Never the same millisecond twice, so every date orders and pages exactly.
  const now = () => (last = Math.max(Date.now(), last + 1));
  let messageCode: (messageType: string) => number | undefined = () => undefined;
  // A delivery never fails the request that stored the message; a throwing onWebhookDelivery is logged.
  const onMessage = (message: StoredMessage, channel: string) => {
    events.deliver(message, channel).catch((error: unknown) => console.error('leadway-mock: onWebhookDelivery threw:', error));
  };

  async function simulateReply(reply: SimulatedReply) {
    const name = reply.store ?? DEFAULT_STORE;
    if (!StoreRegistry.isValidName(name)) throw new ReplyRefusedError(400, `store name must be 1 to 100 letters, digits, '.', '_' or '-'`);
    if (typeof reply.body !== 'string' || reply.body.trim() === '') throw new ReplyRefusedError(400, 'a reply needs a non-blank body');
    const store = registry.open(name);
    const conversation = store.conversations.get(reply.conversationId);
    if (!conversation) throw new ReplyRefusedError(404, `store ${name} has no conversation ${reply.conversationId}`);
    let delivered: Promise<MessageEventDelivery | undefined> = Promise.resolve(undefined);
    const message = recordMessage({ store, now, messageCode, onMessage: (m, channel) => (delivered = events.deliver(m, channel)) }, conversation, {
      channel: reply.channel ?? 'SMS',
      direction: 'inbound',
      status: 'delivered',
      body: reply.body,
    });
    const delivery = await delivered;
    return { message, ...(delivery ? { delivery } : {}) };
  }

  function reset(name = DEFAULT_STORE): boolean {
    const store = registry.find(name);
    store?.reset();
    return store !== undefined;
  }

  return {
    simulateReply,
    reset,
    wrap(prism, operations) {
      const route = createStateRouter(operations);
      messageCode = createMessageCodes(recordSchemas(operations).message);
      return {
        async answer(request) {
          if (request.path === ADMIN_PREFIX || request.path.startsWith(`${ADMIN_PREFIX}/`))
            return answerAdminRequest(request, { reset, simulateReply, storeOf });
          const matched = route(request.method, request.path);
          const asksForExample = Object.values(request.preferences).some((value) => value !== undefined);
          if (!matched || asksForExample) return prism.answer(request);
          const storeName = storeOf(request);
          if (!StoreRegistry.isValidName(storeName)) return json(apiError(400, `${STORE_HEADER} must be 1 to 100 letters, digits, '.', '_' or '-'`), {});
          // Prism first: routing, security and request validation stay Prism's (a refused request never reaches the store).
          const checked = await prism.answer(request);
          if (checked.kind !== 'answer' || (checked.status >= 300 && !onlyExampleBroken(checked))) return checked;
          const answer = await matched.handler({
            params: matched.params,
            query: request.query,
            body: request.body,
            contentType: headerValue(request, 'content-type'),
            store: registry.open(storeName),
            now,
            messageCode,
            onMessage,
          });
          const { lines, violations } = checkAnswer(checker, matched.operation, answer);
          if (lines.length > 0) {
            const refused = json(apiError(500, `leadway-mock: the stateful answer (${answer.status}) breaks the spec: ${lines.join('; ')}`), checked.headers);
            return { ...refused, violations };
          }
          return json(answer, checked.headers);
        },
      };
    },
  };
}

/** Prism's 500 for its own example breaking the spec: the request was fine, and the store answers instead. */
function onlyExampleBroken(answer: PrismAnswer & { kind: 'answer' }): boolean {
  return answer.status === 500 && answer.violations.length > 0 && answer.violations.every((v) => v.location[0] === 'response');
}

function headerValue(request: PrismRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function storeOf(request: PrismRequest): string {
  return headerValue(request, STORE_HEADER) ?? DEFAULT_STORE;
}

/** A stateful answer as Prism's are written: JSON, with the headers Prism's answer carried (rate limits). */
function json(answer: StateAnswer, prismHeaders: Record<string, string>): PrismAnswer & { kind: 'answer' } {
  return {
    kind: 'answer',
    status: answer.status,
    headers: { ...prismHeaders, 'content-type': 'application/json' },
    body: JSON.stringify(answer.body),
    violations: [],
  };
}
