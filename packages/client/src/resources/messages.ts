import { arrayAt, isJsonObject, type ApiContext, type CallOptions, type WithResponse } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components, operations } from '../generated/openapi.js';
import { nextExportCursor, nextMessagesCursor, paginate, type PageIteratorOptions, type Paginated } from '../pagination.js';
import { extraHeaders } from '../request-headers.js';
import { assertIntegerInRange, assertKnownKeys, assertOneOf, assertResourceId, isResourceId, ownCopy, typeName } from '../validate.js';

/** One message (list items, get-by-id and export share the shape). */
export type Message = components['schemas']['Message'];
/** One page of a conversation's messages, newest first, whichever envelope the API used. */
export type MessagesPage = components['schemas']['MessagesPage'] & {
  /** The API's trace id of the answer, when it sent one. */
  traceId?: string;
};
/** One email with its full body. */
export type EmailMessage = components['schemas']['EmailMessage'];
/** A page of the location-wide export. */
export type ExportMessagesResponse = components['schemas']['ExportMessagesResponse'];
/** Page and filters of `messages.list()`. */
export type ListMessagesParams = NonNullable<operations['getMessages']['parameters']['query']>;
/** Filters, sort and page of `messages.export()`; `locationId` is required. */
export type ExportMessagesParams = operations['exportMessages']['parameters']['query'];

type GetMessagesResponse = components['schemas']['GetMessagesResponse'];
type GetMessageResponse = components['schemas']['GetMessageResponse'];

/** The reading half of `client.messages` (list, get, getEmail, export, iterators) on a {@link LeadwayCore}. */
export function messagesResource(api: ApiContext) {
  async function listPage(conversationId: string, params: ListMessagesParams, options: CallOptions): Promise<WithResponse<MessagesPage>> {
    assertResourceId('conversationId', conversationId);
    const query = checkListParams(params);
    const context = requestContext('getMessages', true, options);
    const headers = extraHeaders(options);
    const { data, response } = await api.call<GetMessagesResponse>(
      context,
      (fetch) =>
        api.http.GET('/conversations/{conversationId}/messages', {
          params: { path: { conversationId }, query, header: { Version: api.version } },
          // The spec declares `type` as a comma-separated list (form, explode false).
          querySerializer: { array: { style: 'form', explode: false } },
          headers,
          fetch,
        }),
      { shape: (body) => (messagesPageOf(body) ? undefined : "the body has no 'messages' array of objects, nested or flat") },
    );
    return { data: messagesPageOf(data)!, response };
  }

  async function exportPage(params: ExportMessagesParams, options: CallOptions): Promise<WithResponse<ExportMessagesResponse>> {
    const query = checkExportParams(params);
    const context = requestContext('exportMessages', true, options);
    const headers = extraHeaders(options);
    return api.call<ExportMessagesResponse>(
      context,
      (fetch) =>
        api.http.GET('/conversations/messages/export', {
          params: { query, header: { Version: api.version } },
          headers,
          fetch,
        }),
      { shape: arrayAt('messages') },
    );
  }

  return {
    /**
     * One page of a conversation's messages, newest first (`GET /conversations/{conversationId}/messages`,
     * scope `conversations/message.readonly`). The API nests the page under `messages` (observed) or
     * not (documented); either way this returns `{ messages, nextPage, lastMessageId }`. Email bodies
     * are left out of lists: use `getEmail()`. For every page, use `listAll()`.
     * @throws InvalidInputError before sending when the id or a parameter is refused.
     */
    async list(conversationId: string, params: ListMessagesParams = {}, options: CallOptions = {}): Promise<MessagesPage> {
      return (await listPage(conversationId, params, options)).data;
    },

    /**
     * Iterates over every message of a conversation, newest first, page by page (`lastMessageId`
     * while `nextPage` is true). Throws `MalformedResponseError` when the API repeats a cursor.
     * @throws InvalidInputError at once when the id, a parameter or a limit is refused.
     */
    listAll(conversationId: string, params: ListMessagesParams = {}, options: PageIteratorOptions = {}): Paginated<Message, MessagesPage> {
      assertResourceId('conversationId', conversationId);
      const checked = checkListParams(params);
      return paginate(
        {
          operation: 'getMessages',
          path: `/conversations/${encodeURIComponent(conversationId)}/messages`,
          first: checked.lastMessageId,
          fetch: (lastMessageId, callOptions) =>
            listPage(conversationId, lastMessageId === undefined ? checked : { ...checked, lastMessageId }, callOptions),
          items: (page) => page.messages,
          next: (page, items, fail) => {
            const cursor = nextMessagesCursor(page, items);
            // The cursor goes back into the query: one that is not an id ends the walk as a bad answer.
            if (cursor !== undefined && !isResourceId(cursor)) fail('the API answered a lastMessageId that is not an id, which cannot be sent back');
            return cursor;
          },
        },
        options,
      );
    },

    /**
     * Gets one message (`GET /conversations/messages/{id}`, scope `conversations/message.readonly`).
     * The API wraps it as `{ message, traceId }` (observed) or not (documented); this returns the
     * message either way. For emails use `getEmail()` (the API refuses an email send's id with 400).
     * @throws InvalidInputError before sending when the id is not a plausible id.
     */
    async get(messageId: string, options: CallOptions = {}): Promise<Message> {
      assertResourceId('messageId', messageId);
      const context = requestContext('getMessage', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<GetMessageResponse>(
        context,
        (fetch) =>
          api.http.GET('/conversations/messages/{id}', {
            params: { path: { id: messageId }, header: { Version: api.version } },
            headers,
            fetch,
          }),
        { shape: (body) => (messageOf(body) ? undefined : 'the body holds no message (no id, wrapped or not)') },
      );
      return messageOf(data)!;
    },

    /**
     * Gets one email with its full body (`GET /conversations/messages/email/{id}`). The id is an
     * email message id (`meta.email.messageIds` of a message, or a send's `emailMessageId`).
     * @throws InvalidInputError before sending when the id is not a plausible id.
     */
    async getEmail(emailMessageId: string, options: CallOptions = {}): Promise<EmailMessage> {
      assertResourceId('emailMessageId', emailMessageId);
      const context = requestContext('getEmailMessage', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<EmailMessage>(context, (fetch) =>
        api.http.GET('/conversations/messages/email/{id}', {
          params: { path: { id: emailMessageId }, header: { Version: api.version } },
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * One page of the location-wide message export (`GET /conversations/messages/export`, scope
     * `conversations/message.readonly`). Without `channel`, every non-email kind comes back. For
     * every page, use `exportAll()`.
     * @throws InvalidInputError before sending when a parameter is refused (`limit` outside 10..500, ...).
     */
    async export(params: ExportMessagesParams, options: CallOptions = {}): Promise<ExportMessagesResponse> {
      return (await exportPage(params, options)).data;
    },

    /**
     * Iterates over every exported message, page by page (`cursor` = the previous `nextCursor`,
     * until it is null). Throws `MalformedResponseError` when the API repeats a cursor.
     * @throws InvalidInputError at once when a parameter or limit is refused.
     */
    exportAll(params: ExportMessagesParams, options: PageIteratorOptions = {}): Paginated<Message, ExportMessagesResponse> {
      const checked = checkExportParams(params);
      return paginate(
        {
          operation: 'exportMessages',
          path: '/conversations/messages/export',
          first: checked.cursor,
          fetch: (cursor, callOptions) => exportPage(cursor === undefined ? checked : { ...checked, cursor }, callOptions),
          items: (page) => page.messages,
          next: (page) => nextExportCursor(page),
        },
        options,
      );
    },
  };
}

export type MessagesResource = ReturnType<typeof messagesResource>;

/** The page inside either envelope: observed `{ messages: { messages: [...] } }` or documented `{ messages: [...] }`. */
function messagesPageOf(body: unknown): MessagesPage | undefined {
  if (!isJsonObject(body)) return undefined;
  const outer = body;
  if (isListOfObjects(outer.messages)) return outer as unknown as MessagesPage;
  const inner = outer.messages;
  if (isJsonObject(inner) && isListOfObjects(inner.messages)) {
    const page = inner as MessagesPage;
    return typeof outer.traceId === 'string' ? { ...page, traceId: outer.traceId } : page;
  }
  return undefined;
}

function isListOfObjects(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every(isJsonObject);
}

/** The message inside either form: observed `{ message: {...} }` or documented top level. */
function messageOf(body: unknown): Message | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const outer = body as Record<string, unknown>;
  const inner = outer.message;
  if (typeof inner === 'object' && inner !== null && typeof (inner as Record<string, unknown>).id === 'string') return inner as Message;
  return typeof outer.id === 'string' ? (outer as unknown as Message) : undefined;
}

/** The caller's list parameters, checked, as a fresh object of their own properties (see `ownCopy`). */
function checkListParams(raw: unknown): ListMessagesParams {
  const params = ownCopy('params', raw as Record<string, unknown>);
  assertKnownKeys('params', params, ['lastMessageId', 'limit', 'type']);
  if (params.lastMessageId !== undefined) assertResourceId('params.lastMessageId', params.lastMessageId);
  if (params.limit !== undefined) assertIntegerInRange('params.limit', params.limit, 1);
  if (params.type !== undefined) {
    const { type } = params;
    if (!Array.isArray(type) || type.length === 0 || !type.every((t) => typeof t === 'string' && /^[A-Z_]+$/.test(t))) {
      throw new InvalidInputError('params.type', `expected a non-empty array of TYPE_* strings, got ${typeName(type)}`);
    }
  }
  return params as ListMessagesParams;
}

const EXPORT_KEYS = ['locationId', 'limit', 'cursor', 'sortBy', 'sortOrder', 'conversationId', 'contactId', 'channel', 'startDate', 'endDate'] as const;

/** The caller's export parameters, checked, as a fresh object of their own properties (see `ownCopy`). */
function checkExportParams(raw: unknown): ExportMessagesParams {
  const params = ownCopy('params', raw as Record<string, unknown>);
  assertKnownKeys('params', params, EXPORT_KEYS);
  assertResourceId('params.locationId', params.locationId);
  if (params.limit !== undefined) assertIntegerInRange('params.limit', params.limit, 10, 500);
  if (params.cursor !== undefined && (typeof params.cursor !== 'string' || params.cursor.length === 0)) {
    throw new InvalidInputError('params.cursor', 'expected the non-empty nextCursor of a previous page');
  }
  if (params.sortBy !== undefined) assertOneOf('params.sortBy', params.sortBy, ['createdAt', 'updatedAt']);
  if (params.sortOrder !== undefined) assertOneOf('params.sortOrder', params.sortOrder, ['asc', 'desc']);
  if (params.channel !== undefined) assertOneOf('params.channel', params.channel, ['Call', 'SMS', 'Email', 'WhatsApp', 'Instagram', 'Facebook']);
  if (params.conversationId !== undefined) assertResourceId('params.conversationId', params.conversationId);
  if (params.contactId !== undefined) assertResourceId('params.contactId', params.contactId);
  for (const key of ['startDate', 'endDate'] as const) {
    const value = params[key];
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
      throw new InvalidInputError(`params.${key}`, 'expected an ISO 8601 date string');
    }
  }
  return params as ExportMessagesParams;
}
