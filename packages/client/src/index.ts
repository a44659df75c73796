export * from './auth/index.js';
export type { ApiContext, CallOptions, CallRequestInit, FetchResult, ResponseExpectation, WithResponse } from './call.js';
export type { LeadwayClient, LeadwayClientOptions } from './client.js';
export { createLeadwayClient } from './client.js';
export type { LeadwayCore } from './core.js';
export { createLeadwayCore } from './core.js';
export * from './errors/index.js';
export {
  CallStatus,
  CallStatusLabels,
  ConversationChannelType,
  ConversationChannelTypeLabels,
  ConversationTypeString,
  ConversationTypeStringLabels,
  EmailStatus,
  EmailStatusLabels,
  MessageDirection,
  MessageDirectionLabels,
  MessageStatus,
  MessageStatusLabels,
  MessageTypeCode,
  MessageTypeCodeLabels,
  MessageTypeFilter,
  MessageTypeString,
  MessageTypeStringLabels,
  SendMessageResultStatus,
  SendMessageResultStatusLabels,
} from './generated/enums.js';
// One standalone function per operation, generated from the spec: `getConversation(core, id)`.
export * from './generated/functions.js';
// The groups of createLeadwayClient(), each buildable alone on a core: `conversationsResource(core)`.
export {
  type CallsResource,
  type ConversationsResource,
  callsResource,
  conversationsResource,
  type LiveChatResource,
  liveChatResource,
  type MessagesResource,
  messagesResource,
  type PreferencesResource,
  preferencesResource,
  type UploadsResource,
  uploadsResource,
} from './generated/groups.js';
export type { components, operations, paths } from './generated/openapi.js';
// The spec's schemas and each operation's query, by name (`Message`, `SearchConversationsParams`).
export type * from './generated/types.js';
export type { UploadFile } from './operations/multipart-body.js';
export type { DownloadedFile } from './operations/read-download.js';
export type { ApiVersion, RetryOptions } from './options.js';
export {
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  SUPPORTED_API_VERSIONS,
} from './options.js';
export type { PacingOptions } from './pacing-options.js';
export type { PageIteratorOptions, Paginated } from './pagination.js';
export { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions } from './transport/memory-rate-limit-store.js';
export type { RateLimitObservation } from './transport/rate-limit-headers.js';
export type { RateLimitStore } from './transport/rate-limit-store.js';
export type { RequestContext } from './transport/request-context.js';
export type { TokenProvider, TokenSource } from './transport/token-source.js';
export type { TransportEvent, TransportEventHandler } from './transport/transport-event.js';
