import type { ApiContext, CallOptions } from '../call.js';
import type { components } from '../generated/openapi.js';
import {
  addOutboundCallOperation,
  cancelScheduledEmailOperation,
  cancelScheduledMessageOperation,
  updateMessageAttachmentsOperation,
} from '../generated/operations.js';
import { invokeOperation } from '../operations/invoke-operation.js';

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

/** Largest number of attachments `updateAttachments` takes (the spec's `maxItems`). */
export const MAX_MESSAGE_ATTACHMENTS: number = updateMessageAttachmentsOperation.body!.schema.properties!.attachments!.maxItems!;

/**
 * The hand-written writing methods of `client.messages`: those whose result or arguments the spec
 * cannot describe (its `x-leadway-hand-written` says why for each). The rest are generated.
 */
export function messageWritingMethods(api: ApiContext) {
  return {
    /**
     * Records a call placed outside Leadway (`POST /conversations/messages/outbound`); `call.to` must
     * match a contact. `type` may be left out (`Call` is the only value). Never retried once it may
     * have reached the server.
     */
    async addOutboundCall(body: OutboundCallRequest, options?: CallOptions): Promise<RecordedMessageResponse> {
      const withType = typeof body === 'object' && body !== null && !Array.isArray(body) ? { type: 'Call' as const, ...body } : body;
      return (await invokeOperation<RecordedMessageResponse>(api, addOutboundCallOperation, { body: withType }, options)).data;
    },

    /**
     * Cancels a scheduled message (`DELETE /conversations/messages/{messageId}/schedule`). Resolves
     * with `cancelled: false` when the API answered 200 with a failure status inside (nothing to
     * cancel); HTTP errors still throw their typed error.
     */
    async cancelScheduled(messageId: string, options?: CallOptions): Promise<CancelScheduledResult> {
      const { data } = await invokeOperation<Schemas['CancelScheduledResult']>(api, cancelScheduledMessageOperation, { path: { messageId } }, options, {
        shape: hasOutcomeStatus,
      });
      return cancelResult(data);
    },

    /**
     * Cancels a scheduled email by its `emailMessageId`
     * (`DELETE /conversations/messages/email/{emailMessageId}/schedule`). Same result as `cancelScheduled`.
     */
    async cancelScheduledEmail(emailMessageId: string, options?: CallOptions): Promise<CancelScheduledResult> {
      const { data } = await invokeOperation<Schemas['CancelScheduledResult']>(api, cancelScheduledEmailOperation, { path: { emailMessageId } }, options, {
        shape: hasOutcomeStatus,
      });
      return cancelResult(data);
    },

    /**
     * Replaces the attachments of a call message (`PUT /conversations/messages/{messageId}/attachments`)
     * with 1 to 5 URLs. Only custom or external call messages take it (403 otherwise). Resolves with
     * nothing: the API answers no body.
     */
    async updateAttachments(messageId: string, attachments: string[], options?: CallOptions): Promise<void> {
      await invokeOperation<undefined>(api, updateMessageAttachmentsOperation, { path: { messageId }, body: { attachments } }, options);
    },
  };
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
