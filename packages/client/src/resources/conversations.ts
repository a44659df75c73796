import type { ApiContext } from '../call.js';
import type { components, operations } from '../generated/openapi.js';
import { conversationsGroup } from '../generated/groups.js';
import { searchConversationsOperation } from '../generated/operations.js';
import { withCursorCheck } from '../operations/cursor-check.js';
import { checkOperationInput, invokeOperation } from '../operations/invoke-operation.js';
import { nextSearchCursor, paginate, type PageIteratorOptions, type Paginated } from '../pagination.js';

/** A conversation thread, as the spec describes it. */
export type Conversation = components['schemas']['Conversation'];
/** One conversation of a search result (many fields may be null or absent: see the spec). */
export type ConversationSearchItem = components['schemas']['ConversationSearchItem'];
/** A page of search results. */
export type SearchConversationsResponse = components['schemas']['SearchConversationsResponse'];
/** Filters, sort and page of `conversations.search()`; `locationId` is required. */
export type SearchConversationsParams = operations['searchConversations']['parameters']['query'];
/** Body of `conversations.create()`. */
export type CreateConversationRequest = components['schemas']['CreateConversationRequest'];
/** What `conversations.create()` returns. */
export type CreateConversationResponse = components['schemas']['CreateConversationResponse'];
/** Body of `conversations.update()`. */
export type UpdateConversationRequest = components['schemas']['UpdateConversationRequest'];
/** What `conversations.update()` returns. */
export type UpdateConversationResponse = components['schemas']['UpdateConversationResponse'];
/** What `conversations.delete()` returns. */
export type DeleteConversationResponse = components['schemas']['SuccessResponse'];

/**
 * The `conversations` group on a {@link LeadwayCore}: what `client.conversations` is. Its operations
 * are generated from the spec; `searchAll` is the hand-written iterator over `search`.
 */
export function conversationsResource(api: ApiContext) {
  return {
    ...conversationsGroup(api),

    /**
     * Iterates over every conversation matching `params`, page by page (keyset on the sort value:
     * each request sends the last item's `sort` as `startAfterDate`). It ends at a page shorter than
     * `limit` (default 20) or an empty one, and throws `MalformedResponseError` when the API repeats a
     * cursor. `for await (const c of client.conversations.searchAll({ locationId }))`, or `.pages()`.
     * @throws InvalidInputError at once when a parameter or limit is refused.
     */
    searchAll(params: SearchConversationsParams, options: PageIteratorOptions = {}): Paginated<ConversationSearchItem, SearchConversationsResponse> {
      const operation = searchConversationsOperation;
      checkOperationInput(operation, { query: params });
      const limit = params.limit ?? operation.pagination!.defaultLimit!;
      return paginate(
        {
          operation: operation.id,
          path: operation.path,
          first: params.startAfterDate,
          fetch: (startAfterDate, callOptions) =>
            invokeOperation<SearchConversationsResponse>(api, operation, { query: startAfterDate === undefined ? params : { ...params, startAfterDate } }, callOptions),
          items: (page) => page.conversations,
          next: withCursorCheck(operation, (_page, items, fail) => nextSearchCursor(items, limit, fail)),
        },
        options,
      );
    },
  };
}

export type ConversationsResource = ReturnType<typeof conversationsResource>;
