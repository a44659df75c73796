/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

import type { OperationSpec, SchemaRule } from '../operations/operation-spec.js';

/** Request-side rules of the spec's `OAuthGrantType` schema. */
const schemaOAuthGrantType: SchemaRule = { "type": "string", "enum": ["authorization_code","refresh_token","client_credentials"] };

/** Request-side rules of the spec's `OAuthUserType` schema. */
const schemaOAuthUserType: SchemaRule = { type: "string" };

/** Request-side rules of the spec's `OAuthTokenRequest` schema. */
const schemaOAuthTokenRequest: SchemaRule = { "type": "object", "required": ["client_id","client_secret","grant_type"], "properties": { "client_id": { "type": "string", "minLength": 1 }, "client_secret": { "type": "string", "minLength": 1 }, "grant_type": schemaOAuthGrantType, "code": { "type": "string" }, "refresh_token": { "type": "string" }, "user_type": schemaOAuthUserType, "redirect_uri": { "type": "string" } }, additionalProperties: false };

/** Request-side rules of the spec's `OAuthLocationTokenRequest` schema. */
const schemaOAuthLocationTokenRequest: SchemaRule = { "type": "object", "required": ["companyId","locationId"], "properties": { "companyId": { "type": "string", "minLength": 1 }, "locationId": { "type": "string", "minLength": 1 } }, additionalProperties: false };

/** Request-side rules of the spec's `ResourceId` schema. */
const schemaResourceId: SchemaRule = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^(?!\\.\\.?$)[^/?#\\s]+$", "x-leadway-rule": "must be an id: no '/', '?', '#' or white space, and not '.' or '..' (which would change the path)" };

/** Request-side rules of the spec's `UpdateConversationRequest` schema. */
const schemaUpdateConversationRequest: SchemaRule = { "type": "object", "required": ["locationId"], "properties": { "locationId": schemaResourceId, "unreadCount": { "type": "integer", "minimum": 0 }, "starred": { "type": "boolean" }, "feedback": { "anyOf": [{ "type": "object" }, { "type": "string", "enum": ["positive","negative"] }] } }, additionalProperties: false };

/** Request-side rules of the spec's `MessageTypeString` schema. */
const schemaMessageTypeString: SchemaRule = { type: "string" };

/** Request-side rules of the spec's `CreateConversationRequest` schema. */
const schemaCreateConversationRequest: SchemaRule = { "type": "object", "required": ["locationId","contactId"], "properties": { "locationId": schemaResourceId, "contactId": schemaResourceId }, additionalProperties: false };

/** Request-side rules of the spec's `MessageTypeFilter` schema. */
const schemaMessageTypeFilter: SchemaRule = { type: "string" };

/** Request-side rules of the spec's `EmailDeliveryStatus` schema. */
const schemaEmailDeliveryStatus: SchemaRule = { "type": "string", "enum": ["pending","scheduled","sent","delivered","read","undelivered","connected","failed","opened","clicked"] };

/** Request-side rules of the spec's `UpdateEmailStatusRequest` schema. */
const schemaUpdateEmailStatusRequest: SchemaRule = { "type": "object", "required": ["status"], "properties": { "status": schemaEmailDeliveryStatus, "events": { "type": "object", "properties": { "delivered": { "type": "integer", "minimum": 0 }, "opened": { "type": "integer", "minimum": 0 }, "clicked": { "type": "integer", "minimum": 0 }, "replied": { "type": "integer", "minimum": 0 }, "failed": { "type": "integer", "minimum": 0 }, "accepted": { "type": "integer", "minimum": 0 }, "rejected": { "type": "integer", "minimum": 0 }, "unsubscribed": { "type": "integer", "minimum": 0 }, "complained": { "type": "integer", "minimum": 0 }, "stored": { "type": "integer", "minimum": 0 } }, additionalProperties: false }, "recipients": { "type": "array", "items": { "type": "object", "required": ["emailId","status"], "properties": { "emailId": { "type": "string", "minLength": 1 }, "status": schemaEmailDeliveryStatus, "failReason": { "type": "string" } }, additionalProperties: false } } }, additionalProperties: false };

/** Request-side rules of the spec's `SendMessageType` schema. */
const schemaSendMessageType: SchemaRule = { "type": "string", "enum": ["SMS","RCS","Email","WhatsApp","IG","FB","Custom","Live_Chat","TIKTOK"] };

/** Request-side rules of the spec's `DeliveryStatus` schema. */
const schemaDeliveryStatus: SchemaRule = { "type": "string", "enum": ["delivered","failed","pending","read"] };

/** Request-side rules of the spec's `ForwardMessage` schema. */
const schemaForwardMessage: SchemaRule = { "type": "object", "required": ["isForwarded"], "properties": { "isForwarded": { "type": "boolean" }, "forwardWholeThread": { "type": "boolean" }, "messageId": { "type": "string" }, "emailMessageId": { "type": "string" }, "sourceContactId": { "type": "string" }, "sourceConversationId": { "type": "string" }, "toEmail": { "type": "string" }, "recipientContactId": { "type": "string" }, "recipientConversationId": { "type": "string" } }, additionalProperties: false };

/** Request-side rules of the spec's `SendMessageRequest` schema. */
const schemaSendMessageRequest: SchemaRule = { "type": "object", "required": ["type","contactId"], "properties": { "type": schemaSendMessageType, "contactId": schemaResourceId, "subType": { "type": "string" }, "status": schemaDeliveryStatus, "message": { "type": "string" }, "html": { "type": "string" }, "subject": { "type": "string" }, "emailFrom": { "type": "string" }, "emailTo": { "type": "string" }, "emailCc": { "type": "array", "items": { "type": "string" } }, "emailBcc": { "type": "array", "items": { "type": "string" } }, "emailReplyMode": { "type": "string", "enum": ["reply","reply_all"] }, "replyMessageId": { "type": "string" }, "threadId": { "type": "string" }, "templateId": { "type": "string" }, "appointmentId": { "type": "string" }, "attachments": { "type": "array", "items": { "type": "string", "format": "uri" } }, "scheduledTimestamp": { "type": "integer", "minimum": 0, "maximum": 99999999999, "x-leadway-rule": "a value this large is epoch milliseconds; pass epoch seconds (Math.floor(ms / 1000))" }, "conversationProviderId": schemaResourceId, "customSubtypeId": { "type": "string" }, "fromNumber": { "type": "string" }, "toNumber": { "type": "string" }, "forward": schemaForwardMessage, "usesNativeSchedulingAi": { "type": "boolean" }, "optimizationPeriod": { "type": "string", "enum": ["24h","48h","72h"] } }, additionalProperties: false, "not": { "x-leadway-rule": "a send needs content: a non-blank message, html or templateId, an attachment, or forward", "properties": { "message": { "pattern": "^\\s*$" }, "html": { "pattern": "^\\s*$" }, "templateId": { "pattern": "^\\s*$" }, "attachments": { "maxItems": 0 } }, "not": { "required": ["forward"], "properties": { "forward": schemaForwardMessage } } }, "if": { "required": ["type"], "properties": { "type": { "const": "Custom" } } }, "then": { "x-leadway-rule": "a Custom send goes through a conversation provider, so it needs conversationProviderId", "required": ["conversationProviderId"], "properties": { "conversationProviderId": schemaResourceId } } };

/** Request-side rules of the spec's `InboundMessageType` schema. */
const schemaInboundMessageType: SchemaRule = { "type": "string", "enum": ["SMS","RCS","Email","WhatsApp","GMB","IG","FB","Custom","WebChat","Live_Chat","Call","IVR_Call","Campaign_Call","Campaign_VoiceMail","TIKTOK","ALL_IN_ONE_CHAT","FORM_SUBMISSION"] };

/** Request-side rules of the spec's `CallDetails` schema. */
const schemaCallDetails: SchemaRule = { "type": "object", "properties": { "to": { "type": "string" }, "from": { "type": "string" }, "status": { "type": "string", "enum": ["pending","completed","answered","busy","no-answer","failed","canceled","voicemail"] } }, additionalProperties: false };

/** Request-side rules of the spec's `InboundMessageRequest` schema. */
const schemaInboundMessageRequest: SchemaRule = { "type": "object", "required": ["type","conversationId","contactId"], "properties": { "type": schemaInboundMessageType, "conversationId": schemaResourceId, "contactId": schemaResourceId, "conversationProviderId": schemaResourceId, "message": { "type": "string" }, "attachments": { "type": "array", "items": { "type": "string", "format": "uri" } }, "html": { "type": "string" }, "subject": { "type": "string" }, "emailFrom": { "type": "string" }, "emailTo": { "type": "string" }, "emailCc": { "type": "array", "items": { "type": "string" } }, "emailBcc": { "type": "array", "items": { "type": "string" } }, "emailMessageId": { "type": "string" }, "altId": { "type": "string" }, "direction": { "type": "string", "enum": ["outbound","inbound"] }, "date": { "type": "string", "format": "date-time" }, "call": schemaCallDetails }, additionalProperties: false, "if": { "required": ["type"], "properties": { "type": { "const": "Custom" } } }, "then": { "x-leadway-rule": "a Custom message needs conversationProviderId (observed: without it the API answers 201 and stores nothing)", "required": ["conversationProviderId"], "properties": { "conversationProviderId": schemaResourceId } } };

/** Request-side rules of the spec's `OutboundCallRequest` schema. */
const schemaOutboundCallRequest: SchemaRule = { "type": "object", "required": ["type","conversationId","conversationProviderId"], "properties": { "type": { "type": "string", "enum": ["Call"] }, "conversationId": schemaResourceId, "conversationProviderId": schemaResourceId, "attachments": { "type": "array", "items": { "type": "string", "format": "uri" } }, "altId": { "type": "string" }, "date": { "type": "string", "format": "date-time" }, "call": schemaCallDetails }, additionalProperties: false };

/** Request-side rules of the spec's `ReviewReplyRequest` schema. */
const schemaReviewReplyRequest: SchemaRule = { "type": "object", "required": ["conversationId","locationId","message"], "properties": { "conversationId": schemaResourceId, "locationId": schemaResourceId, "message": { "type": "string", "minLength": 1 } }, additionalProperties: false };

/** Request-side rules of the spec's `UploadAttachmentsRequest` schema. */
const schemaUploadAttachmentsRequest: SchemaRule = { "type": "object", "required": ["fileAttachment","conversationId","contactId","locationId"], "properties": { "fileAttachment": { "anyOf": [{ "type": "string" }, { "type": "array", "minItems": 1, "items": { "type": "string" } }] }, "conversationId": schemaResourceId, "contactId": schemaResourceId, "locationId": schemaResourceId, "attachmentUrls": { "anyOf": [{ "type": "string", "format": "uri" }, { "type": "array", "items": { "type": "string", "format": "uri" } }] }, "chatServiceSid": { "type": "string" }, "isGroupSms": { "type": "string", "enum": ["true","false"] } }, "if": { "required": ["isGroupSms"], "properties": { "isGroupSms": { "const": "true" } } }, "then": { "x-leadway-rule": "a group SMS takes one file", "properties": { "fileAttachment": { "not": { "type": "array", "minItems": 2 } } } } };

/** Request-side rules of the spec's `InitiateUploadRequest` schema. */
const schemaInitiateUploadRequest: SchemaRule = { "type": "object", "required": ["locationId","conversationId","filename","contentType","channel"], "properties": { "locationId": schemaResourceId, "conversationId": schemaResourceId, "filename": { "type": "string", "minLength": 1, "maxLength": 255 }, "contentType": { "type": "string", "minLength": 1 }, "fileSize": { "type": "integer", "minimum": 1, "maximum": 104857600 }, "channel": { "type": "string", "minLength": 1 } }, additionalProperties: false, "if": { "required": ["channel"], "properties": { "channel": { "pattern": "^[Ww][Hh][Aa][Tt][Ss][Aa][Pp][Pp]$" } } }, "else": { "x-leadway-rule": "a file on a channel other than WHATSAPP is at most 5 MB (5242880 bytes)", "properties": { "fileSize": { "maximum": 5242880 } } } };

/** Request-side rules of the spec's `CompleteUploadRequest` schema. */
const schemaCompleteUploadRequest: SchemaRule = { "type": "object", "required": ["uploadId","filePath","locationId","conversationId","filename"], "properties": { "uploadId": { "type": "string", "minLength": 1 }, "filePath": { "type": "string", "minLength": 1 }, "locationId": schemaResourceId, "conversationId": schemaResourceId, "filename": { "type": "string", "minLength": 1, "maxLength": 255 } }, additionalProperties: false };

/** Request-side rules of the spec's `UpdateMessageStatusRequest` schema. */
const schemaUpdateMessageStatusRequest: SchemaRule = { "type": "object", "required": ["status"], "properties": { "status": schemaDeliveryStatus, "error": { "type": "object", "required": ["code","type","message"], "properties": { "code": { "type": "string" }, "type": { "type": "string" }, "message": { "type": "string" } }, additionalProperties: false }, "emailMessageId": { "type": "string" }, "recipients": { "type": "array", "items": { "type": "string" } } }, additionalProperties: false };

/** Request-side rules of the spec's `UpdateMessageAttachmentsRequest` schema. */
const schemaUpdateMessageAttachmentsRequest: SchemaRule = { "type": "object", "required": ["attachments"], "properties": { "attachments": { "type": "array", "minItems": 1, "maxItems": 5, "items": { "type": "string", "format": "uri" } } }, additionalProperties: false };

/** Request-side rules of the spec's `LiveChatTypingRequest` schema. */
const schemaLiveChatTypingRequest: SchemaRule = { "type": "object", "required": ["locationId","isTyping","visitorId","conversationId"], "properties": { "locationId": schemaResourceId, "isTyping": { "anyOf": [{ "type": "boolean" }, { "type": "string", "enum": ["true","false"] }] }, "visitorId": schemaResourceId, "conversationId": schemaResourceId }, additionalProperties: false };

/** Request-side rules of the spec's `CustomSubtypeCreateRequest` schema. */
const schemaCustomSubtypeCreateRequest: SchemaRule = { "type": "object", "required": ["name","channel","language"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "description": { "type": "string", "maxLength": 100 }, "channel": { "type": "string", "enum": ["email","sms"] }, "language": { "type": "string", "minLength": 1 } }, additionalProperties: false };

/** Request-side rules of the spec's `CustomSubtypeUpdateRequest` schema. */
const schemaCustomSubtypeUpdateRequest: SchemaRule = { "type": "object", "minProperties": 1, "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 100 }, "description": { "type": "string", "maxLength": 100 }, "archived": { "type": "boolean" }, "resubscription_legal_form_id": { "type": "string" } }, additionalProperties: false };

/** Request-side rules of the spec's `SubscriptionChangeRequest` schema. */
const schemaSubscriptionChangeRequest: SchemaRule = { "type": "object", "required": ["locationId","contactId","email","subscription_action"], "properties": { "locationId": schemaResourceId, "contactId": schemaResourceId, "email": { "type": "string", "format": "email" }, "subscription_action": { "type": "object", "required": ["type","subtype_status"], "properties": { "type": { "type": "string", "enum": ["default","custom","resub_all"] }, "subtype_name": { "type": "string", "enum": ["One on One"] }, "subtype_id": { "type": "string" }, "subtype_status": { "type": "string", "enum": ["subscribed","unsubscribed"] } }, additionalProperties: false, "if": { "required": ["type"], "properties": { "type": { "const": "custom" } } }, "then": { "x-leadway-rule": "a custom action names its subtype", "required": ["subtype_id"], "properties": { "subtype_id": { "type": "string" } } } }, "legal_reason": { "type": "string" }, "legal_description": { "type": "string" } }, additionalProperties: false };

/** `POST /oauth/token`: Get an access token. */
export const getAccessTokenOperation: OperationSpec = {
  id: "getAccessToken",
  method: "POST",
  path: "/oauth/token",
  retryable: false,
  handWritten: "token requests are form-encoded, never redirected and carry secrets (src/auth/)",
  parameters: [],
  body: { contentType: "application/x-www-form-urlencoded", required: true, schema: schemaOAuthTokenRequest },
  success: [200],
  responseType: "application/json",
};

/** `POST /oauth/locationToken`: Get a location access token from an agency token. */
export const getLocationAccessTokenOperation: OperationSpec = {
  id: "getLocationAccessToken",
  method: "POST",
  path: "/oauth/locationToken",
  retryable: true,
  handWritten: "token requests are form-encoded, never redirected and carry secrets (src/auth/)",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/x-www-form-urlencoded", required: true, schema: schemaOAuthLocationTokenRequest },
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/{conversationId}`: Get conversation. */
export const getConversationOperation: OperationSpec = {
  id: "getConversation",
  method: "GET",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.get",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `PUT /conversations/{conversationId}`: Update conversation. */
export const updateConversationOperation: OperationSpec = {
  id: "updateConversation",
  method: "PUT",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.update",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateConversationRequest },
  success: [200],
  responseType: "application/json",
};

/** `DELETE /conversations/{conversationId}`: Delete conversation. */
export const deleteConversationOperation: OperationSpec = {
  id: "deleteConversation",
  method: "DELETE",
  path: "/conversations/{conversationId}",
  retryable: true,
  client: "conversations.delete",
  parameters: [
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/search`: Search conversations. */
export const searchConversationsOperation: OperationSpec = {
  id: "searchConversations",
  method: "GET",
  path: "/conversations/search",
  retryable: true,
  client: "conversations.search",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "contactId", required: false, schema: schemaResourceId },
    { in: "query", name: "assignedTo", required: false, schema: { "type": "string", "minLength": 1 } },
    { in: "query", name: "followers", required: false, schema: { "type": "string", "minLength": 1 } },
    { in: "query", name: "mentions", required: false, schema: { "type": "string", "minLength": 1 } },
    { in: "query", name: "query", required: false, schema: { "type": "string" } },
    { in: "query", name: "sort", required: false, schema: { "type": "string", "enum": ["asc","desc"] } },
    { in: "query", name: "sortBy", required: false, schema: { "type": "string", "enum": ["last_manual_message_date","last_message_date","score_profile","overdue_at","due_at"] } },
    { in: "query", name: "startAfterDate", required: false, schema: { "anyOf": [{ "type": "number" }, { "type": "array", "items": { "anyOf": [{ "type": "number" }, { "type": "string" }] } }] } },
    { in: "query", name: "id", required: false, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { "type": "integer", "minimum": 1, "maximum": 100 } },
    { in: "query", name: "lastMessageType", required: false, schema: schemaMessageTypeString },
    { in: "query", name: "lastMessageAction", required: false, schema: { "type": "string", "enum": ["automated","manual"] } },
    { in: "query", name: "lastMessageDirection", required: false, schema: { "type": "string", "enum": ["inbound","outbound"] } },
    { in: "query", name: "status", required: false, schema: { "type": "string", "enum": ["all","read","unread","starred","recents"] } },
    { in: "query", name: "sortScoreProfile", required: false, schema: { "type": "string" } },
    { in: "query", name: "scoreProfile", required: false, schema: { "type": "string" } },
    { in: "query", name: "scoreProfileMin", required: false, schema: { "type": "number" } },
    { in: "query", name: "scoreProfileMax", required: false, schema: { "type": "number" } },
    { in: "query", name: "startDate", required: false, schema: { "type": "integer", "minimum": 0 } },
    { in: "query", name: "endDate", required: false, schema: { "type": "integer", "minimum": 0 } },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "conversations",
  pagination: {"style":"keyset","cursorParam":"startAfterDate","cursorFrom":"sort","items":"conversations","limitParam":"limit","defaultLimit":20},
};

/** `POST /conversations/`: Create conversation. */
export const createConversationOperation: OperationSpec = {
  id: "createConversation",
  method: "POST",
  path: "/conversations/",
  retryable: false,
  client: "conversations.create",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCreateConversationRequest },
  success: [201],
  responseType: "application/json",
};

/** `GET /conversations/{conversationId}/messages`: Get messages by conversation. */
export const getMessagesOperation: OperationSpec = {
  id: "getMessages",
  method: "GET",
  path: "/conversations/{conversationId}/messages",
  retryable: true,
  client: "messages.list",
  handWritten: "normalising the observed envelope: the page comes nested ({ messages: { messages } }) or flat (src/resources/messages.ts)",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "path", name: "conversationId", required: true, schema: schemaResourceId },
    { in: "query", name: "lastMessageId", required: false, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { "type": "integer", "minimum": 1 } },
    { in: "query", name: "type", required: false, schema: { "type": "array", "minItems": 1, "items": schemaMessageTypeFilter }, explode: false },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "messages",
  pagination: {"style":"cursor","cursorParam":"lastMessageId","cursorFrom":"lastMessageId","more":"nextPage","items":"messages","limitParam":"limit","defaultLimit":20},
};

/** `GET /conversations/messages/{id}`: Get message by id. */
export const getMessageOperation: OperationSpec = {
  id: "getMessage",
  method: "GET",
  path: "/conversations/messages/{id}",
  retryable: true,
  client: "messages.get",
  handWritten: "normalising the observed envelope: the message comes wrapped ({ message }) or not (src/resources/messages.ts)",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "path", name: "id", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/messages/email/{id}`: Get email by id. */
export const getEmailMessageOperation: OperationSpec = {
  id: "getEmailMessage",
  method: "GET",
  path: "/conversations/messages/email/{id}",
  retryable: true,
  client: "messages.getEmail",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "path", name: "id", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/** `PUT /conversations/messages/email/{id}/status`: Update email status. */
export const updateEmailStatusOperation: OperationSpec = {
  id: "updateEmailStatus",
  method: "PUT",
  path: "/conversations/messages/email/{id}/status",
  retryable: false,
  version: "v3",
  client: "messages.updateEmailStatus",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["v3"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateEmailStatusRequest },
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/messages/export`: Export messages by location. */
export const exportMessagesOperation: OperationSpec = {
  id: "exportMessages",
  method: "GET",
  path: "/conversations/messages/export",
  retryable: true,
  client: "messages.export",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "limit", required: false, schema: { "type": "integer", "minimum": 10, "maximum": 500 } },
    { in: "query", name: "cursor", required: false, schema: { "type": "string", "minLength": 1 } },
    { in: "query", name: "sortBy", required: false, schema: { "type": "string", "enum": ["createdAt","updatedAt"] } },
    { in: "query", name: "sortOrder", required: false, schema: { "type": "string", "enum": ["asc","desc"] } },
    { in: "query", name: "conversationId", required: false, schema: schemaResourceId },
    { in: "query", name: "contactId", required: false, schema: schemaResourceId },
    { in: "query", name: "channel", required: false, schema: { "type": "string", "enum": ["Call","SMS","Email","WhatsApp","Instagram","Facebook"] } },
    { in: "query", name: "startDate", required: false, schema: { "type": "string", "minLength": 1 } },
    { in: "query", name: "endDate", required: false, schema: { "type": "string", "minLength": 1 } },
  ],
  success: [200],
  responseType: "application/json",
  responseArray: "messages",
  pagination: {"style":"cursor","cursorParam":"cursor","cursorFrom":"nextCursor","items":"messages","limitParam":"limit","defaultLimit":100},
};

/** `POST /conversations/messages`: Send a new message. */
export const sendMessageOperation: OperationSpec = {
  id: "sendMessage",
  method: "POST",
  path: "/conversations/messages",
  retryable: false,
  client: "messages.send",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaSendMessageRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** `POST /conversations/messages/inbound`: Add an inbound message. */
export const addInboundMessageOperation: OperationSpec = {
  id: "addInboundMessage",
  method: "POST",
  path: "/conversations/messages/inbound",
  retryable: false,
  client: "messages.addInbound",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaInboundMessageRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** `POST /conversations/messages/outbound`: Add an external outbound call. */
export const addOutboundCallOperation: OperationSpec = {
  id: "addOutboundCall",
  method: "POST",
  path: "/conversations/messages/outbound",
  retryable: false,
  client: "messages.addOutboundCall",
  handWritten: "type may be left out: Call is the only value, filled in (src/resources/message-sending.ts)",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaOutboundCallRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** `POST /conversations/messages/review-reply`: Reply to a review. */
export const replyToReviewOperation: OperationSpec = {
  id: "replyToReview",
  method: "POST",
  path: "/conversations/messages/review-reply",
  retryable: false,
  client: "messages.replyToReview",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaReviewReplyRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** `DELETE /conversations/messages/{messageId}/schedule`: Cancel a scheduled message. */
export const cancelScheduledMessageOperation: OperationSpec = {
  id: "cancelScheduledMessage",
  method: "DELETE",
  path: "/conversations/messages/{messageId}/schedule",
  retryable: true,
  client: "messages.cancelScheduled",
  handWritten: "the outcome is the body status of an HTTP 200, turned into cancelled: boolean (src/resources/message-sending.ts)",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `DELETE /conversations/messages/email/{emailMessageId}/schedule`: Cancel a scheduled email. */
export const cancelScheduledEmailOperation: OperationSpec = {
  id: "cancelScheduledEmail",
  method: "DELETE",
  path: "/conversations/messages/email/{emailMessageId}/schedule",
  retryable: true,
  client: "messages.cancelScheduledEmail",
  handWritten: "the outcome is the body status of an HTTP 200, turned into cancelled: boolean (src/resources/message-sending.ts)",
  parameters: [
    { in: "path", name: "emailMessageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `POST /conversations/messages/upload`: Upload file attachments. */
export const uploadAttachmentsOperation: OperationSpec = {
  id: "uploadAttachments",
  method: "POST",
  path: "/conversations/messages/upload",
  retryable: false,
  client: "uploads.upload",
  handWritten: "multipart form building from files and blobs (src/resources/uploads.ts)",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "multipart/form-data", required: true, schema: schemaUploadAttachmentsRequest },
  success: [200],
  responseType: "application/json",
};

/** `POST /conversations/messages/upload/initiate`: Initiate a signed upload. */
export const initiateUploadOperation: OperationSpec = {
  id: "initiateUpload",
  method: "POST",
  path: "/conversations/messages/upload/initiate",
  retryable: false,
  client: "uploads.initiate",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaInitiateUploadRequest },
  success: [200],
  responseType: "application/json",
};

/** `POST /conversations/messages/upload/complete`: Complete a signed upload. */
export const completeUploadOperation: OperationSpec = {
  id: "completeUpload",
  method: "POST",
  path: "/conversations/messages/upload/complete",
  retryable: false,
  client: "uploads.complete",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCompleteUploadRequest },
  success: [200],
  responseType: "application/json",
};

/** `PUT /conversations/messages/{messageId}/status`: Update message status. */
export const updateMessageStatusOperation: OperationSpec = {
  id: "updateMessageStatus",
  method: "PUT",
  path: "/conversations/messages/{messageId}/status",
  retryable: true,
  client: "messages.updateStatus",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateMessageStatusRequest },
  success: [200],
  responseType: "application/json",
};

/** `PUT /conversations/messages/{messageId}/attachments`: Update message attachments. */
export const updateMessageAttachmentsOperation: OperationSpec = {
  id: "updateMessageAttachments",
  method: "PUT",
  path: "/conversations/messages/{messageId}/attachments",
  retryable: true,
  client: "messages.updateAttachments",
  handWritten: "takes the list of URLs itself rather than a body (src/resources/message-sending.ts)",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaUpdateMessageAttachmentsRequest },
  success: [200],
};

/** `GET /conversations/messages/{messageId}/locations/{locationId}/recording`: Get call recording. */
export const getCallRecordingOperation: OperationSpec = {
  id: "getCallRecording",
  method: "GET",
  path: "/conversations/messages/{messageId}/locations/{locationId}/recording",
  retryable: true,
  client: "calls.getRecording",
  handWritten: "a binary download: bytes, content type and a safe file name (src/resources/calls.ts)",
  parameters: [
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "index", required: false, schema: { "type": "integer", "enum": [0,1] } },
  ],
  success: [200],
  responseType: "audio/x-wav",
};

/** `GET /conversations/locations/{locationId}/messages/{messageId}/transcription`: Get call transcription. */
export const getCallTranscriptionOperation: OperationSpec = {
  id: "getCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription",
  retryable: true,
  client: "calls.getTranscription",
  handWritten: "normalising the observed envelope: one sentence or a list, always returned as a list (src/resources/calls.ts)",
  parameters: [
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`: Download call transcription. */
export const downloadCallTranscriptionOperation: OperationSpec = {
  id: "downloadCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription/download",
  retryable: true,
  client: "calls.downloadTranscription",
  handWritten: "a binary download: bytes, content type and a safe file name (src/resources/calls.ts)",
  parameters: [
    { in: "path", name: "locationId", required: true, schema: schemaResourceId },
    { in: "path", name: "messageId", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  success: [200],
  responseType: "text/plain",
};

/** `POST /conversations/providers/live-chat/typing`: Send live-chat typing indicator. */
export const sendLiveChatTypingOperation: OperationSpec = {
  id: "sendLiveChatTyping",
  method: "POST",
  path: "/conversations/providers/live-chat/typing",
  retryable: true,
  client: "liveChat.typing",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
  body: { contentType: "application/json", required: true, schema: schemaLiveChatTypingRequest },
  success: [201],
  responseType: "application/json",
};

/** `GET /conversations/preferences/custom-subtypes`: List custom subscription subtypes. */
export const listCustomSubtypesOperation: OperationSpec = {
  id: "listCustomSubtypes",
  method: "GET",
  path: "/conversations/preferences/custom-subtypes",
  retryable: true,
  client: "preferences.listCustomSubtypes",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  success: [200],
  responseType: "application/json",
};

/** `POST /conversations/preferences/custom-subtypes`: Create a custom subscription subtype. */
export const createCustomSubtypeOperation: OperationSpec = {
  id: "createCustomSubtype",
  method: "POST",
  path: "/conversations/preferences/custom-subtypes",
  retryable: false,
  client: "preferences.createCustomSubtype",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCustomSubtypeCreateRequest },
  success: [200, 201],
  responseType: "application/json",
};

/** `PUT /conversations/preferences/custom-subtypes/{id}`: Update a custom subscription subtype. */
export const updateCustomSubtypeOperation: OperationSpec = {
  id: "updateCustomSubtype",
  method: "PUT",
  path: "/conversations/preferences/custom-subtypes/{id}",
  retryable: true,
  client: "preferences.updateCustomSubtype",
  parameters: [
    { in: "path", name: "id", required: true, schema: schemaResourceId },
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
  ],
  body: { contentType: "application/json", required: true, schema: schemaCustomSubtypeUpdateRequest },
  success: [200],
  responseType: "application/json",
};

/** `GET /conversations/preferences/unsubscriptions/status`: Get subscription status of a contact. */
export const getUnsubscriptionStatusOperation: OperationSpec = {
  id: "getUnsubscriptionStatus",
  method: "GET",
  path: "/conversations/preferences/unsubscriptions/status",
  retryable: true,
  client: "preferences.getUnsubscriptionStatus",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
    { in: "query", name: "locationId", required: true, schema: schemaResourceId },
    { in: "query", name: "contactId", required: true, schema: schemaResourceId },
    { in: "query", name: "email", required: false, schema: { "type": "string", "format": "email" } },
  ],
  success: [200],
  responseType: "application/json",
};

/** `POST /conversations/preferences/unsubscriptions/user-change`: Change a contact's subscription. */
export const changeUserSubscriptionOperation: OperationSpec = {
  id: "changeUserSubscription",
  method: "POST",
  path: "/conversations/preferences/unsubscriptions/user-change",
  retryable: false,
  client: "preferences.changeUserSubscription",
  parameters: [
    { in: "header", name: "Version", required: true, schema: { "type": "string", "enum": ["2021-07-28","2021-04-15"] } },
  ],
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
