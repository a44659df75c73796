export { createLeadwayClient } from './client.js';
export type { LeadwayClient, LeadwayClientOptions } from './client.js';
export { createLeadwayCore } from './core.js';
export type { LeadwayCore } from './core.js';
export { callsResource } from './resources/calls.js';
export { conversationsResource } from './resources/conversations.js';
export { liveChatResource } from './resources/live-chat.js';
export { messageSendingResource } from './resources/message-sending.js';
export { messagesResource } from './resources/messages.js';
export { preferencesResource } from './resources/preferences.js';
export { uploadsResource } from './resources/uploads.js';
export type { ApiContext, CallOptions, FetchResult, ResponseExpectation, WithResponse } from './call.js';
export type { RequestContext } from './transport/request-context.js';
export type { PacingOptions } from './pacing-options.js';
export type { RateLimitStore } from './transport/rate-limit-store.js';
export type { RateLimitObservation } from './transport/rate-limit-headers.js';
export { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions } from './transport/memory-rate-limit-store.js';
export type { TransportEvent, TransportEventHandler } from './transport/transport-event.js';
export type {
  Conversation,
  ConversationSearchItem,
  CreateConversationRequest,
  CreateConversationResponse,
  DeleteConversationResponse,
  SearchConversationsParams,
  SearchConversationsResponse,
  UpdateConversationRequest,
  UpdateConversationResponse,
} from './resources/conversations.js';
export type {
  EmailMessage,
  ExportMessagesParams,
  ExportMessagesResponse,
  ListMessagesParams,
  Message,
  MessagesPage,
} from './resources/messages.js';
export type { Paginated, PageIteratorOptions } from './pagination.js';
export type {
  CancelScheduledResult,
  DeliveryStatus,
  InboundMessageRequest,
  InboundMessageType,
  OutboundCallRequest,
  RecordedMessageResponse,
  ReviewReplyRequest,
  SendMessageRequest,
  SendMessageResponse,
  SendMessageType,
  UpdateMessageStatusRequest,
} from './resources/message-sending.js';
export { DELIVERY_STATUSES, INBOUND_MESSAGE_TYPES, MAX_MESSAGE_ATTACHMENTS, SEND_MESSAGE_TYPES } from './resources/message-sending.js';
export type {
  CompleteUploadRequest,
  CompleteUploadResponse,
  InitiateUploadRequest,
  InitiateUploadResponse,
  UploadAttachmentsInput,
  UploadAttachmentsResponse,
  UploadFile,
} from './resources/uploads.js';
export { MAX_UPLOAD_BYTES, MAX_WHATSAPP_UPLOAD_BYTES } from './resources/uploads.js';
export { UPLOAD_EXTENSIONS } from './resources/upload-form.js';
export type { CallMessageRef, DownloadedFile, TranscriptionSentence } from './resources/calls.js';
export type { LiveChatTypingInput, LiveChatTypingResponse } from './resources/live-chat.js';
export type {
  CustomSubtypeCreateRequest,
  CustomSubtypeUpdateRequest,
  PreferencesAnswer,
  SubscriptionChangeRequest,
} from './resources/preferences.js';
export { SendMessageResultStatus, SendMessageResultStatusLabels } from './generated/enums.js';
export {
  CallStatus,
  CallStatusLabels,
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
} from './generated/enums.js';
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
export type { ApiVersion, RetryOptions } from './options.js';
export type { TokenProvider, TokenSource } from './transport/token-source.js';
export * from './auth/index.js';
export * from './errors/index.js';
export { ConversationChannelType, ConversationChannelTypeLabels } from './generated/enums.js';
export type { components, operations, paths } from './generated/openapi.js';
