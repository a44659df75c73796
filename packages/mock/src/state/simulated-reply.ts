// The stateful mode's public shapes that name no Prism type: the published declarations of
// `startMock()` reach these, never Prism's (whose types need packages a user does not install).

/** The header that picks an isolated store. */
export const STORE_HEADER = 'x-mock-store';

/** A customer's reply, simulated: stored as an inbound message, delivered as `InboundMessage`. */
export interface SimulatedReply {
  /** The conversation the customer replies in. */
  conversationId: string;
  /** The reply's text. */
  body: string;
  /** The channel it came by. @default 'SMS' */
  channel?: string;
  /** The store it goes to. @default 'default' */
  store?: string;
}

/** Thrown by `simulateReply` for a conversation that is not in the store, or a bad store name. */
export class ReplyRefusedError extends Error {
  constructor(
    /** The status `POST /__mock/reply` answers for it: 400 (bad input) or 404 (no such conversation). */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ReplyRefusedError';
  }
}
