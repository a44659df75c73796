import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { keysOf } from './body-keys.js';
import {
  assertEpochSeconds,
  assertKnownKeys,
  assertOneOf,
  assertResourceId,
  assertText,
  assertUrlList,
  ownCopy,
} from '../validate.js';

type Schemas = components['schemas'];
/** Body of `messages.send()`. */
export type SendMessageRequest = Schemas['SendMessageRequest'];
/** What `messages.send()` returns. */
export type SendMessageResponse = Schemas['SendMessageResponse'];
/** Channel of a sent message (`SMS`, `Email`, `WhatsApp`, ...). */
export type SendMessageType = Schemas['SendMessageType'];
/** A message's delivery status, for `messages.updateStatus()`. */
export type DeliveryStatus = Schemas['DeliveryStatus'];
/** Body of `messages.addInbound()`. */
export type InboundMessageRequest = Schemas['InboundMessageRequest'];
/** Channel of an inbound message recorded with `messages.addInbound()`. */
export type InboundMessageType = Schemas['InboundMessageType'];
/** What `messages.addInbound()` and `messages.addOutboundCall()` return. */
export type RecordedMessageResponse = Schemas['RecordedMessageResponse'];
/** `type` may be left out: `Call` is the only value the operation takes. */
export type OutboundCallRequest = Omit<Schemas['OutboundCallRequest'], 'type'> & {
  /** Always `Call` when given. */
  type?: 'Call';
};
/** Body of `messages.replyToReview()`. */
export type ReviewReplyRequest = Schemas['ReviewReplyRequest'];
/** Body of `messages.updateStatus()`. */
export type UpdateMessageStatusRequest = Schemas['UpdateMessageStatusRequest'];

/**
 * Outcome of cancelling a scheduled message or email. The API answers 200 even when nothing was
 * cancelled and puts the real outcome in the body's `status` (e.g. 404): `cancelled` is true only for
 * a 2xx `status`, so a failure cannot pass for a success.
 */
export interface CancelScheduledResult {
  /** True only when the body's `status` is 2xx: the scheduled send was cancelled. */
  cancelled: boolean;
  /** The outcome status from the body (not the HTTP status, which is 200 either way). */
  status: number;
  /** The API's message about the outcome. */
  message: string;
  /** The API's trace id of the answer, when it sent one. */
  traceId: string | undefined;
}

// Runtime copies of the spec's closed enums; `satisfies` plus the Exhaustive checks below fail to
// compile when the spec gains or loses a value.
/** Every channel `messages.send()` accepts, at run time. */
export const SEND_MESSAGE_TYPES = ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'] as const satisfies readonly SendMessageType[];
/** Every channel `messages.addInbound()` accepts, at run time. */
export const INBOUND_MESSAGE_TYPES = [
  'SMS', 'RCS', 'Email', 'WhatsApp', 'GMB', 'IG', 'FB', 'Custom', 'WebChat', 'Live_Chat', 'Call', 'IVR_Call',
  'Campaign_Call', 'Campaign_VoiceMail', 'TIKTOK', 'ALL_IN_ONE_CHAT', 'FORM_SUBMISSION',
] as const satisfies readonly InboundMessageType[];
/** Every status `messages.updateStatus()` accepts, at run time. */
export const DELIVERY_STATUSES = ['delivered', 'failed', 'pending', 'read'] as const satisfies readonly DeliveryStatus[];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const exhaustive: [
  Exhaustive<SendMessageType, (typeof SEND_MESSAGE_TYPES)[number]>,
  Exhaustive<InboundMessageType, (typeof INBOUND_MESSAGE_TYPES)[number]>,
  Exhaustive<DeliveryStatus, (typeof DELIVERY_STATUSES)[number]>,
] = [true, true, true];
void exhaustive;

const SEND_KEYS = keysOf<SendMessageRequest>({
  type: true, contactId: true, subType: true, status: true, message: true, html: true, subject: true, emailFrom: true,
  emailTo: true, emailCc: true, emailBcc: true, emailReplyMode: true, replyMessageId: true, threadId: true, templateId: true,
  appointmentId: true, attachments: true, scheduledTimestamp: true, conversationProviderId: true, customSubtypeId: true,
  fromNumber: true, toNumber: true, forward: true, usesNativeSchedulingAi: true, optimizationPeriod: true,
});
const INBOUND_KEYS = keysOf<InboundMessageRequest>({
  type: true, conversationId: true, contactId: true, conversationProviderId: true, message: true, attachments: true, html: true,
  subject: true, emailFrom: true, emailTo: true, emailCc: true, emailBcc: true, emailMessageId: true, altId: true, direction: true,
  date: true, call: true,
});
const OUTBOUND_KEYS = keysOf<OutboundCallRequest>({
  type: true, conversationId: true, conversationProviderId: true, attachments: true, altId: true, date: true, call: true,
});
const REVIEW_KEYS = keysOf<ReviewReplyRequest>({ conversationId: true, locationId: true, message: true });
const STATUS_KEYS = keysOf<UpdateMessageStatusRequest>({ status: true, error: true, emailMessageId: true, recipients: true });

/** Largest number of attachments `updateAttachments` takes (documented). */
export const MAX_MESSAGE_ATTACHMENTS = 5;

/** The writing half of `client.messages` (send, inbound, outbound call, status, ...) on a {@link LeadwayCore}. */
export function messageSendingResource(api: ApiContext) {
  return {
    /**
     * Sends a message (`POST /conversations/messages`, scope `conversations/message.write`). Only
     * `type`, `contactId` and some content are needed; `scheduledTimestamp` is epoch **seconds**.
     * Never retried once it may have reached the server (a retry could send twice).
     * @throws InvalidInputError before sending for a missing or unknown `type`, a bad `contactId`, no
     * content, an attachment that is not a URL, or a timestamp in milliseconds.
     */
    async send(body: SendMessageRequest, options: CallOptions = {}): Promise<SendMessageResponse> {
      body = checkSendBody(body);
      const context = requestContext('sendMessage', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<SendMessageResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages', { params: { header: { Version: api.version } }, body, headers, fetch }),
      );
      return data;
    },

    /**
     * Records a message a contact sent through a conversation provider
     * (`POST /conversations/messages/inbound`). `conversationProviderId` is required for `Custom`:
     * without it the API answers 201 and silently stores nothing, so that case is refused here.
     * Never retried once it may have reached the server.
     */
    async addInbound(body: InboundMessageRequest, options: CallOptions = {}): Promise<RecordedMessageResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, INBOUND_KEYS);
      assertOneOf('type', body.type, INBOUND_MESSAGE_TYPES);
      assertResourceId('conversationId', body.conversationId);
      assertResourceId('contactId', body.contactId);
      if (body.type === 'Custom' || body.conversationProviderId !== undefined) {
        assertResourceId('conversationProviderId', body.conversationProviderId);
      }
      if (body.direction !== undefined) assertOneOf('direction', body.direction, ['inbound', 'outbound'] as const);
      if (body.attachments !== undefined) assertUrlList('attachments', body.attachments);
      const context = requestContext('addInboundMessage', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<RecordedMessageResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/inbound', { params: { header: { Version: api.version } }, body, headers, fetch }),
      );
      return data;
    },

    /**
     * Records a call placed outside Leadway (`POST /conversations/messages/outbound`); `call.to` must
     * match a contact. Never retried once it may have reached the server.
     */
    async addOutboundCall(body: OutboundCallRequest, options: CallOptions = {}): Promise<RecordedMessageResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, OUTBOUND_KEYS);
      if (body.type !== undefined) assertOneOf('type', body.type, ['Call'] as const);
      assertResourceId('conversationId', body.conversationId);
      assertResourceId('conversationProviderId', body.conversationProviderId);
      if (body.attachments !== undefined) assertUrlList('attachments', body.attachments);
      const context = requestContext('addOutboundCall', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<RecordedMessageResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/outbound', {
          params: { header: { Version: api.version } },
          body: { ...body, type: 'Call' },
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Replies to a Google Business review (`POST /conversations/messages/review-reply`); the
     * conversation must be a review conversation. Never retried once it may have reached the server.
     */
    async replyToReview(body: ReviewReplyRequest, options: CallOptions = {}): Promise<SendMessageResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, REVIEW_KEYS);
      assertResourceId('conversationId', body.conversationId);
      assertResourceId('locationId', body.locationId);
      assertText('message', body.message);
      const context = requestContext('replyToReview', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<SendMessageResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/review-reply', { params: { header: { Version: api.version } }, body, headers, fetch }),
      );
      return data;
    },

    /**
     * Cancels a scheduled message (`DELETE /conversations/messages/{messageId}/schedule`). Resolves
     * with `cancelled: false` when the API answered 200 with a failure status inside (nothing to
     * cancel); HTTP errors still throw their typed error.
     */
    async cancelScheduled(messageId: string, options: CallOptions = {}): Promise<CancelScheduledResult> {
      assertResourceId('messageId', messageId);
      const context = requestContext('cancelScheduledMessage', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<Schemas['CancelScheduledResult']>(
        context,
        (fetch) =>
          api.http.DELETE('/conversations/messages/{messageId}/schedule', {
            params: { path: { messageId }, header: { Version: api.version } },
            headers,
            fetch,
          }),
        { shape: hasOutcomeStatus },
      );
      return cancelResult(data);
    },

    /**
     * Cancels a scheduled email by its `emailMessageId`
     * (`DELETE /conversations/messages/email/{emailMessageId}/schedule`). Same result as `cancelScheduled`.
     */
    async cancelScheduledEmail(emailMessageId: string, options: CallOptions = {}): Promise<CancelScheduledResult> {
      assertResourceId('emailMessageId', emailMessageId);
      const context = requestContext('cancelScheduledEmail', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<Schemas['CancelScheduledResult']>(
        context,
        (fetch) =>
          api.http.DELETE('/conversations/messages/email/{emailMessageId}/schedule', {
            params: { path: { emailMessageId }, header: { Version: api.version } },
            headers,
            fetch,
          }),
        { shape: hasOutcomeStatus },
      );
      return cancelResult(data);
    },

    /**
     * A conversation provider reports delivery (`PUT /conversations/messages/{messageId}/status`).
     * Called within seconds of the send, the API may answer 403 until the message reaches the
     * provider; that is a PermissionDeniedError to retry later.
     */
    async updateStatus(messageId: string, body: UpdateMessageStatusRequest, options: CallOptions = {}): Promise<SendMessageResponse> {
      assertResourceId('messageId', messageId);
      body = ownCopy('body', body);
      assertKnownKeys('body', body, STATUS_KEYS);
      assertOneOf('status', body.status, DELIVERY_STATUSES);
      const context = requestContext('updateMessageStatus', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<SendMessageResponse>(context, (fetch) =>
        api.http.PUT('/conversations/messages/{messageId}/status', {
          params: { path: { messageId }, header: { Version: api.version } },
          body,
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Replaces the attachments of a call message (`PUT /conversations/messages/{messageId}/attachments`)
     * with 1 to 5 URLs. Only custom or external call messages take it (403 otherwise). Resolves with
     * nothing: the API answers no body.
     */
    async updateAttachments(messageId: string, attachments: string[], options: CallOptions = {}): Promise<void> {
      assertResourceId('messageId', messageId);
      assertUrlList('attachments', attachments, { min: 1, max: MAX_MESSAGE_ATTACHMENTS });
      const context = requestContext('updateMessageAttachments', true, options);
      const headers = extraHeaders(options);
      await api.call<undefined>(
        context,
        (fetch) =>
          api.http.PUT('/conversations/messages/{messageId}/attachments', {
            params: { path: { messageId }, header: { Version: api.version } },
            body: { attachments },
            headers,
            fetch,
            parseAs: 'text',
          }),
        { emptyBody: true },
      );
    },
  };
}

export type MessageSendingResource = ReturnType<typeof messageSendingResource>;

/** The caller's send body, checked, as a fresh object of its own properties (see `ownCopy`). */
function checkSendBody(raw: SendMessageRequest): SendMessageRequest {
  const body = ownCopy('body', raw);
  assertKnownKeys('body', body, SEND_KEYS);
  assertOneOf('type', body.type, SEND_MESSAGE_TYPES);
  assertResourceId('contactId', body.contactId);
  if (body.status !== undefined) assertOneOf('status', body.status, DELIVERY_STATUSES);
  if (body.attachments !== undefined) assertUrlList('attachments', body.attachments);
  if (body.scheduledTimestamp !== undefined) assertEpochSeconds('scheduledTimestamp', body.scheduledTimestamp);
  if (body.conversationProviderId !== undefined) assertResourceId('conversationProviderId', body.conversationProviderId);
  const hasContent =
    nonBlank(body.message) || nonBlank(body.html) || (body.attachments?.length ?? 0) > 0 || nonBlank(body.templateId) || body.forward !== undefined;
  if (!hasContent) assertText('message', body.message);
  return body;
}

function nonBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function hasOutcomeStatus(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && typeof (data as { status?: unknown }).status === 'number'
    ? undefined
    : "the body has no numeric 'status'";
}

function cancelResult(data: Schemas['CancelScheduledResult']): CancelScheduledResult {
  return {
    cancelled: data.status >= 200 && data.status < 300,
    status: data.status,
    message: data.message,
    traceId: data.traceId,
  };
}
