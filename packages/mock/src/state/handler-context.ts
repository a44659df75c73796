import type { MockStore, StoredMessage } from './store.js';

/** What a state handler gets: the request, already validated by Prism against the spec. */
export interface StateRequest {
  /** Path parameters, decoded (`conversationId`, `messageId`, `id`...). */
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The `content-type` the request came with. */
  contentType: string | undefined;
  store: MockStore;
  /** The store's clock: epoch milliseconds, never the same value twice. */
  now(): number;
  /** The kind code of a message kind, from the spec (`TYPE_SMS` → 2). */
  messageCode(messageType: string): number | undefined;
  /** Reports a message stored by the API call and the channel it went by, for the webhook events. */
  onMessage(message: StoredMessage, channel: string): void;
}

/** A stateful answer; its body is checked against the spec before it leaves. */
export interface StateAnswer {
  status: number;
  body: unknown;
}

export type StateHandler = (request: StateRequest) => StateAnswer | Promise<StateAnswer>;

/** The API's error shape. */
export function apiError(statusCode: number, message: string): StateAnswer {
  const error = statusCode === 404 ? 'Not Found' : statusCode === 400 ? 'Bad Request' : 'Error';
  return { status: statusCode, body: { statusCode, message, error } };
}

/** A trace id, as every answer of the API carries one. */
export function traceId(): string {
  return crypto.randomUUID();
}
