import { apiErrorBody } from '../api-error.js';
import type { PrismAnswer, PrismRequest } from '../in-process-prism.js';
import type { MessageEventDelivery } from './message-events.js';
import type { SimulatedReply } from './simulated-reply.js';
import type { StoredMessage } from './store.js';

/** The mock's own routes live under this prefix, outside the API's paths. */
export const ADMIN_PREFIX = '/__mock';

export interface AdminActions {
  reset(store: string): boolean;
  simulateReply(reply: SimulatedReply): Promise<{ message: StoredMessage; delivery?: MessageEventDelivery }>;
  storeOf(request: PrismRequest): string;
}

function answer(status: number, body: unknown): PrismAnswer {
  return { kind: 'answer', status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), violations: [] };
}

function error(status: number, message: string): PrismAnswer {
  return { kind: 'answer', status, headers: { 'content-type': 'application/json' }, body: apiErrorBody(status, message), violations: [] };
}

/**
 * `POST /__mock/reset`: the store named by `x-mock-store` (the default store without it) back to the
 * seed; 404 for a store no request has used. `POST /__mock/reply` with
 * `{ conversationId, body, channel? }`: a simulated customer reply (see `simulateReply`).
 */
export async function answerAdminRequest(request: PrismRequest, actions: AdminActions): Promise<PrismAnswer> {
  const store = actions.storeOf(request);
  const route = `${request.method.toUpperCase()} ${request.path}`;
  if (route === `POST ${ADMIN_PREFIX}/reset`) {
    return actions.reset(store) ? answer(200, { store, reset: true }) : error(404, `no store named ${store}: a store exists once a request has used it`);
  }
  if (route === `POST ${ADMIN_PREFIX}/reply`) {
    const body = (request.body ?? {}) as Partial<SimulatedReply>;
    if (typeof body !== 'object' || typeof body.conversationId !== 'string')
      return error(400, 'POST /__mock/reply takes JSON { "conversationId": "...", "body": "...", "channel"?: "SMS" }');
    try {
      const { message, delivery } = await actions.simulateReply({
        conversationId: body.conversationId,
        body: String(body.body ?? ''),
        ...(typeof body.channel === 'string' ? { channel: body.channel } : {}),
        store,
      });
      return answer(201, {
        message,
        ...(delivery ? { webhook: { event: delivery.event, status: delivery.sent?.status ?? null, error: delivery.error?.message ?? null } } : {}),
      });
    } catch (refusal) {
      const status = (refusal as { status?: number }).status;
      if (typeof status === 'number') return error(status, (refusal as Error).message);
      throw refusal;
    }
  }
  return error(404, `${route} is not a mock route; they are POST ${ADMIN_PREFIX}/reset and POST ${ADMIN_PREFIX}/reply`);
}
