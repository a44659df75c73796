/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

import type { components } from './openapi.js';
import type { QueryOf } from '../operations/operation-types.js';

/** The spec's `TraceId` schema. */
export type TraceId = components['schemas']["TraceId"];
/** The spec's `ResourceId` schema. */
export type ResourceId = components['schemas']["ResourceId"];
/** The spec's `Conversation` schema. */
export type Conversation = components['schemas']["Conversation"];
/** The spec's `UpdateConversationRequest` schema. */
export type UpdateConversationRequest = components['schemas']["UpdateConversationRequest"];
/** The spec's `EpochMillisOrIsoDate` schema. */
export type EpochMillisOrIsoDate = components['schemas']["EpochMillisOrIsoDate"];
/** The spec's `ConversationDetails` schema. */
export type ConversationDetails = components['schemas']["ConversationDetails"];
/** The spec's `UpdateConversationResponse` schema. */
export type UpdateConversationResponse = components['schemas']["UpdateConversationResponse"];
/** The spec's `SuccessResponse` schema. */
export type SuccessResponse = components['schemas']["SuccessResponse"];
/** The spec's `SearchSortKey` schema. */
export type SearchSortKey = components['schemas']["SearchSortKey"];
/** The spec's `ConversationSearchItem` schema. */
export type ConversationSearchItem = components['schemas']["ConversationSearchItem"];
/** The spec's `SearchConversationsResponse` schema. */
export type SearchConversationsResponse = components['schemas']["SearchConversationsResponse"];
/** The spec's `CreateConversationRequest` schema. */
export type CreateConversationRequest = components['schemas']["CreateConversationRequest"];
/** The spec's `CreatedConversation` schema. */
export type CreatedConversation = components['schemas']["CreatedConversation"];
/** The spec's `CreateConversationResponse` schema. */
export type CreateConversationResponse = components['schemas']["CreateConversationResponse"];
/** The spec's `IsoDateTime` schema. */
export type IsoDateTime = components['schemas']["IsoDateTime"];
/** The spec's `MessageMeta` schema. */
export type MessageMeta = components['schemas']["MessageMeta"];
/** The spec's `Message` schema. */
export type Message = components['schemas']["Message"];
/** The spec's `MessagesPage` schema. */
export type MessagesPage = components['schemas']["MessagesPage"];
/** The spec's `GetMessagesResponse` schema. */
export type GetMessagesResponse = components['schemas']["GetMessagesResponse"];
/** The spec's `GetMessageResponse` schema. */
export type GetMessageResponse = components['schemas']["GetMessageResponse"];
/** The spec's `EmailMessage` schema. */
export type EmailMessage = components['schemas']["EmailMessage"];
/** The spec's `EmailDeliveryStatus` schema. */
export type EmailDeliveryStatus = components['schemas']["EmailDeliveryStatus"];
/** The spec's `UpdateEmailStatusRequest` schema. */
export type UpdateEmailStatusRequest = components['schemas']["UpdateEmailStatusRequest"];
/** The spec's `EmailStatusUpdateResponse` schema. */
export type EmailStatusUpdateResponse = components['schemas']["EmailStatusUpdateResponse"];
/** The spec's `ExportMessagesResponse` schema. */
export type ExportMessagesResponse = components['schemas']["ExportMessagesResponse"];
/** The spec's `ForwardMessage` schema. */
export type ForwardMessage = components['schemas']["ForwardMessage"];
/** The spec's `SendMessageType` schema. */
export type SendMessageType = components['schemas']["SendMessageType"];
/** The spec's `DeliveryStatus` schema. */
export type DeliveryStatus = components['schemas']["DeliveryStatus"];
/** The spec's `SendMessageRequest` schema. */
export type SendMessageRequest = components['schemas']["SendMessageRequest"];
/** The spec's `SendMessageResponse` schema. */
export type SendMessageResponse = components['schemas']["SendMessageResponse"];
/** The spec's `InboundMessageType` schema. */
export type InboundMessageType = components['schemas']["InboundMessageType"];
/** The spec's `CallDetails` schema. */
export type CallDetails = components['schemas']["CallDetails"];
/** The spec's `InboundMessageRequest` schema. */
export type InboundMessageRequest = components['schemas']["InboundMessageRequest"];
/** The spec's `RecordedMessageResponse` schema. */
export type RecordedMessageResponse = components['schemas']["RecordedMessageResponse"];
/** The spec's `OutboundCallRequest` schema. */
export type OutboundCallRequest = components['schemas']["OutboundCallRequest"];
/** The spec's `ReviewReplyRequest` schema. */
export type ReviewReplyRequest = components['schemas']["ReviewReplyRequest"];
/** The spec's `CancelScheduledResult` schema. */
export type CancelScheduledResult = components['schemas']["CancelScheduledResult"];
/** The spec's `UploadAttachmentsRequest` schema. */
export type UploadAttachmentsRequest = components['schemas']["UploadAttachmentsRequest"];
/** The spec's `UploadedFiles` schema. */
export type UploadedFiles = components['schemas']["UploadedFiles"];
/** The spec's `UploadAttachmentsResponse` schema. */
export type UploadAttachmentsResponse = components['schemas']["UploadAttachmentsResponse"];
/** The spec's `InitiateUploadRequest` schema. */
export type InitiateUploadRequest = components['schemas']["InitiateUploadRequest"];
/** The spec's `InitiateUploadResponse` schema. */
export type InitiateUploadResponse = components['schemas']["InitiateUploadResponse"];
/** The spec's `CompleteUploadRequest` schema. */
export type CompleteUploadRequest = components['schemas']["CompleteUploadRequest"];
/** The spec's `CompleteUploadResponse` schema. */
export type CompleteUploadResponse = components['schemas']["CompleteUploadResponse"];
/** The spec's `UpdateMessageStatusRequest` schema. */
export type UpdateMessageStatusRequest = components['schemas']["UpdateMessageStatusRequest"];
/** The spec's `UpdateMessageAttachmentsRequest` schema. */
export type UpdateMessageAttachmentsRequest = components['schemas']["UpdateMessageAttachmentsRequest"];
/** The spec's `TranscriptionSentence` schema. */
export type TranscriptionSentence = components['schemas']["TranscriptionSentence"];
/** The spec's `CallTranscription` schema. */
export type CallTranscription = components['schemas']["CallTranscription"];
/** The spec's `LiveChatTypingRequest` schema. */
export type LiveChatTypingRequest = components['schemas']["LiveChatTypingRequest"];
/** The spec's `LiveChatTypingResponse` schema. */
export type LiveChatTypingResponse = components['schemas']["LiveChatTypingResponse"];
/** The spec's `PreferencesAnswer` schema. */
export type PreferencesAnswer = components['schemas']["PreferencesAnswer"];
/** The spec's `CustomSubtypeCreateRequest` schema. */
export type CustomSubtypeCreateRequest = components['schemas']["CustomSubtypeCreateRequest"];
/** The spec's `CustomSubtypeUpdateRequest` schema. */
export type CustomSubtypeUpdateRequest = components['schemas']["CustomSubtypeUpdateRequest"];
/** The spec's `SubscriptionChangeRequest` schema. */
export type SubscriptionChangeRequest = components['schemas']["SubscriptionChangeRequest"];

/** The query parameters of `searchConversations`. */
export type SearchConversationsParams = QueryOf<"searchConversations">;
/** The query parameters of `getMessages`. */
export type GetMessagesParams = QueryOf<"getMessages">;
/** The query parameters of `exportMessages`. */
export type ExportMessagesParams = QueryOf<"exportMessages">;
/** The query parameters of `getCallRecording`. */
export type GetCallRecordingParams = QueryOf<"getCallRecording">;
/** The query parameters of `listCustomSubtypes`. */
export type ListCustomSubtypesParams = QueryOf<"listCustomSubtypes">;
/** The query parameters of `createCustomSubtype`. */
export type CreateCustomSubtypeParams = QueryOf<"createCustomSubtype">;
/** The query parameters of `updateCustomSubtype`. */
export type UpdateCustomSubtypeParams = QueryOf<"updateCustomSubtype">;
/** The query parameters of `getUnsubscriptionStatus`. */
export type GetUnsubscriptionStatusParams = QueryOf<"getUnsubscriptionStatus">;
