/** A stored conversation: a search item of the API (extra fields allowed, as the API sends them). */
export type StoredConversation = Record<string, unknown> & {
  /** The conversation's id. */
  id: string;
  /** Its contact (one conversation per contact). */
  contactId: string;
  /** Its location (sub-account). */
  locationId: string;
};
/** A stored message: a `Message` of the API. */
export type StoredMessage = Record<string, unknown> & {
  /** The message's id. */
  id: string;
  /** The conversation it belongs to. */
  conversationId: string;
  /** When it was added. @unit ISO 8601 */
  dateAdded: string;
};

/** What a store starts from (and returns to on reset): the API's own shapes. */
export interface SeedData {
  /** Conversations, as search answers' items. */
  conversations: StoredConversation[];
  /** Messages, each of one of the conversations. */
  messages: StoredMessage[];
}

/**
 * One isolated set of conversations and messages. Records are kept as the API answers them;
 * answers are copies, so a caller can never change the store by changing an answer.
 */
export class MockStore {
  readonly conversations = new Map<string, StoredConversation>();
  readonly messages = new Map<string, StoredMessage>();
  /** Per stored message, its insertion order, so messages added in one millisecond keep their order. */
  private readonly sequence = new Map<string, number>();
  private nextSequence = 0;

  constructor(private readonly seed: SeedData) {
    this.reset();
  }

  /** Back to the seed. */
  reset(): void {
    this.conversations.clear();
    this.messages.clear();
    this.sequence.clear();
    for (const conversation of this.seed.conversations) this.conversations.set(conversation.id, structuredClone(conversation));
    // Oldest first, so the insertion order agrees with the dates.
    const messages = [...this.seed.messages].sort((a, b) => Date.parse(a.dateAdded) - Date.parse(b.dateAdded));
    for (const message of messages) this.putMessage(structuredClone(message));
  }

  conversationOfContact(contactId: string): StoredConversation | undefined {
    for (const conversation of this.conversations.values()) if (conversation.contactId === contactId) return conversation;
    return undefined;
  }

  putMessage(message: StoredMessage): void {
    if (!this.sequence.has(message.id)) this.sequence.set(message.id, this.nextSequence++);
    this.messages.set(message.id, message);
  }

  /** The messages of a conversation, newest first (by date, then by the order they were stored). */
  messagesOf(conversationId: string): StoredMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.conversationId === conversationId)
      .sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded) || this.sequence.get(b.id)! - this.sequence.get(a.id)!);
  }

  deleteConversation(id: string): void {
    this.conversations.delete(id);
    for (const message of [...this.messages.values()]) if (message.conversationId === id) this.messages.delete(message.id);
  }
}

/** Store names: what an `x-mock-store` header may hold. */
const STORE_NAME = /^[A-Za-z0-9._-]{1,100}$/;
export const DEFAULT_STORE = 'default';

/**
 * The named stores of one mock. The default store always exists; a request naming another
 * (`x-mock-store`) gets it, created from the seed on first use, so parallel tests stay apart.
 */
export class StoreRegistry {
  private readonly stores = new Map<string, MockStore>();

  constructor(private readonly seed: SeedData) {
    this.stores.set(DEFAULT_STORE, new MockStore(seed));
  }

  static isValidName(name: string): boolean {
    return STORE_NAME.test(name);
  }

  /** The store of that name, created on first use. */
  open(name: string): MockStore {
    let store = this.stores.get(name);
    if (!store) {
      store = new MockStore(this.seed);
      this.stores.set(name, store);
    }
    return store;
  }

  /** The store of that name if a request has used it. */
  find(name: string): MockStore | undefined {
    return this.stores.get(name);
  }
}
