/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

import type { OperationSpec } from '../operations/operation-spec.js';
import { dateTime, email, uri } from '../operations/format-checks.js';
import { type Check, all, anyOf, array, constant, enumValues, explained, ifThen, length, not, number, object, pattern, type } from '../operations/rule-checks.js';

// Each rule is its schema's check, composed of the keyword checks of rule-checks.ts. Rules used more
// than once are shared constants (rule1, rule2, ...); each component schema is one.
const rule1: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ length(1));

/** Request-side rules of the spec's `OAuthGrantType` schema. */
const schemaOAuthGrantType: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["authorization_code","refresh_token","client_credentials"]));

const rule2: Check = /* @__PURE__ */ type("string");

/** Request-side rules of the spec's `OAuthUserType` schema. */
const schemaOAuthUserType: Check = rule2;

/** Request-side rules of the spec's `OAuthTokenRequest` schema. */
const schemaOAuthTokenRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["client_id","client_secret","grant_type"], { client_id: rule1, client_secret: rule1, grant_type: schemaOAuthGrantType, code: rule2, refresh_token: rule2, user_type: schemaOAuthUserType, redirect_uri: rule2 }, true));

/** Request-side rules of the spec's `OAuthLocationTokenRequest` schema. */
const schemaOAuthLocationTokenRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["companyId","locationId"], { companyId: rule1, locationId: rule1 }, true));

/** Request-side rules of the spec's `ResourceId` schema. */
const schemaResourceId: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ length(1, 128), /* @__PURE__ */ pattern(/^(?!\.\.?$)[^/?#\s]+$/u, "must be an id: no '/', '?', '#' or white space, and not '.' or '..' (which would change the path)"));

const rule3: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(0));

const rule4: Check = /* @__PURE__ */ type("boolean");

/** Request-side rules of the spec's `UpdateConversationRequest` schema. */
const schemaUpdateConversationRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["locationId"], { locationId: schemaResourceId, unreadCount: rule3, starred: rule4, feedback: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([/* @__PURE__ */ type("object"), /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["positive","negative"]))], ["object", "string"], [undefined, "one of positive, negative"])) }, true));

const rule5: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["asc","desc"]));

const rule6: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("number"), /* @__PURE__ */ number());

/** Request-side rules of the spec's `MessageTypeString` schema. */
const schemaMessageTypeString: Check = rule2;

/** Request-side rules of the spec's `CreateConversationRequest` schema. */
const schemaCreateConversationRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["locationId","contactId"], { locationId: schemaResourceId, contactId: schemaResourceId }, true));

/** Request-side rules of the spec's `MessageTypeFilter` schema. */
const schemaMessageTypeFilter: Check = rule2;

/** Request-side rules of the spec's `EmailDeliveryStatus` schema. */
const schemaEmailDeliveryStatus: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["pending","scheduled","sent","delivered","read","undelivered","connected","failed","opened","clicked"]));

/** Request-side rules of the spec's `UpdateEmailStatusRequest` schema. */
const schemaUpdateEmailStatusRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["status"], { status: schemaEmailDeliveryStatus, events: /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object([], { delivered: rule3, opened: rule3, clicked: rule3, replied: rule3, failed: rule3, accepted: rule3, rejected: rule3, unsubscribed: rule3, complained: rule3, stored: rule3 }, true)), recipients: /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(undefined, undefined, /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["emailId","status"], { emailId: rule1, status: schemaEmailDeliveryStatus, failReason: rule2 }, true)))) }, true));

/** Request-side rules of the spec's `SendMessageType` schema. */
const schemaSendMessageType: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["SMS","RCS","Email","WhatsApp","IG","FB","Custom","Live_Chat","TIKTOK"]));

/** Request-side rules of the spec's `DeliveryStatus` schema. */
const schemaDeliveryStatus: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["delivered","failed","pending","read"]));

const rule7: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(undefined, undefined, rule2));

const rule8: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), uri);

const rule9: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(undefined, undefined, rule8));

/** Request-side rules of the spec's `ForwardMessage` schema. */
const schemaForwardMessage: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["isForwarded"], { isForwarded: rule4, forwardWholeThread: rule4, messageId: rule2, emailMessageId: rule2, sourceContactId: rule2, sourceConversationId: rule2, toEmail: rule2, recipientContactId: rule2, recipientConversationId: rule2 }, true));

const rule10: Check = /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ pattern(/^\s*$/u, "must match the pattern ^\\s*$"));

const rule11: Check = /* @__PURE__ */ constant("Custom");

const rule12: Check = /* @__PURE__ */ object(["type"], { type: rule11 });

/** Request-side rules of the spec's `SendMessageRequest` schema. */
const schemaSendMessageRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["type","contactId"], { type: schemaSendMessageType, contactId: schemaResourceId, subType: rule2, status: schemaDeliveryStatus, message: rule2, html: rule2, subject: rule2, emailFrom: rule2, emailTo: rule2, emailCc: rule7, emailBcc: rule7, emailReplyMode: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["reply","reply_all"])), replyMessageId: rule2, threadId: rule2, templateId: rule2, appointmentId: rule2, attachments: rule9, scheduledTimestamp: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(0, 99999999999, undefined, undefined, "a value this large is epoch milliseconds; pass epoch seconds (Math.floor(ms / 1000))")), conversationProviderId: schemaResourceId, customSubtypeId: rule2, fromNumber: rule2, toNumber: rule2, forward: schemaForwardMessage, usesNativeSchedulingAi: rule4, optimizationPeriod: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["24h","48h","72h"])) }, true), /* @__PURE__ */ not(/* @__PURE__ */ all(/* @__PURE__ */ object([], { message: rule10, html: rule10, templateId: rule10, attachments: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ array(undefined, 0)) }), /* @__PURE__ */ not(/* @__PURE__ */ object(["forward"], { forward: schemaForwardMessage }), "a send needs content: a non-blank message, html or templateId, an attachment, or forward")), "a send needs content: a non-blank message, html or templateId, an attachment, or forward"), /* @__PURE__ */ ifThen(rule12, /* @__PURE__ */ explained(/* @__PURE__ */ object(["conversationProviderId"], { conversationProviderId: schemaResourceId }), "a Custom send goes through a conversation provider, so it needs conversationProviderId")));

/** Request-side rules of the spec's `InboundMessageType` schema. */
const schemaInboundMessageType: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["SMS","RCS","Email","WhatsApp","GMB","IG","FB","Custom","WebChat","Live_Chat","Call","IVR_Call","Campaign_Call","Campaign_VoiceMail","TIKTOK","ALL_IN_ONE_CHAT","FORM_SUBMISSION"]));

const rule13: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), dateTime);

/** Request-side rules of the spec's `CallDetails` schema. */
const schemaCallDetails: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object([], { to: rule2, from: rule2, status: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["pending","completed","answered","busy","no-answer","failed","canceled","voicemail"])) }, true));

/** Request-side rules of the spec's `InboundMessageRequest` schema. */
const schemaInboundMessageRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["type","conversationId","contactId"], { type: schemaInboundMessageType, conversationId: schemaResourceId, contactId: schemaResourceId, conversationProviderId: schemaResourceId, message: rule2, attachments: rule9, html: rule2, subject: rule2, emailFrom: rule2, emailTo: rule2, emailCc: rule7, emailBcc: rule7, emailMessageId: rule2, altId: rule2, direction: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["outbound","inbound"])), date: rule13, call: schemaCallDetails }, true), /* @__PURE__ */ ifThen(rule12, /* @__PURE__ */ explained(/* @__PURE__ */ object(["conversationProviderId"], { conversationProviderId: schemaResourceId }), "a Custom message needs conversationProviderId (observed: without it the API answers 201 and stores nothing)")));

/** Request-side rules of the spec's `OutboundCallRequest` schema. */
const schemaOutboundCallRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["type","conversationId","conversationProviderId"], { type: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["Call"])), conversationId: schemaResourceId, conversationProviderId: schemaResourceId, attachments: rule9, altId: rule2, date: rule13, call: schemaCallDetails }, true));

/** Request-side rules of the spec's `ReviewReplyRequest` schema. */
const schemaReviewReplyRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["conversationId","locationId","message"], { conversationId: schemaResourceId, locationId: schemaResourceId, message: rule1 }, true));

const rule14: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["true","false"]));

/** Request-side rules of the spec's `UploadAttachmentsRequest` schema. */
const schemaUploadAttachmentsRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["fileAttachment","conversationId","contactId","locationId"], { fileAttachment: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([rule2, /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(1, undefined, rule2))], ["string", "array"])), conversationId: schemaResourceId, contactId: schemaResourceId, locationId: schemaResourceId, attachmentUrls: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([rule8, rule9], ["string", "array"])), chatServiceSid: rule2, isGroupSms: rule14 }), /* @__PURE__ */ ifThen(/* @__PURE__ */ object(["isGroupSms"], { isGroupSms: /* @__PURE__ */ constant("true") }), /* @__PURE__ */ explained(/* @__PURE__ */ object([], { fileAttachment: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ not(/* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(2)), "has a form that is not allowed here")) }), "a group SMS takes one file")));

const rule15: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ length(1, 255));

/** Request-side rules of the spec's `InitiateUploadRequest` schema. */
const schemaInitiateUploadRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["locationId","conversationId","filename","contentType","channel"], { locationId: schemaResourceId, conversationId: schemaResourceId, filename: rule15, contentType: rule1, fileSize: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(1, 104857600)), channel: rule1 }, true), /* @__PURE__ */ ifThen(/* @__PURE__ */ object(["channel"], { channel: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ pattern(/^[Ww][Hh][Aa][Tt][Ss][Aa][Pp][Pp]$/u, "must match the pattern ^[Ww][Hh][Aa][Tt][Ss][Aa][Pp][Pp]$")) }), undefined, /* @__PURE__ */ explained(/* @__PURE__ */ object([], { fileSize: /* @__PURE__ */ number(undefined, 5242880) }), "a file on a channel other than WHATSAPP is at most 5 MB (5242880 bytes)")));

/** Request-side rules of the spec's `CompleteUploadRequest` schema. */
const schemaCompleteUploadRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["uploadId","filePath","locationId","conversationId","filename"], { uploadId: rule1, filePath: rule1, locationId: schemaResourceId, conversationId: schemaResourceId, filename: rule15 }, true));

/** Request-side rules of the spec's `UpdateMessageStatusRequest` schema. */
const schemaUpdateMessageStatusRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["status"], { status: schemaDeliveryStatus, error: /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["code","type","message"], { code: rule2, type: rule2, message: rule2 }, true)), emailMessageId: rule2, recipients: rule7 }, true));

/** Request-side rules of the spec's `UpdateMessageAttachmentsRequest` schema. */
const schemaUpdateMessageAttachmentsRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["attachments"], { attachments: /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(1, 5, rule8)) }, true));

/** Request-side rules of the spec's `LiveChatTypingRequest` schema. */
const schemaLiveChatTypingRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["locationId","isTyping","visitorId","conversationId"], { locationId: schemaResourceId, isTyping: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([rule4, rule14], ["boolean", "string"], [undefined, "one of true, false"])), visitorId: schemaResourceId, conversationId: schemaResourceId }, true));

const rule16: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ length(1, 100));

const rule17: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ length(undefined, 100));

/** Request-side rules of the spec's `CustomSubtypeCreateRequest` schema. */
const schemaCustomSubtypeCreateRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["name","channel","language"], { name: rule16, description: rule17, channel: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["email","sms"])), language: rule1 }, true));

/** Request-side rules of the spec's `CustomSubtypeUpdateRequest` schema. */
const schemaCustomSubtypeUpdateRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object([], { name: rule16, description: rule17, archived: rule4, resubscription_legal_form_id: rule2 }, true, 1));

const rule18: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("string"), email);

/** Request-side rules of the spec's `SubscriptionChangeRequest` schema. */
const schemaSubscriptionChangeRequest: Check = /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["locationId","contactId","email","subscription_action"], { locationId: schemaResourceId, contactId: schemaResourceId, email: rule18, subscription_action: /* @__PURE__ */ all(/* @__PURE__ */ type("object"), /* @__PURE__ */ object(["type","subtype_status"], { type: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["default","custom","resub_all"])), subtype_name: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["One on One"])), subtype_id: rule2, subtype_status: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["subscribed","unsubscribed"])) }, true), /* @__PURE__ */ ifThen(/* @__PURE__ */ object(["type"], { type: /* @__PURE__ */ constant("custom") }), /* @__PURE__ */ explained(/* @__PURE__ */ object(["subtype_id"], { subtype_id: rule2 }), "a custom action names its subtype"))), legal_reason: rule2, legal_description: rule2 }, true));

// Each operation's entry says only what it has and what differs from OperationSpec's defaults
// (success [200], a JSON answer, a JSON body that is required). A bundle keeps the entries it uses.

/**
 * `POST /oauth/token`: Get an access token. Never sent twice.
 *
 * Written by hand around this entry: token requests are form-encoded, never redirected and carry secrets (src/auth/).
 */
export const getAccessTokenOperation: OperationSpec = {
  id: "getAccessToken",
  method: "POST",
  path: "/oauth/token",
  retryable: false,
  body: { contentType: "application/x-www-form-urlencoded", check: schemaOAuthTokenRequest },
};

/**
 * `POST /oauth/locationToken`: Get a location access token from an agency token. Retryable.
 *
 * Written by hand around this entry: token requests are form-encoded, never redirected and carry secrets (src/auth/).
 */
export const getLocationAccessTokenOperation: OperationSpec = {
  id: "getLocationAccessToken",
  method: "POST",
  path: "/oauth/locationToken",
  retryable: true,
  body: { contentType: "application/x-www-form-urlencoded", check: schemaOAuthLocationTokenRequest },
};

/**
 * `GET /conversations/{conversationId}`: Get conversation. On the client: `conversations.get`. Retryable.
 */
export const getConversationOperation: OperationSpec = {
  id: "getConversation",
  method: "GET",
  path: "/conversations/{conversationId}",
  retryable: true,
  pathParameters: { conversationId: schemaResourceId },
};

/**
 * `PUT /conversations/{conversationId}`: Update conversation. On the client: `conversations.update`. Retryable.
 */
export const updateConversationOperation: OperationSpec = {
  id: "updateConversation",
  method: "PUT",
  path: "/conversations/{conversationId}",
  retryable: true,
  pathParameters: { conversationId: schemaResourceId },
  body: { check: schemaUpdateConversationRequest },
};

/**
 * `DELETE /conversations/{conversationId}`: Delete conversation. On the client: `conversations.delete`. Retryable.
 */
export const deleteConversationOperation: OperationSpec = {
  id: "deleteConversation",
  method: "DELETE",
  path: "/conversations/{conversationId}",
  retryable: true,
  pathParameters: { conversationId: schemaResourceId },
};

/**
 * `GET /conversations/search`: Search conversations. On the client: `conversations.search`. Retryable.
 */
export const searchConversationsOperation: OperationSpec = {
  id: "searchConversations",
  method: "GET",
  path: "/conversations/search",
  retryable: true,
  query: { locationId: schemaResourceId, contactId: schemaResourceId, assignedTo: rule1, followers: rule1, mentions: rule1, query: rule2, sort: rule5, sortBy: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["last_manual_message_date","last_message_date","score_profile","overdue_at","due_at"])), startAfterDate: /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([rule6, /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(undefined, undefined, /* @__PURE__ */ all(/* @__PURE__ */ number(), /* @__PURE__ */ anyOf([rule6, rule2], ["number", "string"]))))], ["number", "array"])), id: schemaResourceId, limit: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(1, 100)), lastMessageType: schemaMessageTypeString, lastMessageAction: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["automated","manual"])), lastMessageDirection: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["inbound","outbound"])), status: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["all","read","unread","starred","recents"])), sortScoreProfile: rule2, scoreProfile: rule2, scoreProfileMin: rule6, scoreProfileMax: rule6, startDate: rule3, endDate: rule3 },
  requiredQuery: ["locationId"],
  pagination: {"style":"keyset","cursorParam":"startAfterDate","cursorFrom":"sort","cursorFallback":"lastMessageDate","items":"conversations","limitParam":"limit","defaultLimit":20},
};

/**
 * `POST /conversations/`: Create conversation. On the client: `conversations.create`. Never sent twice.
 */
export const createConversationOperation: OperationSpec = {
  id: "createConversation",
  method: "POST",
  path: "/conversations/",
  retryable: false,
  body: { check: schemaCreateConversationRequest },
  success: [201],
};

/**
 * `GET /conversations/{conversationId}/messages`: Get messages by conversation. On the client: `messages.list`. Retryable.
 */
export const getMessagesOperation: OperationSpec = {
  id: "getMessages",
  method: "GET",
  path: "/conversations/{conversationId}/messages",
  retryable: true,
  pathParameters: { conversationId: schemaResourceId },
  query: { lastMessageId: schemaResourceId, limit: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(1)), type: /* @__PURE__ */ all(/* @__PURE__ */ type("array"), /* @__PURE__ */ array(1, undefined, schemaMessageTypeFilter)) },
  joined: ["type"],
  pagination: {"style":"cursor","cursorParam":"lastMessageId","cursorFrom":"lastMessageId","more":"nextPage","cursorFallback":"id","items":"messages","limitParam":"limit","defaultLimit":20},
};

/**
 * `GET /conversations/messages/{id}`: Get message by id. On the client: `messages.get`. Retryable.
 */
export const getMessageOperation: OperationSpec = {
  id: "getMessage",
  method: "GET",
  path: "/conversations/messages/{id}",
  retryable: true,
  pathParameters: { id: schemaResourceId },
};

/**
 * `GET /conversations/messages/email/{id}`: Get email by id. On the client: `messages.getEmail`. Retryable.
 */
export const getEmailMessageOperation: OperationSpec = {
  id: "getEmailMessage",
  method: "GET",
  path: "/conversations/messages/email/{id}",
  retryable: true,
  pathParameters: { id: schemaResourceId },
};

/**
 * `PUT /conversations/messages/email/{id}/status`: Update email status. On the client: `messages.updateEmailStatus`. Never sent twice.
 */
export const updateEmailStatusOperation: OperationSpec = {
  id: "updateEmailStatus",
  method: "PUT",
  path: "/conversations/messages/email/{id}/status",
  retryable: false,
  pathParameters: { id: schemaResourceId },
  version: "v3",
  body: { check: schemaUpdateEmailStatusRequest },
};

/**
 * `GET /conversations/messages/export`: Export messages by location. On the client: `messages.export`. Retryable.
 */
export const exportMessagesOperation: OperationSpec = {
  id: "exportMessages",
  method: "GET",
  path: "/conversations/messages/export",
  retryable: true,
  query: { locationId: schemaResourceId, limit: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ number(10, 500)), cursor: rule1, sortBy: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["createdAt","updatedAt"])), sortOrder: rule5, conversationId: schemaResourceId, contactId: schemaResourceId, channel: /* @__PURE__ */ all(/* @__PURE__ */ type("string"), /* @__PURE__ */ enumValues(["Call","SMS","Email","WhatsApp","Instagram","Facebook"])), startDate: rule1, endDate: rule1 },
  requiredQuery: ["locationId"],
  pagination: {"style":"cursor","cursorParam":"cursor","cursorFrom":"nextCursor","items":"messages","limitParam":"limit","defaultLimit":100},
};

/**
 * `POST /conversations/messages`: Send a new message. On the client: `messages.send`. Never sent twice.
 */
export const sendMessageOperation: OperationSpec = {
  id: "sendMessage",
  method: "POST",
  path: "/conversations/messages",
  retryable: false,
  body: { check: schemaSendMessageRequest },
  success: [200, 201],
};

/**
 * `POST /conversations/messages/inbound`: Add an inbound message. On the client: `messages.addInbound`. Never sent twice.
 */
export const addInboundMessageOperation: OperationSpec = {
  id: "addInboundMessage",
  method: "POST",
  path: "/conversations/messages/inbound",
  retryable: false,
  body: { check: schemaInboundMessageRequest },
  success: [200, 201],
};

/**
 * `POST /conversations/messages/outbound`: Add an external outbound call. On the client: `messages.addOutboundCall`. Never sent twice.
 */
export const addOutboundCallOperation: OperationSpec = {
  id: "addOutboundCall",
  method: "POST",
  path: "/conversations/messages/outbound",
  retryable: false,
  body: { check: schemaOutboundCallRequest },
  success: [200, 201],
};

/**
 * `POST /conversations/messages/review-reply`: Reply to a review. On the client: `messages.replyToReview`. Never sent twice.
 */
export const replyToReviewOperation: OperationSpec = {
  id: "replyToReview",
  method: "POST",
  path: "/conversations/messages/review-reply",
  retryable: false,
  body: { check: schemaReviewReplyRequest },
  success: [200, 201],
};

/**
 * `DELETE /conversations/messages/{messageId}/schedule`: Cancel a scheduled message. On the client: `messages.cancelScheduled`. Retryable.
 */
export const cancelScheduledMessageOperation: OperationSpec = {
  id: "cancelScheduledMessage",
  method: "DELETE",
  path: "/conversations/messages/{messageId}/schedule",
  retryable: true,
  pathParameters: { messageId: schemaResourceId },
};

/**
 * `DELETE /conversations/messages/email/{emailMessageId}/schedule`: Cancel a scheduled email. On the client: `messages.cancelScheduledEmail`. Retryable.
 */
export const cancelScheduledEmailOperation: OperationSpec = {
  id: "cancelScheduledEmail",
  method: "DELETE",
  path: "/conversations/messages/email/{emailMessageId}/schedule",
  retryable: true,
  pathParameters: { emailMessageId: schemaResourceId },
};

/**
 * `POST /conversations/messages/upload`: Upload file attachments. On the client: `uploads.upload`. Never sent twice.
 */
export const uploadAttachmentsOperation: OperationSpec = {
  id: "uploadAttachments",
  method: "POST",
  path: "/conversations/messages/upload",
  retryable: false,
  body: { contentType: "multipart/form-data", check: schemaUploadAttachmentsRequest, properties: ["fileAttachment","conversationId","contactId","locationId","attachmentUrls","chatServiceSid","isGroupSms"] },
};

/**
 * `POST /conversations/messages/upload/initiate`: Initiate a signed upload. On the client: `uploads.initiate`. Never sent twice.
 */
export const initiateUploadOperation: OperationSpec = {
  id: "initiateUpload",
  method: "POST",
  path: "/conversations/messages/upload/initiate",
  retryable: false,
  body: { check: schemaInitiateUploadRequest },
};

/**
 * `POST /conversations/messages/upload/complete`: Complete a signed upload. On the client: `uploads.complete`. Never sent twice.
 */
export const completeUploadOperation: OperationSpec = {
  id: "completeUpload",
  method: "POST",
  path: "/conversations/messages/upload/complete",
  retryable: false,
  body: { check: schemaCompleteUploadRequest },
};

/**
 * `PUT /conversations/messages/{messageId}/status`: Update message status. On the client: `messages.updateStatus`. Retryable.
 */
export const updateMessageStatusOperation: OperationSpec = {
  id: "updateMessageStatus",
  method: "PUT",
  path: "/conversations/messages/{messageId}/status",
  retryable: true,
  pathParameters: { messageId: schemaResourceId },
  body: { check: schemaUpdateMessageStatusRequest },
};

/**
 * `PUT /conversations/messages/{messageId}/attachments`: Update message attachments. On the client: `messages.updateAttachments`. Retryable.
 */
export const updateMessageAttachmentsOperation: OperationSpec = {
  id: "updateMessageAttachments",
  method: "PUT",
  path: "/conversations/messages/{messageId}/attachments",
  retryable: true,
  pathParameters: { messageId: schemaResourceId },
  body: { check: schemaUpdateMessageAttachmentsRequest },
  responseType: null,
};

/**
 * `GET /conversations/messages/{messageId}/locations/{locationId}/recording`: Get call recording. On the client: `calls.getRecording`. Retryable.
 */
export const getCallRecordingOperation: OperationSpec = {
  id: "getCallRecording",
  method: "GET",
  path: "/conversations/messages/{messageId}/locations/{locationId}/recording",
  retryable: true,
  pathParameters: { messageId: schemaResourceId, locationId: schemaResourceId },
  query: { index: /* @__PURE__ */ all(/* @__PURE__ */ type("integer"), /* @__PURE__ */ enumValues([0,1])) },
  responseType: "audio/x-wav",
};

/**
 * `GET /conversations/locations/{locationId}/messages/{messageId}/transcription`: Get call transcription. On the client: `calls.getTranscription`. Retryable.
 */
export const getCallTranscriptionOperation: OperationSpec = {
  id: "getCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription",
  retryable: true,
  pathParameters: { locationId: schemaResourceId, messageId: schemaResourceId },
};

/**
 * `GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`: Download call transcription. On the client: `calls.downloadTranscription`. Retryable.
 */
export const downloadCallTranscriptionOperation: OperationSpec = {
  id: "downloadCallTranscription",
  method: "GET",
  path: "/conversations/locations/{locationId}/messages/{messageId}/transcription/download",
  retryable: true,
  pathParameters: { locationId: schemaResourceId, messageId: schemaResourceId },
  responseType: "text/plain",
};

/**
 * `POST /conversations/providers/live-chat/typing`: Send live-chat typing indicator. On the client: `liveChat.typing`. Retryable.
 */
export const sendLiveChatTypingOperation: OperationSpec = {
  id: "sendLiveChatTyping",
  method: "POST",
  path: "/conversations/providers/live-chat/typing",
  retryable: true,
  body: { check: schemaLiveChatTypingRequest },
  success: [201],
};

/**
 * `GET /conversations/preferences/custom-subtypes`: List custom subscription subtypes. On the client: `preferences.listCustomSubtypes`. Retryable.
 */
export const listCustomSubtypesOperation: OperationSpec = {
  id: "listCustomSubtypes",
  method: "GET",
  path: "/conversations/preferences/custom-subtypes",
  retryable: true,
  query: { locationId: schemaResourceId },
  requiredQuery: ["locationId"],
};

/**
 * `POST /conversations/preferences/custom-subtypes`: Create a custom subscription subtype. On the client: `preferences.createCustomSubtype`. Never sent twice.
 */
export const createCustomSubtypeOperation: OperationSpec = {
  id: "createCustomSubtype",
  method: "POST",
  path: "/conversations/preferences/custom-subtypes",
  retryable: false,
  query: { locationId: schemaResourceId },
  requiredQuery: ["locationId"],
  body: { check: schemaCustomSubtypeCreateRequest },
  success: [200, 201],
};

/**
 * `PUT /conversations/preferences/custom-subtypes/{id}`: Update a custom subscription subtype. On the client: `preferences.updateCustomSubtype`. Retryable.
 */
export const updateCustomSubtypeOperation: OperationSpec = {
  id: "updateCustomSubtype",
  method: "PUT",
  path: "/conversations/preferences/custom-subtypes/{id}",
  retryable: true,
  pathParameters: { id: schemaResourceId },
  query: { locationId: schemaResourceId },
  requiredQuery: ["locationId"],
  body: { check: schemaCustomSubtypeUpdateRequest },
};

/**
 * `GET /conversations/preferences/unsubscriptions/status`: Get subscription status of a contact. On the client: `preferences.getUnsubscriptionStatus`. Retryable.
 */
export const getUnsubscriptionStatusOperation: OperationSpec = {
  id: "getUnsubscriptionStatus",
  method: "GET",
  path: "/conversations/preferences/unsubscriptions/status",
  retryable: true,
  query: { locationId: schemaResourceId, contactId: schemaResourceId, email: rule18 },
  requiredQuery: ["locationId","contactId"],
};

/**
 * `POST /conversations/preferences/unsubscriptions/user-change`: Change a contact's subscription. On the client: `preferences.changeUserSubscription`. Never sent twice.
 */
export const changeUserSubscriptionOperation: OperationSpec = {
  id: "changeUserSubscription",
  method: "POST",
  path: "/conversations/preferences/unsubscriptions/user-change",
  retryable: false,
  body: { check: schemaSubscriptionChangeRequest },
  success: [200, 201],
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
