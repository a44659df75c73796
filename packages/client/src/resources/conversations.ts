import { arrayAt, type ApiContext, type CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components, operations } from '../generated/openapi.js';
import { nextSearchCursor, paginate, type PageIteratorOptions, type Paginated } from '../pagination.js';
import { extraHeaders } from '../request-headers.js';
import {
  assertBoolean,
  assertIntegerInRange,
  assertKnownKeys,
  assertOneOf,
  assertResourceId,
  ownCopy,
  typeName,
} from '../validate.js';

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

/** The API's page size when `limit` is not given. */
const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 100;

/** The `conversations` group on a {@link LeadwayCore}: what `client.conversations` is. */
export function conversationsResource(api: ApiContext) {
  function searchPage(params: SearchConversationsParams, options: CallOptions) {
    const query = checkSearchParams(params);
    const context = requestContext('searchConversations', true, options);
    const headers = extraHeaders(options);
    return api.call<SearchConversationsResponse>(
      context,
      (fetch) =>
        api.http.GET('/conversations/search', {
          params: { query, header: { Version: api.version } },
          headers,
          fetch,
        }),
      { shape: arrayAt('conversations') },
    );
  }

  return {
    /**
     * Searches the conversations of a location (`GET /conversations/search`, scope
     * `conversations.readonly`): one page, newest first by default. For every page, use `searchAll()`.
     * @throws InvalidInputError before sending when a parameter is refused (`locationId` missing,
     *   `limit` outside 1..100, a value outside a documented set, ...).
     */
    async search(params: SearchConversationsParams, options: CallOptions = {}): Promise<SearchConversationsResponse> {
      return (await searchPage(params, options)).data;
    },

    /**
     * Iterates over every conversation matching `params`, page by page (keyset on the sort value:
     * each request sends the last item's `sort` as `startAfterDate`). It ends at a page shorter than
     * `limit` (default 20) or an empty one, and throws `MalformedResponseError` when the API repeats a
     * cursor. `for await (const c of client.conversations.searchAll({ locationId }))`, or `.pages()`.
     * @throws InvalidInputError at once when a parameter or limit is refused.
     */
    searchAll(params: SearchConversationsParams, options: PageIteratorOptions = {}): Paginated<ConversationSearchItem, SearchConversationsResponse> {
      const checked = checkSearchParams(params);
      const limit = checked.limit ?? DEFAULT_SEARCH_LIMIT;
      return paginate(
        {
          operation: 'searchConversations',
          path: '/conversations/search',
          first: checked.startAfterDate,
          fetch: (startAfterDate, callOptions) =>
            searchPage(startAfterDate === undefined ? checked : { ...checked, startAfterDate }, callOptions),
          items: (page) => page.conversations,
          next: (_page, items, fail) => nextSearchCursor(items, limit, fail),
        },
        options,
      );
    },

    /**
     * Gets one conversation (`GET /conversations/{conversationId}`, scope `conversations.readonly`).
     * Its `type` may be a value the docs do not list: see `ConversationChannelType`.
     * @throws InvalidInputError before sending when the id is not a plausible id.
     */
    async get(conversationId: string, options: CallOptions = {}): Promise<Conversation> {
      assertResourceId('conversationId', conversationId);
      const context = requestContext('getConversation', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<Conversation>(context, (fetch) =>
        api.http.GET('/conversations/{conversationId}', {
          params: { path: { conversationId }, header: { Version: api.version } },
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Starts the conversation of a contact (`POST /conversations/`, scope `conversations.write`).
     * Never retried once it may have reached the server. A contact has one conversation: a second
     * create fails with `BadRequestError` ("... already exists!"), whose body has no conversation id.
     * @throws InvalidInputError before sending when `locationId`/`contactId` is missing or not an id.
     */
    async create(body: CreateConversationRequest, options: CallOptions = {}): Promise<CreateConversationResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, ['locationId', 'contactId']);
      assertResourceId('body.locationId', body.locationId);
      assertResourceId('body.contactId', body.contactId);
      const context = requestContext('createConversation', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<CreateConversationResponse>(context, (fetch) =>
        api.http.POST('/conversations/', {
          params: { header: { Version: api.version } },
          body: { locationId: body.locationId, contactId: body.contactId },
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Changes the unread count, the star or the feedback of a conversation
     * (`PUT /conversations/{conversationId}`, scope `conversations.write`) and answers it as it now is.
     * @throws InvalidInputError before sending when the id or a field is refused.
     */
    async update(conversationId: string, body: UpdateConversationRequest, options: CallOptions = {}): Promise<UpdateConversationResponse> {
      assertResourceId('conversationId', conversationId);
      body = checkUpdateBody(body);
      const context = requestContext('updateConversation', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<UpdateConversationResponse>(context, (fetch) =>
        api.http.PUT('/conversations/{conversationId}', {
          params: { path: { conversationId }, header: { Version: api.version } },
          body,
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Deletes a conversation (`DELETE /conversations/{conversationId}`, scope `conversations.write`).
     * @throws InvalidInputError before sending when the id is not a plausible id.
     */
    async delete(conversationId: string, options: CallOptions = {}): Promise<DeleteConversationResponse> {
      assertResourceId('conversationId', conversationId);
      const context = requestContext('deleteConversation', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<DeleteConversationResponse>(context, (fetch) =>
        api.http.DELETE('/conversations/{conversationId}', {
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

const SEARCH_KEYS = [
  'locationId', 'contactId', 'assignedTo', 'followers', 'mentions', 'query', 'sort', 'sortBy', 'startAfterDate', 'id', 'limit',
  'lastMessageType', 'lastMessageAction', 'lastMessageDirection', 'status', 'sortScoreProfile', 'scoreProfile',
  'scoreProfileMin', 'scoreProfileMax', 'startDate', 'endDate',
] as const;

/** The caller's search parameters, checked, as a fresh object of their own properties (see `ownCopy`). */
function checkSearchParams(raw: unknown): SearchConversationsParams {
  const params = ownCopy('params', raw as Record<string, unknown>);
  assertKnownKeys('params', params, SEARCH_KEYS);
  assertResourceId('params.locationId', params.locationId);
  if (params.contactId !== undefined) assertResourceId('params.contactId', params.contactId);
  if (params.id !== undefined) assertResourceId('params.id', params.id);
  if (params.limit !== undefined) assertIntegerInRange('params.limit', params.limit, 1, MAX_SEARCH_LIMIT);
  if (params.sort !== undefined) assertOneOf('params.sort', params.sort, ['asc', 'desc']);
  if (params.sortBy !== undefined) {
    assertOneOf('params.sortBy', params.sortBy, ['last_manual_message_date', 'last_message_date', 'score_profile', 'overdue_at', 'due_at']);
  }
  if (params.status !== undefined) assertOneOf('params.status', params.status, ['all', 'read', 'unread', 'starred', 'recents']);
  if (params.lastMessageAction !== undefined) assertOneOf('params.lastMessageAction', params.lastMessageAction, ['automated', 'manual']);
  if (params.lastMessageDirection !== undefined) assertOneOf('params.lastMessageDirection', params.lastMessageDirection, ['inbound', 'outbound']);
  for (const key of ['startDate', 'endDate'] as const) {
    if (params[key] !== undefined) assertIntegerInRange(`params.${key}`, params[key], 0);
  }
  for (const key of ['assignedTo', 'followers', 'mentions', 'query', 'lastMessageType', 'sortScoreProfile', 'scoreProfile'] as const) {
    if (params[key] !== undefined && typeof params[key] !== 'string') {
      throw new InvalidInputError(`params.${key}`, `expected a string, got ${typeName(params[key])}`);
    }
  }
  for (const key of ['scoreProfileMin', 'scoreProfileMax'] as const) {
    if (params[key] !== undefined && (typeof params[key] !== 'number' || !Number.isFinite(params[key]))) {
      throw new InvalidInputError(`params.${key}`, `expected a number, got ${typeName(params[key])}`);
    }
  }
  const start = params.startAfterDate;
  if (start !== undefined) {
    const ok =
      (typeof start === 'number' && Number.isFinite(start)) ||
      (Array.isArray(start) && start.length > 0 && start.every((v) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string'));
    if (!ok) throw new InvalidInputError('params.startAfterDate', "expected a number or a non-empty array (an item's `sort` value)");
  }
  return params as SearchConversationsParams;
}

function checkUpdateBody(raw: unknown): UpdateConversationRequest {
  const body = ownCopy('body', raw as Record<string, unknown>);
  assertKnownKeys('body', body, ['locationId', 'unreadCount', 'starred', 'feedback']);
  assertResourceId('body.locationId', body.locationId);
  if (body.unreadCount !== undefined) assertIntegerInRange('body.unreadCount', body.unreadCount, 0);
  if (body.starred !== undefined) assertBoolean('body.starred', body.starred);
  const { feedback } = body;
  if (feedback !== undefined && !(typeof feedback === 'object' && feedback !== null && !Array.isArray(feedback))) {
    assertOneOf('body.feedback', feedback, ['positive', 'negative']);
  }
  return body as UpdateConversationRequest;
}
