import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { assertResourceId, ownCopy } from '../validate.js';

/** What `liveChat.typing()` returns. */
export type LiveChatTypingResponse = components['schemas']['LiveChatTypingResponse'];

/** What `liveChat.typing()` sends: who is typing, in which conversation. */
export interface LiveChatTypingInput {
  /** The location (sub-account). */
  locationId: string;
  /** The live-chat conversation. */
  conversationId: string;
  /** The live-chat visitor who sees the indicator. */
  visitorId: string;
  /** Show (true) or hide (false) the indicator. */
  isTyping: boolean;
}

/** The `liveChat` group on a {@link LeadwayCore}: what `client.liveChat` is. */
export function liveChatResource(api: ApiContext) {
  return {
    /**
     * Shows or hides the "agent is typing" indicator (`POST /conversations/providers/live-chat/typing`,
     * scope `conversations/livechat.write`). `isTyping` is sent as a boolean (the vendor documents a
     * string but its example, and the spec, take a boolean). Sending it twice is harmless, so it may
     * be retried.
     */
    async typing(input: LiveChatTypingInput, options: CallOptions = {}): Promise<LiveChatTypingResponse> {
      input = ownCopy('input', input);
      assertResourceId('locationId', input.locationId);
      assertResourceId('conversationId', input.conversationId);
      assertResourceId('visitorId', input.visitorId);
      if (typeof input.isTyping !== 'boolean') throw new InvalidInputError('isTyping', 'must be true or false');
      const { locationId, conversationId, visitorId, isTyping } = input;
      const context = requestContext('sendLiveChatTyping', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<LiveChatTypingResponse>(context, (fetch) =>
        api.http.POST('/conversations/providers/live-chat/typing', {
          params: { header: { Version: api.version } },
          body: { locationId, conversationId, visitorId, isTyping },
          headers,
          fetch,
        }),
      );
      return data;
    },
  };
}

export type LiveChatResource = ReturnType<typeof liveChatResource>;
