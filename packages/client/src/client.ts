import type { ApiContext } from './call.js';
import { createLeadwayCore, type LeadwayClientOptions } from './core.js';
import { callsResource, conversationsResource, liveChatResource, messagesResource, preferencesResource, uploadsResource } from './generated/groups.js';

export type { LeadwayClientOptions } from './core.js';

/** The client {@link createLeadwayClient} returns: one object per API resource, plus the raw typed client. */
export interface LeadwayClient {
  /** Conversations: get, search (with a `searchAll` iterator), create, update, delete. */
  conversations: ReturnType<typeof conversationsResource>;
  /**
   * Messages: read (list, get, getEmail, export, with `listAll`/`exportAll` iterators), send, record
   * provider messages, cancel scheduled sends, delivery status, attachments.
   */
  messages: ReturnType<typeof messagesResource>;
  /** Attachment uploads: multipart, or a signed URL for large files. */
  uploads: ReturnType<typeof uploadsResource>;
  /** Call recordings and transcriptions. */
  calls: ReturnType<typeof callsResource>;
  /** Live-chat widget signals. */
  liveChat: ReturnType<typeof liveChatResource>;
  /** Email and SMS subscription subtypes and a contact's subscriptions. */
  preferences: ReturnType<typeof preferencesResource>;
  /**
   * The typed openapi-fetch client underneath, for calls the resource functions do not cover. It
   * sends through the same transport (credentials, timeout); errors come back as openapi-fetch
   * results, not thrown.
   */
  http: ApiContext['http'];
}

/** Creates a client. Options are checked here; a bad one throws InvalidInputError at once. */
export function createLeadwayClient(options: LeadwayClientOptions): LeadwayClient {
  const api = createLeadwayCore(options);
  return {
    conversations: conversationsResource(api),
    messages: messagesResource(api),
    uploads: uploadsResource(api),
    calls: callsResource(api),
    liveChat: liveChatResource(api),
    preferences: preferencesResource(api),
    http: api.http,
  };
}
