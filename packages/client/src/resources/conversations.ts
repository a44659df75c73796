import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { assertResourceId } from '../validate.js';

/** A conversation thread, as the spec describes it. */
export type Conversation = components['schemas']['Conversation'];

export function conversationsResource(api: ApiContext) {
  return {
    /**
     * Gets one conversation (`GET /conversations/{conversationId}`, scope `conversations.readonly`).
     * Its `type` may be a value the docs do not list: see `ConversationChannelType`.
     * @throws InvalidInputError before sending when the id is not a plausible id.
     */
    async get(conversationId: string, options: CallOptions = {}): Promise<Conversation> {
      assertResourceId('conversationId', conversationId);
      const context = requestContext('getConversation', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<Conversation>(
        context,
        (fetch) =>
          api.http.GET('/conversations/{conversationId}', {
            params: { path: { conversationId }, header: { Version: api.version } },
            headers,
            fetch,
          }),
      );
      return data;
    },
  };
}

export type ConversationsResource = ReturnType<typeof conversationsResource>;
