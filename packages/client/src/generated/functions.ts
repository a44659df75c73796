/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

import type { ApiContext, CallOptions, WithResponse } from '../call.js';
import { invokeOperation } from '../operations/invoke-operation.js';
import { checkPathInput } from '../operations/check-path-input.js';
import { checkOperationInput } from '../operations/check-operation-input.js';
import { paginateOperation } from '../operations/paginate-operation.js';
import { parametersOf } from '../operations/parameters-of.js';
import { multipartBody } from '../operations/multipart-body.js';
import { readEnvelope } from '../operations/read-envelope.js';
import { readPage } from '../operations/read-page.js';
import { readOutcome } from '../operations/read-outcome.js';
import { readDownload } from '../operations/read-download.js';
import type { DownloadedFile } from '../operations/read-download.js';
import type { AsList, BodyOf, FormInput, ItemOf, PathOf, QueryOf, SuccessOf, Unwrapped, WithDefaults, WithOutcome } from '../operations/operation-types.js';
import type { Paginated, PageIteratorOptions } from '../pagination.js';
import {
  getConversationOperation,
  updateConversationOperation,
  deleteConversationOperation,
  searchConversationsOperation,
  createConversationOperation,
  getMessagesOperation,
  getMessageOperation,
  getEmailMessageOperation,
  updateEmailStatusOperation,
  exportMessagesOperation,
  sendMessageOperation,
  addInboundMessageOperation,
  addOutboundCallOperation,
  replyToReviewOperation,
  cancelScheduledMessageOperation,
  cancelScheduledEmailOperation,
  uploadAttachmentsOperation,
  initiateUploadOperation,
  completeUploadOperation,
  updateMessageStatusOperation,
  updateMessageAttachmentsOperation,
  getCallRecordingOperation,
  getCallTranscriptionOperation,
  downloadCallTranscriptionOperation,
  sendLiveChatTypingOperation,
  listCustomSubtypesOperation,
  createCustomSubtypeOperation,
  updateCustomSubtypeOperation,
  getUnsubscriptionStatusOperation,
  changeUserSubscriptionOperation,
} from './operations.js';

const dataOf = <T>(result: WithResponse<T>): T => result.data;

/**
 * Get conversation (`GET /conversations/{conversationId}`, scope `conversations.readonly`).
 *
 * Get the conversation details based on the conversation ID.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function getConversation(api: ApiContext, conversationId: string, options?: CallOptions): Promise<SuccessOf<'getConversation'>> {
  return invokeOperation<SuccessOf<'getConversation'>>(api, getConversationOperation, checkPathInput, { path: { conversationId } }, options).then(dataOf);
}

/**
 * Update conversation (`PUT /conversations/{conversationId}`, scope `conversations.write`).
 *
 * Changes the unread count, the star or the feedback of a conversation and answers the
 * conversation as it now is. Sending the same update twice is harmless.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function updateConversation(api: ApiContext, conversationId: string, body: BodyOf<'updateConversation'>, options?: CallOptions): Promise<SuccessOf<'updateConversation'>> {
  return invokeOperation<SuccessOf<'updateConversation'>>(api, updateConversationOperation, checkOperationInput, { path: { conversationId }, body }, options).then(dataOf);
}

/**
 * Delete conversation (`DELETE /conversations/{conversationId}`, scope `conversations.write`).
 *
 * Deletes a conversation. Repeating the request cannot delete anything else, so the client may retry it.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function deleteConversation(api: ApiContext, conversationId: string, options?: CallOptions): Promise<SuccessOf<'deleteConversation'>> {
  return invokeOperation<SuccessOf<'deleteConversation'>>(api, deleteConversationOperation, checkPathInput, { path: { conversationId } }, options).then(dataOf);
}

/**
 * Search conversations (`GET /conversations/search`, scope `conversations.readonly`).
 *
 * Lists the conversations of a location that match the filters, sorted, one page at a time.
 *
 * Pagination is keyset on the sort value: pass the `sort` value of the last item of a page as
 * `startAfterDate` to get the next page, keeping `sort`/`sortBy` and the filters the same. A page
 * shorter than `limit` (or empty) is the last one. A conversation created a moment ago may not be
 * found yet (observed).
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function searchConversations(api: ApiContext, params: QueryOf<'searchConversations'>, options?: CallOptions): Promise<SuccessOf<'searchConversations'>> {
  return invokeOperation<SuccessOf<'searchConversations'>>(api, searchConversationsOperation, checkOperationInput, { query: params }, options, readPage("conversations")).then(dataOf);
}

/**
 * Every item of `searchConversations`, page by page: each request sends the last item's `sort` (else its `lastMessageDate`) as `startAfterDate`; it ends at a page shorter than the limit, or an empty one.
 * `for await (const item of ...)`, or `.pages()` for whole pages; nothing is sent until iteration starts.
 * Throws MalformedResponseError when the API repeats a cursor or answers one that cannot be sent back.
 * @throws InvalidInputError at once when an argument, `maxItems` or `maxPages` is refused.
 */
export function searchConversationsAll(api: ApiContext, params: QueryOf<'searchConversations'>, options?: PageIteratorOptions): Paginated<ItemOf<SuccessOf<'searchConversations'>, "conversations">, SuccessOf<'searchConversations'>> {
  return paginateOperation(api, searchConversationsOperation, { query: params }, options, readPage("conversations"));
}

/**
 * Create conversation (`POST /conversations/`, scope `conversations.write`).
 *
 * Starts the conversation of a contact. The path keeps the API's trailing slash (`/conversations/`).
 * There is one conversation per contact: creating a second one is refused with 400 "Conversation
 * with the contact id:<id> already exists!", whose body does not carry the existing id (find it
 * with search, which may lag a moment behind). Not idempotent: never re-send blindly.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function createConversation(api: ApiContext, body: BodyOf<'createConversation'>, options?: CallOptions): Promise<SuccessOf<'createConversation'>> {
  return invokeOperation<SuccessOf<'createConversation'>>(api, createConversationOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Get messages by conversation (`GET /conversations/{conversationId}/messages`, scope `conversations/message.readonly`).
 *
 * Lists the messages of a conversation, newest first, one page at a time. Pagination is keyset:
 * pass the page's `lastMessageId` to get the next one, while `nextPage` is true.
 *
 * Observed: the page sits under `messages` (see GetMessagesResponse). Email bodies are left out
 * of the list: fetch them with `GET /conversations/messages/email/{id}`.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function getMessages(api: ApiContext, conversationId: string, params?: QueryOf<'getMessages'>, options?: CallOptions): Promise<Unwrapped<SuccessOf<'getMessages'>, "messages", "traceId">> {
  return invokeOperation<Unwrapped<SuccessOf<'getMessages'>, "messages", "traceId">>(api, getMessagesOperation, checkOperationInput, { path: { conversationId }, query: params }, options, readEnvelope({"field":"messages","keep":["traceId"],"items":"messages"})).then(dataOf);
}

/**
 * Every item of `getMessages`, page by page: each request sends the page's `lastMessageId` (else the last item's `id`) as `lastMessageId`; it ends when `nextPage` is not true, when there is none, or at an empty page.
 * `for await (const item of ...)`, or `.pages()` for whole pages; nothing is sent until iteration starts.
 * Throws MalformedResponseError when the API repeats a cursor or answers one that cannot be sent back.
 * @throws InvalidInputError at once when an argument, `maxItems` or `maxPages` is refused.
 */
export function getMessagesAll(api: ApiContext, conversationId: string, params?: QueryOf<'getMessages'>, options?: PageIteratorOptions): Paginated<ItemOf<Unwrapped<SuccessOf<'getMessages'>, "messages", "traceId">, "messages">, Unwrapped<SuccessOf<'getMessages'>, "messages", "traceId">> {
  return paginateOperation(api, getMessagesOperation, { path: { conversationId }, query: params }, options, readEnvelope({"field":"messages","keep":["traceId"],"items":"messages"}));
}

/**
 * Get message by id (`GET /conversations/messages/{id}`, scope `conversations/message.readonly`).
 *
 * Gets one message. Observed: the answer wraps it, `{message, traceId}` (see GetMessageResponse).
 * The message id of an email send is refused with 400: use `GET /conversations/messages/email/{id}`
 * for emails.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function getMessage(api: ApiContext, id: string, options?: CallOptions): Promise<Unwrapped<SuccessOf<'getMessage'>, "message", never>> {
  return invokeOperation<Unwrapped<SuccessOf<'getMessage'>, "message", never>>(api, getMessageOperation, checkPathInput, { path: { id } }, options, readEnvelope({"field":"message","requires":["id"]})).then(dataOf);
}

/**
 * Get email by id (`GET /conversations/messages/email/{id}`, scope `conversations/message.readonly`).
 *
 * Gets one email with its full body (message lists leave email bodies out). The vendor's v2 spec
 * declares no scope and no Version header for this operation; v3 requires
 * `conversations/message.readonly`, which is listed here, and the client sends Version anyway.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function getEmailMessage(api: ApiContext, id: string, options?: CallOptions): Promise<SuccessOf<'getEmailMessage'>> {
  return invokeOperation<SuccessOf<'getEmailMessage'>>(api, getEmailMessageOperation, checkPathInput, { path: { id } }, options).then(dataOf);
}

/**
 * Update email status (`PUT /conversations/messages/email/{id}/status`, scope `conversations/message.write`).
 *
 * A custom email provider reports the delivery status of an email it sent, with event counters
 * and per-recipient statuses (vendor v3 API: sent with `Version: v3`). The counters are merged into
 * the email's statistics, so a repeated request could count twice: it is never retried. Answered
 * 403 unless the email was sent through the caller's own custom provider.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function updateEmailStatus(api: ApiContext, id: string, body: BodyOf<'updateEmailStatus'>, options?: CallOptions): Promise<SuccessOf<'updateEmailStatus'>> {
  return invokeOperation<SuccessOf<'updateEmailStatus'>>(api, updateEmailStatusOperation, checkOperationInput, { path: { id }, body }, options).then(dataOf);
}

/**
 * Export messages by location (`GET /conversations/messages/export`, scope `conversations/message.readonly`).
 *
 * Lists the messages of a whole location, one page at a time, for export. Pagination is an
 * opaque cursor: pass `nextCursor` as `cursor` until it is null. Without `channel`, every
 * non-email kind comes back, activity messages included.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function exportMessages(api: ApiContext, params: QueryOf<'exportMessages'>, options?: CallOptions): Promise<SuccessOf<'exportMessages'>> {
  return invokeOperation<SuccessOf<'exportMessages'>>(api, exportMessagesOperation, checkOperationInput, { query: params }, options, readPage("messages")).then(dataOf);
}

/**
 * Every item of `exportMessages`, page by page: each request sends the page's `nextCursor` as `cursor`; it ends when there is none, or at an empty page.
 * `for await (const item of ...)`, or `.pages()` for whole pages; nothing is sent until iteration starts.
 * Throws MalformedResponseError when the API repeats a cursor or answers one that cannot be sent back.
 * @throws InvalidInputError at once when an argument, `maxItems` or `maxPages` is refused.
 */
export function exportMessagesAll(api: ApiContext, params: QueryOf<'exportMessages'>, options?: PageIteratorOptions): Paginated<ItemOf<SuccessOf<'exportMessages'>, "messages">, SuccessOf<'exportMessages'>> {
  return paginateOperation(api, exportMessagesOperation, { query: params }, options, readPage("messages"));
}

/**
 * Send a new message (`POST /conversations/messages`, scope `conversations/message.write`).
 *
 * Sends a message to a contact on one channel (SMS, RCS, Email, WhatsApp, IG, FB, Custom, Live_Chat, TIKTOK).
 *
 * Observed: the live API answers **201**, not the documented 200 (REFERENCE 6 #6); both are declared.
 * Only `type` and `contactId` are required (6 #5). Not idempotent: a retried send sends twice.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function sendMessage(api: ApiContext, body: BodyOf<'sendMessage'>, options?: CallOptions): Promise<SuccessOf<'sendMessage'>> {
  return invokeOperation<SuccessOf<'sendMessage'>>(api, sendMessageOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Add an inbound message (`POST /conversations/messages/inbound`, scope `conversations/message.write`).
 *
 * Records a message a contact sent through a conversation provider (a custom SMS, email or call provider).
 *
 * `conversationProviderId` is needed only for custom providers: observed, leaving it out there is answered
 * 201 with an empty body and nothing is stored (REFERENCE 6 #17), so the client refuses that case. A wrong
 * provider id or a bad token has been answered 500 (6 #18). Documented 200; 201 is observed too.
 * Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function addInboundMessage(api: ApiContext, body: BodyOf<'addInboundMessage'>, options?: CallOptions): Promise<SuccessOf<'addInboundMessage'>> {
  return invokeOperation<SuccessOf<'addInboundMessage'>>(api, addInboundMessageOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Add an external outbound call (`POST /conversations/messages/outbound`, scope `conversations/message.write`).
 *
 * Records a call placed outside Leadway (through a custom call provider) in the conversation. The
 * `call.to` number must match a contact. Documented 200; 201 is declared too because the same gateway
 * answers POSTs that create with 201 (observed on send and add-inbound) [inference]. Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function addOutboundCall(api: ApiContext, body: WithDefaults<BodyOf<'addOutboundCall'>, "type">, options?: CallOptions): Promise<SuccessOf<'addOutboundCall'>> {
  return invokeOperation<SuccessOf<'addOutboundCall'>>(api, addOutboundCallOperation, checkOperationInput, { body, defaults: {"type":"Call"} }, options).then(dataOf);
}

/**
 * Reply to a review (`POST /conversations/messages/review-reply`, scope `conversations/message.write`).
 *
 * Posts a reply to a Google Business review. The conversation must be a review conversation. Answers the
 * send shape. Documented 200; 201 declared as for other creating POSTs [inference]. Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function replyToReview(api: ApiContext, body: BodyOf<'replyToReview'>, options?: CallOptions): Promise<SuccessOf<'replyToReview'>> {
  return invokeOperation<SuccessOf<'replyToReview'>>(api, replyToReviewOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Cancel a scheduled message (`DELETE /conversations/messages/{messageId}/schedule`, scope `conversations/message.write`).
 *
 * Cancels a message scheduled with `scheduledTimestamp`. Idempotent.
 *
 * The answer is 200 even when nothing was cancelled: the outcome is the `status` inside the body (the
 * vendor example carries 404; REFERENCE 6 #23). The client returns `{ cancelled, status, message }`.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function cancelScheduledMessage(api: ApiContext, messageId: string, options?: CallOptions): Promise<WithOutcome<SuccessOf<'cancelScheduledMessage'>, "cancelled">> {
  return invokeOperation<WithOutcome<SuccessOf<'cancelScheduledMessage'>, "cancelled">>(api, cancelScheduledMessageOperation, checkPathInput, { path: { messageId } }, options, readOutcome({"status":"status","flag":"cancelled"})).then(dataOf);
}

/**
 * Cancel a scheduled email (`DELETE /conversations/messages/email/{emailMessageId}/schedule`, scope `conversations/message.write`).
 *
 * Cancels an email scheduled with `scheduledTimestamp`, by its `emailMessageId`. Idempotent.
 *
 * The v2 vendor spec declares no scope (the v3 spec requires `conversations/message.write`, listed here) and
 * no Version header; the live API refuses requests without Version, so it is required as everywhere.
 * Like the message variant, a failure can arrive inside a 200 (REFERENCE 6 #23).
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function cancelScheduledEmail(api: ApiContext, emailMessageId: string, options?: CallOptions): Promise<WithOutcome<SuccessOf<'cancelScheduledEmail'>, "cancelled">> {
  return invokeOperation<WithOutcome<SuccessOf<'cancelScheduledEmail'>, "cancelled">>(api, cancelScheduledEmailOperation, checkPathInput, { path: { emailMessageId } }, options, readOutcome({"status":"status","flag":"cancelled"})).then(dataOf);
}

/**
 * Upload file attachments (`POST /conversations/messages/upload`, scope `conversations/message.write`).
 *
 * Uploads files (multipart/form-data, form key `fileAttachment`) and answers their hosted URLs, to pass as
 * `attachments` of a send. A file over the size limit is answered 413; for large files use upload/initiate.
 * Errors 400/413/415 carry `{status, message}`. Observed: a bad conversationId is answered 500 (REFERENCE
 * 6 #19). Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export async function uploadAttachments(api: ApiContext, body: FormInput<BodyOf<'uploadAttachments'>, {"fileAttachment":"files"}>, options?: CallOptions): Promise<SuccessOf<'uploadAttachments'>> {
  return invokeOperation<SuccessOf<'uploadAttachments'>>(api, uploadAttachmentsOperation, checkOperationInput, { body: multipartBody(uploadAttachmentsOperation, body, {"fileAttachment":{"argument":"files","extensions":["jpg","jpeg","png","mp4","mpeg","zip","rar","pdf","doc","docx","txt","mp3","wav"]}}) }, options).then(dataOf);
}

/**
 * Initiate a signed upload (`POST /conversations/messages/upload/initiate`, scope `conversations/message.write`).
 *
 * Asks for a signed URL (valid 15 minutes) to PUT a large file to, then finish with upload/complete. The
 * limit is 100 MB for the WHATSAPP channel and 5 MB for every other; a larger `fileSize` is answered 413.
 * Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function initiateUpload(api: ApiContext, body: BodyOf<'initiateUpload'>, options?: CallOptions): Promise<SuccessOf<'initiateUpload'>> {
  return invokeOperation<SuccessOf<'initiateUpload'>>(api, initiateUploadOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Complete a signed upload (`POST /conversations/messages/upload/complete`, scope `conversations/message.write`).
 *
 * Finishes an upload started with upload/initiate once the bytes were PUT to the signed URL, and answers the
 * hosted URL. 404 when the file is missing or the URL expired. Not idempotent.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function completeUpload(api: ApiContext, body: BodyOf<'completeUpload'>, options?: CallOptions): Promise<SuccessOf<'completeUpload'>> {
  return invokeOperation<SuccessOf<'completeUpload'>>(api, completeUploadOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * Update message status (`PUT /conversations/messages/{messageId}/status`, scope `conversations/message.write`).
 *
 * A conversation provider reports the delivery status of a message it was handed. Idempotent.
 *
 * Observed: called before Leadway has handed the message to the provider (5-10 s after the send), it was
 * answered 401 and is now answered 403 (REFERENCE 6 #20); retry later.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function updateMessageStatus(api: ApiContext, messageId: string, body: BodyOf<'updateMessageStatus'>, options?: CallOptions): Promise<SuccessOf<'updateMessageStatus'>> {
  return invokeOperation<SuccessOf<'updateMessageStatus'>>(api, updateMessageStatusOperation, checkOperationInput, { path: { messageId }, body }, options).then(dataOf);
}

/**
 * Update message attachments (`PUT /conversations/messages/{messageId}/attachments`, scope `conversations/message.write`).
 *
 * Replaces the attachments (recording URLs) of a call message. Only for TYPE_CUSTOM_CALL (34) messages and
 * TYPE_CALL (1) messages with subType EXTERNAL_CALL: others are answered 403. 404 when there is no such
 * message. The success answer has no body. Idempotent.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function updateMessageAttachments(api: ApiContext, messageId: string, attachments: BodyOf<'updateMessageAttachments'>["attachments"], options?: CallOptions): Promise<SuccessOf<'updateMessageAttachments'>> {
  return invokeOperation<SuccessOf<'updateMessageAttachments'>>(api, updateMessageAttachmentsOperation, checkOperationInput, { path: { messageId }, body: { attachments } }, options).then(dataOf);
}

/**
 * Get call recording (`GET /conversations/messages/{messageId}/locations/{locationId}/recording`, scope `conversations/message.readonly`).
 *
 * Downloads the recording of a call message as audio bytes. Observed (not in the vendor spec, which gives no
 * response schema): the content type is `audio/x-wav` while the file name in `Content-Disposition` ends in
 * .mp3; an optional `index` (0/1) picks the call leg; a message without a recording is answered 422
 * "Message does not have recording" (REFERENCE 6 #28). The vendor lists the `Location-Access` scheme
 * too; a location token with the scope below is what it means.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export async function getCallRecording(api: ApiContext, ref: PathOf<'getCallRecording'> & QueryOf<'getCallRecording'>, options?: CallOptions): Promise<DownloadedFile> {
  return invokeOperation<DownloadedFile>(api, getCallRecordingOperation, checkOperationInput, { ...parametersOf(getCallRecordingOperation, "ref", ref) }, options, readDownload("recording.mp3")).then(dataOf);
}

/**
 * Get call transcription (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription`, scope `conversations/message.readonly`).
 *
 * The transcript of a call message, sentence by sentence. The vendor spec models one sentence object; a
 * transcript is a list, so both shapes are accepted (the client always returns a list) [inference].
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export async function getCallTranscription(api: ApiContext, ref: PathOf<'getCallTranscription'>, options?: CallOptions): Promise<AsList<SuccessOf<'getCallTranscription'>>> {
  return invokeOperation<AsList<SuccessOf<'getCallTranscription'>>>(api, getCallTranscriptionOperation, checkOperationInput, { ...parametersOf(getCallTranscriptionOperation, "ref", ref) }, options, readEnvelope({"list":true})).then(dataOf);
}

/**
 * Download call transcription (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`, scope `conversations/message.readonly`).
 *
 * The transcript of a call message as a file. The vendor spec gives no schema or content type; the file is
 * text [inference], served as `text/plain` or as `application/octet-stream`.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export async function downloadCallTranscription(api: ApiContext, ref: PathOf<'downloadCallTranscription'>, options?: CallOptions): Promise<DownloadedFile> {
  return invokeOperation<DownloadedFile>(api, downloadCallTranscriptionOperation, checkOperationInput, { ...parametersOf(downloadCallTranscriptionOperation, "ref", ref) }, options, readDownload("transcription.txt")).then(dataOf);
}

/**
 * Send live-chat typing indicator (`POST /conversations/providers/live-chat/typing`, scope `conversations/livechat.write`).
 *
 * Shows or hides the "agent is typing" indicator in a live-chat widget. The vendor lists only the
 * `Location-Access` scheme for it (a location token) with scope `conversations/livechat.write`. Answered
 * 201; 422 when the body fails validation. `isTyping` may be a boolean or "true"/"false" (REFERENCE 6 #25).
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function sendLiveChatTyping(api: ApiContext, body: BodyOf<'sendLiveChatTyping'>, options?: CallOptions): Promise<SuccessOf<'sendLiveChatTyping'>> {
  return invokeOperation<SuccessOf<'sendLiveChatTyping'>>(api, sendLiveChatTypingOperation, checkOperationInput, { body }, options).then(dataOf);
}

/**
 * List custom subscription subtypes (`GET /conversations/preferences/custom-subtypes`).
 *
 * Lists the email and SMS subscription subtypes (unsubscribe categories) of a location.
 *
 * The vendor declares no OAuth scope for this operation; a location bearer token is still required.
 * The answer has no published schema: any JSON object is accepted, and the example is illustrative.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function listCustomSubtypes(api: ApiContext, params: QueryOf<'listCustomSubtypes'>, options?: CallOptions): Promise<SuccessOf<'listCustomSubtypes'>> {
  return invokeOperation<SuccessOf<'listCustomSubtypes'>>(api, listCustomSubtypesOperation, checkOperationInput, { query: params }, options).then(dataOf);
}

/**
 * Create a custom subscription subtype (`POST /conversations/preferences/custom-subtypes`).
 *
 * Creates an email or SMS subscription subtype. Documented 200 or 201.
 *
 * The vendor declares no OAuth scope for this operation; a location bearer token is still required.
 * The answer has no published schema: any JSON object is accepted, and the example is illustrative.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function createCustomSubtype(api: ApiContext, params: QueryOf<'createCustomSubtype'>, body: BodyOf<'createCustomSubtype'>, options?: CallOptions): Promise<SuccessOf<'createCustomSubtype'>> {
  return invokeOperation<SuccessOf<'createCustomSubtype'>>(api, createCustomSubtypeOperation, checkOperationInput, { query: params, body }, options).then(dataOf);
}

/**
 * Update a custom subscription subtype (`PUT /conversations/preferences/custom-subtypes/{id}`).
 *
 * Renames, re-describes or archives a subscription subtype.
 *
 * The vendor declares no OAuth scope for this operation; a location bearer token is still required.
 * The answer has no published schema: any JSON object is accepted, and the example is illustrative.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function updateCustomSubtype(api: ApiContext, id: string, params: QueryOf<'updateCustomSubtype'>, body: BodyOf<'updateCustomSubtype'>, options?: CallOptions): Promise<SuccessOf<'updateCustomSubtype'>> {
  return invokeOperation<SuccessOf<'updateCustomSubtype'>>(api, updateCustomSubtypeOperation, checkOperationInput, { path: { id }, query: params, body }, options).then(dataOf);
}

/**
 * Get subscription status of a contact (`GET /conversations/preferences/unsubscriptions/status`).
 *
 * A contact's subscription status per channel and subtype.
 *
 * The vendor declares no OAuth scope for this operation; a location bearer token is still required.
 * The answer has no published schema: any JSON object is accepted, and the example is illustrative.
 *
 * A failed attempt may be sent again (retried on timeouts, 408, 429 and 5xx).
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function getUnsubscriptionStatus(api: ApiContext, params: QueryOf<'getUnsubscriptionStatus'>, options?: CallOptions): Promise<SuccessOf<'getUnsubscriptionStatus'>> {
  return invokeOperation<SuccessOf<'getUnsubscriptionStatus'>>(api, getUnsubscriptionStatusOperation, checkOperationInput, { query: params }, options).then(dataOf);
}

/**
 * Change a contact's subscription (`POST /conversations/preferences/unsubscriptions/user-change`).
 *
 * Subscribes or unsubscribes a contact on behalf of an admin, for one subtype or (resub_all) every one.
 * Documented 200 or 201.
 *
 * The vendor declares no OAuth scope for this operation; a location bearer token is still required.
 * The answer has no published schema: any JSON object is accepted, and the example is illustrative.
 *
 * Never sent twice: not retried once it may have reached the server.
 * @throws InvalidInputError before anything is sent when an argument breaks the spec.
 */
export function changeUserSubscription(api: ApiContext, body: BodyOf<'changeUserSubscription'>, options?: CallOptions): Promise<SuccessOf<'changeUserSubscription'>> {
  return invokeOperation<SuccessOf<'changeUserSubscription'>>(api, changeUserSubscriptionOperation, checkOperationInput, { body }, options).then(dataOf);
}
