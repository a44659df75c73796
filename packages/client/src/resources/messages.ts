import { isJsonObject, type ApiContext, type CallOptions, type WithResponse } from '../call.js';
import { messagesGroup } from '../generated/groups.js';
import type { components, operations } from '../generated/openapi.js';
import { exportMessagesOperation, getMessageOperation, getMessagesOperation } from '../generated/operations.js';
import { withCursorCheck } from '../operations/cursor-check.js';
import { checkOperationInput, invokeOperation } from '../operations/invoke-operation.js';
import { nextExportCursor, nextMessagesCursor, paginate, type PageIteratorOptions, type Paginated } from '../pagination.js';
import { messageWritingMethods } from './message-sending.js';

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

/**
 * The `messages` group on a {@link LeadwayCore}: what `client.messages` is. Its operations are
 * generated from the spec; written here by hand are the iterators and the observed envelopes of
 * `list` and `get` (the spec's `x-leadway-hand-written` says why for each).
 */
export function messagesResource(api: ApiContext) {
  function listPage(conversationId: string, params: ListMessagesParams | undefined, options: CallOptions | undefined): Promise<WithResponse<MessagesPage>> {
    return invokeOperation<unknown>(api, getMessagesOperation, { path: { conversationId }, query: params ?? {} }, options, {
      shape: (body) => (messagesPageOf(body) ? undefined : "the body has no 'messages' array of objects, nested or flat"),
    }).then(({ data, response }) => ({ data: messagesPageOf(data)!, response }));
  }

  return {
    ...messagesGroup(api),
    ...messageWritingMethods(api),

    /**
     * One page of a conversation's messages, newest first (`GET /conversations/{conversationId}/messages`,
     * scope `conversations/message.readonly`), whichever envelope the API used (nested, observed, or
     * flat, documented). For every page, use `listAll()`.
     * @throws InvalidInputError before sending when the id or a parameter is refused.
     */
    async list(conversationId: string, params?: ListMessagesParams, options?: CallOptions): Promise<MessagesPage> {
      return (await listPage(conversationId, params, options)).data;
    },

    /**
     * Iterates over every message of a conversation, newest first (`lastMessageId` while `nextPage`).
     * Throws `MalformedResponseError` when the API repeats a cursor.
     * @throws InvalidInputError at once when the id, a parameter or a limit is refused.
     */
    listAll(conversationId: string, params: ListMessagesParams = {}, options: PageIteratorOptions = {}): Paginated<Message, MessagesPage> {
      checkOperationInput(getMessagesOperation, { path: { conversationId }, query: params });
      return paginate(
        {
          operation: getMessagesOperation.id,
          path: `/conversations/${encodeURIComponent(conversationId)}/messages`,
          first: params.lastMessageId,
          fetch: (lastMessageId, callOptions) =>
            listPage(conversationId, lastMessageId === undefined ? params : { ...params, lastMessageId }, callOptions),
          items: (page) => page.messages,
          next: withCursorCheck(getMessagesOperation, (page, items) => nextMessagesCursor(page, items)),
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
    async get(messageId: string, options?: CallOptions): Promise<Message> {
      const { data } = await invokeOperation<unknown>(api, getMessageOperation, { path: { id: messageId } }, options, {
        shape: (body) => (messageOf(body) ? undefined : 'the body holds no message (no id, wrapped or not)'),
      });
      return messageOf(data)!;
    },

    /**
     * Iterates over every exported message, page by page (`cursor` = the previous `nextCursor`,
     * until it is null). Throws `MalformedResponseError` when the API repeats a cursor.
     * @throws InvalidInputError at once when a parameter or limit is refused.
     */
    exportAll(params: ExportMessagesParams, options: PageIteratorOptions = {}): Paginated<Message, ExportMessagesResponse> {
      checkOperationInput(exportMessagesOperation, { query: params });
      return paginate(
        {
          operation: exportMessagesOperation.id,
          path: exportMessagesOperation.path,
          first: params.cursor,
          fetch: (cursor, callOptions) =>
            invokeOperation<ExportMessagesResponse>(api, exportMessagesOperation, { query: cursor === undefined ? params : { ...params, cursor } }, callOptions),
          items: (page) => page.messages,
          next: withCursorCheck(exportMessagesOperation, (page) => nextExportCursor(page)),
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
  if (isListOfObjects(body.messages)) return body as unknown as MessagesPage;
  const inner = body.messages;
  if (isJsonObject(inner) && isListOfObjects(inner.messages)) {
    const page = inner as MessagesPage;
    return typeof body.traceId === 'string' ? { ...page, traceId: body.traceId } : page;
  }
  return undefined;
}

function isListOfObjects(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every(isJsonObject);
}

/** The message inside either form: observed `{ message: {...} }` or documented top level. */
function messageOf(body: unknown): Message | undefined {
  if (!isJsonObject(body)) return undefined;
  const inner = body.message;
  if (isJsonObject(inner) && typeof inner.id === 'string') return inner as Message;
  return typeof body.id === 'string' ? (body as unknown as Message) : undefined;
}
