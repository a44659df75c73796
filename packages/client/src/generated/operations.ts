/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

import type { OperationSpec, SchemaRule } from '../operations/operation-spec.js';

// Rules used more than once are shared constants (rule1, rule2, ...); each component schema is one.
const rule1: SchemaRule = { type: "string", minLength: 1 };

/** Request-side rules of the spec's `OAuthGrantType` schema. */
const schemaOAuthGrantType: SchemaRule = { type: "string", enum: ["authorization_code","refresh_token","client_credentials"] };

const rule2: SchemaRule = { type: "string" };

/** Request-side rules of the spec's `OAuthUserType` schema. */
const schemaOAuthUserType: SchemaRule = rule2;

/** Request-side rules of the spec's `OAuthTokenRequest` schema. */
const schemaOAuthTokenRequest: SchemaRule = { type: "object", required: ["client_id","client_secret","grant_type"], properties: { client_id: rule1, client_secret: rule1, grant_type: schemaOAuthGrantType, code: rule2, refresh_token: rule2, user_type: schemaOAuthUserType, redirect_uri: rule2 }, additionalProperties: false };

/** Request-side rules of the spec's `OAuthLocationTokenRequest` schema. */
const schemaOAuthLocationTokenRequest: SchemaRule = { type: "object", required: ["companyId","locationId"], properties: { companyId: rule1, locationId: rule1 }, additionalProperties: false };

/** Request-side rules of the spec's `ResourceId` schema. */
const schemaResourceId: SchemaRule = { type: "string", minLength: 1, maxLength: 128, pattern: "^(?!\\.\\.?$)[^/?#\\s]+$", "x-leadway-rule": "must be an id: no '/', '?', '#' or white space, and not '.' or '..' (which would change the path)" };

const rule3: SchemaRule = { type: "integer", minimum: 0 };

const rule4: SchemaRule = { type: "boolean" };

/** Request-side rules of the spec's `UpdateConversationRequest` schema. */
const schemaUpdateConversationRequest: SchemaRule = { type: "object", required: ["locationId"], properties: { locationId: schemaResourceId, unreadCount: rule3, starred: rule4, feedback: { anyOf: [{ type: "object" }, { type: "string", enum: ["positive","negative"] }] } }, additionalProperties: false };

const rule5: SchemaRule = { type: "string", enum: ["asc","desc"] };

const rule6: SchemaRule = { type: "number" };

/** Request-side rules of the spec's `MessageTypeString` schema. */
const schemaMessageTypeString: SchemaRule = rule2;

/** Request-side rules of the spec's `CreateConversationRequest` schema. */
const schemaCreateConversationRequest: SchemaRule = { type: "object", required: ["locationId","contactId"], properties: { locationId: schemaResourceId, contactId: schemaResourceId }, additionalProperties: false };

/** Request-side rules of the spec's `MessageTypeFilter` schema. */
const schemaMessageTypeFilter: SchemaRule = rule2;

/** Request-side rules of the spec's `EmailDeliveryStatus` schema. */
const schemaEmailDeliveryStatus: SchemaRule = { type: "string", enum: ["pending","scheduled","sent","delivered","read","undelivered","connected","failed","opened","clicked"] };

/** Request-side rules of the spec's `UpdateEmailStatusRequest` schema. */
const schemaUpdateEmailStatusRequest: SchemaRule = { type: "object", required: ["status"], properties: { status: schemaEmailDeliveryStatus, events: { type: "object", properties: { delivered: rule3, opened: rule3, clicked: rule3, replied: rule3, failed: rule3, accepted: rule3, rejected: rule3, unsubscribed: rule3, complained: rule3, stored: rule3 }, additionalProperties: false }, recipients: { type: "array", items: { type: "object", required: ["emailId","status"], properties: { emailId: rule1, status: schemaEmailDeliveryStatus, failReason: rule2 }, additionalProperties: false } } }, additionalProperties: false };

/** Request-side rules of the spec's `SendMessageType` schema. */
const schemaSendMessageType: SchemaRule = { type: "string", enum: ["SMS","RCS","Email","WhatsApp","IG","FB","Custom","Live_Chat","TIKTOK"] };

/** Request-side rules of the spec's `DeliveryStatus` schema. */
const schemaDeliveryStatus: SchemaRule = { type: "string", enum: ["delivered","failed","pending","read"] };

const rule7: SchemaRule = { type: "array", items: rule2 };

const rule8: SchemaRule = { type: "string", format: "uri" };

const rule9: SchemaRule = { type: "array", items: rule8 };

/** Request-side rules of the spec's `ForwardMessage` schema. */
const schemaForwardMessage: SchemaRule = { type: "object", required: ["isForwarded"], properties: { isForwarded: rule4, forwardWholeThread: rule4, messageId: rule2, emailMessageId: rule2, sourceContactId: rule2, sourceConversationId: rule2, toEmail: rule2, recipientContactId: rule2, recipientConversationId: rule2 }, additionalProperties: false };

const rule10: SchemaRule = { pattern: "^\\s*$" };

const rule11: SchemaRule = { const: "Custom" };

const rule12: SchemaRule = { required: ["type"], properties: { type: rule11 } };

/** Request-side rules of the spec's `SendMessageRequest` schema. */
const schemaSendMessageRequest: SchemaRule = { type: "object", required: ["type","contactId"], properties: { type: schemaSendMessageType, contactId: schemaResourceId, subType: rule2, status: schemaDeliveryStatus, message: rule2, html: rule2, subject: rule2, emailFrom: rule2, emailTo: rule2, emailCc: rule7, emailBcc: rule7, emailReplyMode: { type: "string", enum: ["reply","reply_all"] }, replyMessageId: rule2, threadId: rule2, templateId: rule2, appointmentId: rule2, attachments: rule9, scheduledTimestamp: { type: "integer", minimum: 0, maximum: 99999999999, "x-leadway-rule": "a value this large is epoch milliseconds; pass epoch seconds (Math.floor(ms / 1000))" }, conversationProviderId: schemaResourceId, customSubtypeId: rule2, fromNumber: rule2, toNumber: rule2, forward: schemaForwardMessage, usesNativeSchedulingAi: rule4, optimizationPeriod: { type: "string", enum: ["24h","48h","72h"] } }, additionalProperties: false, not: { "x-leadway-rule": "a send needs content: a non-blank message, html or templateId, an attachment, or forward", properties: { message: rule10, html: rule10, templateId: rule10, attachments: { maxItems: 0 } }, not: { required: ["forward"], properties: { forward: schemaForwardMessage } } }, if: rule12, then: { "x-leadway-rule": "a Custom send goes through a conversation provider, so it needs conversationProviderId", required: ["conversationProviderId"], properties: { conversationProviderId: schemaResourceId } } };

/** Request-side rules of the spec's `InboundMessageType` schema. */
const schemaInboundMessageType: SchemaRule = { type: "string", enum: ["SMS","RCS","Email","WhatsApp","GMB","IG","FB","Custom","WebChat","Live_Chat","Call","IVR_Call","Campaign_Call","Campaign_VoiceMail","TIKTOK","ALL_IN_ONE_CHAT","FORM_SUBMISSION"] };

const rule13: SchemaRule = { type: "string", format: "date-time" };

/** Request-side rules of the spec's `CallDetails` schema. */
const schemaCallDetails: SchemaRule = { type: "object", properties: { to: rule2, from: rule2, status: { type: "string", enum: ["pending","completed","answered","busy","no-answer","failed","canceled","voicemail"] } }, additionalProperties: false };

/** Request-side rules of the spec's `InboundMessageRequest` schema. */
const schemaInboundMessageRequest: SchemaRule = { type: "object", required: ["type","conversationId","contactId"], properties: { type: schemaInboundMessageType, conversationId: schemaResourceId, contactId: schemaResourceId, conversationProviderId: schemaResourceId, message: rule2, attachments: rule9, html: rule2, subject: rule2, emailFrom: rule2, emailTo: rule2, emailCc: rule7, emailBcc: rule7, emailMessageId: rule2, altId: rule2, direction: { type: "string", enum: ["outbound","inbound"] }, date: rule13, call: schemaCallDetails }, additionalProperties: false, if: rule12, then: { "x-leadway-rule": "a Custom message needs conversationProviderId (observed: without it the API answers 201 and stores nothing)", required: ["conversationProviderId"], properties: { conversationProviderId: schemaResourceId } } };

/** Request-side rules of the spec's `OutboundCallRequest` schema. */
const schemaOutboundCallRequest: SchemaRule = { type: "object", required: ["type","conversationId","conversationProviderId"], properties: { type: { type: "string", enum: ["Call"] }, conversationId: schemaResourceId, conversationProviderId: schemaResourceId, attachments: rule9, altId: rule2, date: rule13, call: schemaCallDetails }, additionalProperties: false };

/** Request-side rules of the spec's `ReviewReplyRequest` schema. */
const schemaReviewReplyRequest: SchemaRule = { type: "object", required: ["conversationId","locationId","message"], properties: { conversationId: schemaResourceId, locationId: schemaResourceId, message: rule1 }, additionalProperties: false };

const rule14: SchemaRule = { type: "string", enum: ["true","false"] };

/** Request-side rules of the spec's `UploadAttachmentsRequest` schema. */
const schemaUploadAttachmentsRequest: SchemaRule = { type: "object", required: ["fileAttachment","conversationId","contactId","locationId"], properties: { fileAttachment: { anyOf: [rule2, { type: "array", minItems: 1, items: rule2 }] }, conversationId: schemaResourceId, contactId: schemaResourceId, locationId: schemaResourceId, attachmentUrls: { anyOf: [rule8, rule9] }, chatServiceSid: rule2, isGroupSms: rule14 }, if: { required: ["isGroupSms"], properties: { isGroupSms: { const: "true" } } }, then: { "x-leadway-rule": "a group SMS takes one file", properties: { fileAttachment: { not: { type: "array", minItems: 2 } } } } };

const rule15: SchemaRule = { type: "string", minLength: 1, maxLength: 255 };

/** Request-side rules of the spec's `InitiateUploadRequest` schema. */
const schemaInitiateUploadRequest: SchemaRule = { type: "object", required: ["locationId","conversationId","filename","contentType","channel"], properties: { locationId: schemaResourceId, conversationId: schemaResourceId, filename: rule15, contentType: rule1, fileSize: { type: "integer", minimum: 1, maximum: 104857600 }, channel: rule1 }, additionalProperties: false, if: { required: ["channel"], properties: { channel: { pattern: "^[Ww][Hh][Aa][Tt][Ss][Aa][Pp][Pp]$" } } }, else: { "x-leadway-rule": "a file on a channel other than WHATSAPP is at most 5 MB (5242880 bytes)", properties: { fileSize: { maximum: 5242880 } } } };

/** Request-side rules of the spec's `CompleteUploadRequest` schema. */
const schemaCompleteUploadRequest: SchemaRule = { type: "object", required: ["uploadId","filePath","locationId","conversationId","filename"], properties: { uploadId: rule1, filePath: rule1, locationId: schemaResourceId, conversationId: schemaResourceId, filename: rule15 }, additionalProperties: false };

/** Request-side rules of the spec's `UpdateMessageStatusRequest` schema. */
const schemaUpdateMessageStatusRequest: SchemaRule = { type: "object", required: ["status"], properties: { status: schemaDeliveryStatus, error: { type: "object", required: ["code","type","message"], properties: { code: rule2, type: rule2, message: rule2 }, additionalProperties: false }, emailMessageId: rule2, recipients: rule7 }, additionalProperties: false };

/** Request-side rules of the spec's `UpdateMessageAttachmentsRequest` schema. */
const schemaUpdateMessageAttachmentsRequest: SchemaRule = { type: "object", required: ["attachments"], properties: { attachments: { type: "array", minItems: 1, maxItems: 5, items: rule8 } }, additionalProperties: false };

/** Request-side rules of the spec's `LiveChatTypingRequest` schema. */
const schemaLiveChatTypingRequest: SchemaRule = { type: "object", required: ["locationId","isTyping","visitorId","conversationId"], properties: { locationId: schemaResourceId, isTyping: { anyOf: [rule4, rule14] }, visitorId: schemaResourceId, conversationId: schemaResourceId }, additionalProperties: false };

const rule16: SchemaRule = { type: "string", minLength: 1, maxLength: 100 };

const rule17: SchemaRule = { type: "string", maxLength: 100 };

/** Request-side rules of the spec's `CustomSubtypeCreateRequest` schema. */
const schemaCustomSubtypeCreateRequest: SchemaRule = { type: "object", required: ["name","channel","language"], properties: { name: rule16, description: rule17, channel: { type: "string", enum: ["email","sms"] }, language: rule1 }, additionalProperties: false };

/** Request-side rules of the spec's `CustomSubtypeUpdateRequest` schema. */
const schemaCustomSubtypeUpdateRequest: SchemaRule = { type: "object", minProperties: 1, properties: { name: rule16, description: rule17, archived: rule4, resubscription_legal_form_id: rule2 }, additionalProperties: false };

const rule18: SchemaRule = { type: "string", format: "email" };

/** Request-side rules of the spec's `SubscriptionChangeRequest` schema. */
const schemaSubscriptionChangeRequest: SchemaRule = { type: "object", required: ["locationId","contactId","email","subscription_action"], properties: { locationId: schemaResourceId, contactId: schemaResourceId, email: rule18, subscription_action: { type: "object", required: ["type","subtype_status"], properties: { type: { type: "string", enum: ["default","custom","resub_all"] }, subtype_name: { type: "string", enum: ["One on One"] }, subtype_id: rule2, subtype_status: { type: "string", enum: ["subscribed","unsubscribed"] } }, additionalProperties: false, if: { required: ["type"], properties: { type: { const: "custom" } } }, then: { "x-leadway-rule": "a custom action names its subtype", required: ["subtype_id"], properties: { subtype_id: rule2 } } }, legal_reason: rule2, legal_description: rule2 }, additionalProperties: false };

/**
 * `POST /oauth/token`: Get an access token.
 *
 * Written by hand around this entry: token requests are form-encoded, never redirected and carry secrets (src/auth/).
 */
export const getAccessTokenOperation: OperationSpec = {
  id: "getAccessToken",
  method: "POST",
  path: "/oauth/token",
  retryable: false,
  parameters: [],
  body: { contentType: "application/x-www-form-urlencoded", required: true, schema: schemaOAuthTokenRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /oauth/locationToken`: Get a location access token from an agency token.
 *
 * Written by hand around this entry: token requests are form-encoded, never redirected and carry secrets (src/auth/).
 */
export const getLocationAccessTokenOperation: OperationSpec = {
  id: "getLocationAccessToken",
  method: "POST",
  path: "/oauth/locationToken",
  retryable: true,
  parameters: [],
  body: { contentType: "application/x-www-form-urlencoded", required: true, schema: schemaOAuthLocationTokenRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/{conversationId}`: Get conversation.
 */
export const getConversationOperation: OperationSpec = {
  id: "getConversation",
  method: "GET",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.get",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `PUT /conversations/{conversationId}`: Update conversation.
 */
export const updateConversationOperation: OperationSpec = {
  id: "updateConversation",
  method: "PUT",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.update",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateConversationRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `DELETE /conversations/{conversationId}`: Delete conversation.
 */
export const deleteConversationOperation: OperationSpec = {
  id: "deleteConversation",
  method: "DELETE",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.delete",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/search`: Search conversations.
 */
export const searchConversationsOperation: OperationSpec = {
  id: "searchConversations",
  method: "GET",
  path: "/conversations/search",
  retryable: true,
  client: "conversations.search",
  parameters: [
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "contactId", required: false, schema: schemaResourceId },
    { in: "query", name: "assignedTo", required: false, schema: rule1 },
    { in: "query", name: "followers", required: false, schema: rule1 },
    { in: "query", name: "mentions", required: false, schema: rule1 },
    { in: "query", name: "query", required: false, schema: rule2 },
    { in: "query", name: "sort", required: false, schema: rule5 },
    { in: "query", name: "sortBy", required: false, schema: { type: "string", enum: ["last_manual_message_date","last_message_date","score_profile","overdue_at","due_at"] } },
    { in: "query", name: "startAfterDate", required: false, schema: { anyOf: [rule6, { type: "array", items: { anyOf: [rule6, rule2] } }] } },
    { in: "query", name: "id", required: false, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { type: "integer", minimum: 1, maximum: 100 } },
    { in: "query", name: "lastMessageType", required: false, schema: schemaMessageTypeString },
    { in: "query", name: "lastMessageAction", required: false, schema: { type: "string", enum: ["automated","manual"] } },
    { in: "query", name: "lastMessageDirection", required: false, schema: { type: "string", enum: ["inbound","outbound"] } },
    { in: "query", name: "status", required: false, schema: { type: "string", enum: ["all","read","unread","starred","recents"] } },
    { in: "query", name: "sortScoreProfile", required: false, schema: rule2 },
    { in: "query", name: "scoreProfile", required: false, schema: rule2 },
    { in: "query", name: "scoreProfileMin", required: false, schema: rule6 },
    { in: "query", name: "scoreProfileMax", required: false, schema: rule6 },
    { in: "query", name: "startDate", required: false, schema: rule3 },
    { in: "query", name: "endDate", required: false, schema: rule3 },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "conversations",
  pagination: {"style":"keyset","cursorParam":"startAfterDate","cursorFrom":"sort","cursorFallback":"lastMessageDate","items":"conversations","limitParam":"limit","defaultLimit":20},
};

/**
 * `POST /conversations/`: Create conversation.
 */
export const createConversationOperation: OperationSpec = {
  id: "createConversation",
  method: "POST",
  path: "/conversations/",
  retryable: false,
  client: "conversations.create",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaCreateConversationRequest },
  success: [201],
  responseType: "application/json",
};

/**
 * `GET /conversations/{conversationId}/messages`: Get messages by conversation.
 */
export const getMessagesOperation: OperationSpec = {
  id: "getMessages",
  method: "GET",
  path: "/conversations/{conversationId}/messages",
  retryable: true,
  client: "messages.list",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
    { in: "query", name: "lastMessageId", required: false, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { type: "integer", minimum: 1 } },
    { in: "query", name: "type", required: false, schema: { type: "array", minItems: 1, items: schemaMessageTypeFilter }, explode: false },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "messages",
  pagination: {"style":"cursor","cursorParam":"lastMessageId","cursorFrom":"lastMessageId","more":"nextPage","cursorFallback":"id","items":"messages","limitParam":"limit","defaultLimit":20},
};

/**
 * `GET /conversations/messages/{id}`: Get message by id.
 */
export const getMessageOperation: OperationSpec = {
  id: "getMessage",
  method: "GET",
  path: "/conversations/messages/{id}",
  retryable: true,
  client: "messages.get",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/messages/email/{id}`: Get email by id.
 */
export const getEmailMessageOperation: OperationSpec = {
  id: "getEmailMessage",
  method: "GET",
  path: "/conversations/messages/email/{id}",
  retryable: true,
  client: "messages.getEmail",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `PUT /conversations/messages/email/{id}/status`: Update email status.
 */
export const updateEmailStatusOperation: OperationSpec = {
  id: "updateEmailStatus",
  method: "PUT",
  path: "/conversations/messages/email/{id}/status",
  retryable: false,
  version: "v3",
  client: "messages.updateEmailStatus",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateEmailStatusRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/messages/export`: Export messages by location.
 */
export const exportMessagesOperation: OperationSpec = {
  id: "exportMessages",
  method: "GET",
  path: "/conversations/messages/export",
  retryable: true,
  client: "messages.export",
  parameters: [
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { type: "integer", minimum: 10, maximum: 500 } },
    { in: "query", name: "cursor", required: false, schema: rule1 },
    { in: "query", name: "sortBy", required: false, schema: { type: "string", enum: ["createdAt","updatedAt"] } },
    { in: "query", name: "sortOrder", required: false, schema: rule5 },
    { in: "query", name: "conversationId", required: false, schema: schemaResourceId },
    { in: "query", name: "contactId", required: false, schema: schemaResourceId },
    { in: "query", name: "channel", required: false, schema: { type: "string", enum: ["Call","SMS","Email","WhatsApp","Instagram","Facebook"] } },
    { in: "query", name: "startDate", required: false, schema: rule1 },
    { in: "query", name: "endDate", required: false, schema: rule1 },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "messages",
  pagination: {"style":"cursor","cursorParam":"cursor","cursorFrom":"nextCursor","items":"messages","limitParam":"limit","defaultLimit":100},
};

/**
 * `POST /conversations/messages`: Send a new message.
 */
export const sendMessageOperation: OperationSpec = {
  id: "sendMessage",
  method: "POST",
  path: "/conversations/messages",
  retryable: false,
  client: "messages.send",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaSendMessageRequest },
  success: [200, 201],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/inbound`: Add an inbound message.
 */
export const addInboundMessageOperation: OperationSpec = {
  id: "addInboundMessage",
  method: "POST",
  path: "/conversations/messages/inbound",
  retryable: false,
  client: "messages.addInbound",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaInboundMessageRequest },
  success: [200, 201],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/outbound`: Add an external outbound call.
 */
export const addOutboundCallOperation: OperationSpec = {
  id: "addOutboundCall",
  method: "POST",
  path: "/conversations/messages/outbound",
  retryable: false,
  client: "messages.addOutboundCall",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaOutboundCallRequest },
  success: [200, 201],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/review-reply`: Reply to a review.
 */
export const replyToReviewOperation: OperationSpec = {
  id: "replyToReview",
  method: "POST",
  path: "/conversations/messages/review-reply",
  retryable: false,
  client: "messages.replyToReview",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaReviewReplyRequest },
  success: [200, 201],
  responseType: "application/json",
};

/**
 * `DELETE /conversations/messages/{messageId}/schedule`: Cancel a scheduled message.
 */
export const cancelScheduledMessageOperation: OperationSpec = {
  id: "cancelScheduledMessage",
  method: "DELETE",
  path: "/conversations/messages/{messageId}/schedule",
  retryable: true,
  client: "messages.cancelScheduled",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `DELETE /conversations/messages/email/{emailMessageId}/schedule`: Cancel a scheduled email.
 */
export const cancelScheduledEmailOperation: OperationSpec = {
  id: "cancelScheduledEmail",
  method: "DELETE",
  path: "/conversations/messages/email/{emailMessageId}/schedule",
  retryable: true,
  client: "messages.cancelScheduledEmail",
  parameters: [
    { in: "path", name: "emailMessageId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/upload`: Upload file attachments.
 */
export const uploadAttachmentsOperation: OperationSpec = {
  id: "uploadAttachments",
  method: "POST",
  path: "/conversations/messages/upload",
  retryable: false,
  client: "uploads.upload",
  parameters: [],
  body: { contentType: "multipart/form-data", required: true, schema: schemaUploadAttachmentsRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/upload/initiate`: Initiate a signed upload.
 */
export const initiateUploadOperation: OperationSpec = {
  id: "initiateUpload",
  method: "POST",
  path: "/conversations/messages/upload/initiate",
  retryable: false,
  client: "uploads.initiate",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaInitiateUploadRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /conversations/messages/upload/complete`: Complete a signed upload.
 */
export const completeUploadOperation: OperationSpec = {
  id: "completeUpload",
  method: "POST",
  path: "/conversations/messages/upload/complete",
  retryable: false,
  client: "uploads.complete",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaCompleteUploadRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `PUT /conversations/messages/{messageId}/status`: Update message status.
 */
export const updateMessageStatusOperation: OperationSpec = {
  id: "updateMessageStatus",
  method: "PUT",
  path: "/conversations/messages/{messageId}/status",
  retryable: true,
  client: "messages.updateStatus",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateMessageStatusRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `PUT /conversations/messages/{messageId}/attachments`: Update message attachments.
 */
export const updateMessageAttachmentsOperation: OperationSpec = {
  id: "updateMessageAttachments",
  method: "PUT",
  path: "/conversations/messages/{messageId}/attachments",
  retryable: true,
  client: "messages.updateAttachments",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateMessageAttachmentsRequest },
  success: [200],
};

/**
 * `GET /conversations/messages/{messageId}/locations/{locationId}/recording`: Get call recording.
 */
export const getCallRecordingOperation: OperationSpec = {
  id: "getCallRecording",
  method: "GET",
  path: "/conversations/messages/{messageId}/locations/{locationId}/recording",
  retryable: true,
  client: "calls.getRecording",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "index", required: false, schema: { type: "integer", enum: [0,1] } },
  ],
  success: [200],
  responseType: "audio/x-wav",
};

/**
 * `GET /conversations/locations/{locationId}/messages/{messageId}/transcription`: Get call transcription.
 */
export const getCallTranscriptionOperation: OperationSpec = {
  id: "getCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription",
  retryable: true,
  client: "calls.getTranscription",
  parameters: [
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`: Download call transcription.
 */
export const downloadCallTranscriptionOperation: OperationSpec = {
  id: "downloadCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription/download",
  retryable: true,
  client: "calls.downloadTranscription",
  parameters: [
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "text/plain",
};

/**
 * `POST /conversations/providers/live-chat/typing`: Send live-chat typing indicator.
 */
export const sendLiveChatTypingOperation: OperationSpec = {
  id: "sendLiveChatTyping",
  method: "POST",
  path: "/conversations/providers/live-chat/typing",
  retryable: true,
  client: "liveChat.typing",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaLiveChatTypingRequest },
  success: [201],
  responseType: "application/json",
};

/**
 * `GET /conversations/preferences/custom-subtypes`: List custom subscription subtypes.
 */
export const listCustomSubtypesOperation: OperationSpec = {
  id: "listCustomSubtypes",
  method: "GET",
  path: "/conversations/preferences/custom-subtypes",
  retryable: true,
  client: "preferences.listCustomSubtypes",
  parameters: [
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /conversations/preferences/custom-subtypes`: Create a custom subscription subtype.
 */
export const createCustomSubtypeOperation: OperationSpec = {
  id: "createCustomSubtype",
  method: "POST",
  path: "/conversations/preferences/custom-subtypes",
  retryable: false,
  client: "preferences.createCustomSubtype",
  parameters: [
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCustomSubtypeCreateRequest },
  success: [200, 201],
  responseType: "application/json",
};

/**
 * `PUT /conversations/preferences/custom-subtypes/{id}`: Update a custom subscription subtype.
 */
export const updateCustomSubtypeOperation: OperationSpec = {
  id: "updateCustomSubtype",
  method: "PUT",
  path: "/conversations/preferences/custom-subtypes/{id}",
  retryable: true,
  client: "preferences.updateCustomSubtype",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCustomSubtypeUpdateRequest },
  success: [200],
  responseType: "application/json",
};

/**
 * `GET /conversations/preferences/unsubscriptions/status`: Get subscription status of a contact.
 */
export const getUnsubscriptionStatusOperation: OperationSpec = {
  id: "getUnsubscriptionStatus",
  method: "GET",
  path: "/conversations/preferences/unsubscriptions/status",
  retryable: true,
  client: "preferences.getUnsubscriptionStatus",
  parameters: [
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "contactId", required: true, schema: schemaResourceId },
    { in: "query", name: "email", required: false, schema: rule18 },
  ],
  success: [200],
  responseType: "application/json",
};

/**
 * `POST /conversations/preferences/unsubscriptions/user-change`: Change a contact's subscription.
 */
export const changeUserSubscriptionOperation: OperationSpec = {
  id: "changeUserSubscription",
  method: "POST",
  path: "/conversations/preferences/unsubscriptions/user-change",
  retryable: false,
  client: "preferences.changeUserSubscription",
  parameters: [],
  body: { contentType: "application/json", required: true, schema: schemaSubscriptionChangeRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** Every operation of the spec, by operationId. Importing this keeps them all in a bundle: import single `...Operation` constants where size matters. */
export const operationsById = {
  getAccessToken: getAccessTokenOperation,
  getLocationAccessToken: getLocationAccessTokenOperation,
  getConversation: getConversationOperation,
  updateConversation: updateConversationOperation,
  deleteConversation: deleteConversationOperation,
  searchConversations: searchConversationsOperation,
  createConversation: createConversationOperation,
  getMessages: getMessagesOperation,
  getMessage: getMessageOperation,
  getEmailMessage: getEmailMessageOperation,
  updateEmailStatus: updateEmailStatusOperation,
  exportMessages: exportMessagesOperation,
  sendMessage: sendMessageOperation,
  addInboundMessage: addInboundMessageOperation,
  addOutboundCall: addOutboundCallOperation,
  replyToReview: replyToReviewOperation,
  cancelScheduledMessage: cancelScheduledMessageOperation,
  cancelScheduledEmail: cancelScheduledEmailOperation,
  uploadAttachments: uploadAttachmentsOperation,
  initiateUpload: initiateUploadOperation,
  completeUpload: completeUploadOperation,
  updateMessageStatus: updateMessageStatusOperation,
  updateMessageAttachments: updateMessageAttachmentsOperation,
  getCallRecording: getCallRecordingOperation,
  getCallTranscription: getCallTranscriptionOperation,
  downloadCallTranscription: downloadCallTranscriptionOperation,
  sendLiveChatTyping: sendLiveChatTypingOperation,
  listCustomSubtypes: listCustomSubtypesOperation,
  createCustomSubtype: createCustomSubtypeOperation,
  updateCustomSubtype: updateCustomSubtypeOperation,
  getUnsubscriptionStatus: getUnsubscriptionStatusOperation,
  changeUserSubscription: changeUserSubscriptionOperation,
} as const;

/** The operationIds of the spec. */
export type OperationId = keyof typeof operationsById;
