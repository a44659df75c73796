// Type tests of what a call hands back: open enums, closed response objects (a misspelled field does
// not compile), error narrowing by class and by `kind`, the paginators, the webhook event union and
// the token endpoint forms.
import { describe, expectTypeOf, it } from 'vitest';
import type { AccessTokenForm, LocationTokenForm } from '../../src/auth/token-endpoint.js';
import {
  AbortedError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  type Conversation,
  ConversationChannelType,
  type ConversationSearchItem,
  createLeadwayClient,
  type ExportMessagesResponse,
  InvalidInputError,
  LeadwayError,
  type LeadwayErrorKind,
  MalformedResponseError,
  type Message,
  MessageStatus,
  type MessagesPage,
  NotFoundError,
  type Paginated,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  type SearchConversationsResponse,
  ServerError,
  TimeoutError,
  TokenRefreshError,
  UnprocessableEntityError,
} from '../../src/index.js';
import type { KnownWebhookEvent, WebhookEvent, WebhookEventName, WebhookPayload } from '../../src/webhooks/index.js';

const client = createLeadwayClient({ token: 't' });

describe('open enums', () => {
  it('accept every documented value by name, and any other value the API may add', () => {
    expectTypeOf(ConversationChannelType.Email).toEqualTypeOf<2>();
    expectTypeOf<2>().toExtend<Conversation['type']>();
    expectTypeOf<99>().toExtend<Conversation['type']>();
    expectTypeOf(MessageStatus.Delivered).toExtend<NonNullable<Message['status']>>();
    expectTypeOf<'a-status-added-later'>().toExtend<NonNullable<Message['status']>>();
  });

  it('keep the documented literals visible (not widened to plain string or number)', () => {
    expectTypeOf<Conversation['type']>().not.toEqualTypeOf<number | string>();
    expectTypeOf<'delivered'>().toExtend<NonNullable<Message['status']>>();
  });
});

describe('response objects', () => {
  it('type the documented fields', () => {
    expectTypeOf<Conversation['id']>().toEqualTypeOf<string>();
    expectTypeOf<ConversationSearchItem['fullName']>().toEqualTypeOf<string | null | undefined>();
  });

  it('refuse a misspelled field', async () => {
    const conversation = await client.conversations.get('c1');
    // @ts-expect-error `fulName` is not a field of a conversation (the API's undocumented extras are tolerated at run time, not typed)
    void conversation.fulName;
    const page = await client.conversations.search({ locationId: 'l1' });
    // @ts-expect-error `fulName` is misspelled: `fullName`
    void page.conversations[0]?.fulName;
    expectTypeOf(page.conversations[0]!.fullName).toEqualTypeOf<string | null | undefined>();
  });
});

describe('errors', () => {
  it('narrow by class to the fields of that class', () => {
    const error: unknown = undefined;
    if (error instanceof RateLimitError) {
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.kind).toEqualTypeOf<'rate_limited'>();
    }
    if (error instanceof ApiError)
      expectTypeOf(error.body).toEqualTypeOf<{ statusCode: number; message: string | string[]; error?: string; traceId?: string } | undefined>();
    if (error instanceof RedirectError) expectTypeOf(error.reason).toEqualTypeOf<'method' | 'too_many' | 'opaque' | 'invalid_location' | 'followed_by_fetch'>();
    if (error instanceof TokenRefreshError) expectTypeOf(error.final).toEqualTypeOf<boolean>();
    if (LeadwayError.isLeadwayError(error)) expectTypeOf(error.kind).toEqualTypeOf<LeadwayErrorKind>();
  });

  it('each class has its own literal kind, and together they are every LeadwayErrorKind', () => {
    type Kinds = {
      [K in keyof typeof classes]: InstanceType<(typeof classes)[K]>['kind'];
    };
    const classes = {
      InvalidInputError,
      BadRequestError,
      AuthenticationError,
      PermissionDeniedError,
      NotFoundError,
      UnprocessableEntityError,
      RateLimitError,
      ServerError,
      ConnectionError,
      TimeoutError,
      AbortedError,
      MalformedResponseError,
      ResponseTooLargeError,
      RedirectError,
      TokenRefreshError,
    };
    expectTypeOf<Kinds>().toEqualTypeOf<{
      InvalidInputError: 'invalid_input';
      BadRequestError: 'bad_request';
      AuthenticationError: 'authentication';
      PermissionDeniedError: 'permission_denied';
      NotFoundError: 'not_found';
      UnprocessableEntityError: 'unprocessable_entity';
      RateLimitError: 'rate_limited';
      ServerError: 'server';
      ConnectionError: 'connection';
      TimeoutError: 'timeout';
      AbortedError: 'aborted';
      MalformedResponseError: 'malformed_response';
      ResponseTooLargeError: 'response_too_large';
      RedirectError: 'redirect';
      TokenRefreshError: 'token_refresh';
    }>();
    // ApiError's own kind is 'http'; with the kinds above that is every kind there is.
    expectTypeOf<Kinds[keyof Kinds] | 'http'>().toEqualTypeOf<LeadwayErrorKind>();
  });

  it('a switch on kind reaches every kind, and a misspelled kind does not compile', () => {
    const describe = (error: LeadwayError): string => {
      switch (error.kind) {
        case 'invalid_input':
        case 'bad_request':
        case 'authentication':
        case 'permission_denied':
        case 'not_found':
        case 'unprocessable_entity':
        case 'rate_limited':
        case 'server':
        case 'http':
        case 'connection':
        case 'timeout':
        case 'aborted':
        case 'malformed_response':
        case 'response_too_large':
        case 'redirect':
        case 'token_refresh':
          return error.kind;
        default:
          expectTypeOf(error.kind).toBeNever();
          return error.kind;
      }
    };
    void describe;
    // @ts-expect-error 'rate_limit' is not a kind ('rate_limited' is)
    void ((error: LeadwayError) => error.kind === 'rate_limit');
  });

  it('errors that came back from the network say how many attempts were made', () => {
    expectTypeOf<ApiError['attempts']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ConnectionError['attempts']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TimeoutError['attempts']>().toEqualTypeOf<number | undefined>();
  });
});

describe('paginators', () => {
  it('yield items, and pages from pages()', () => {
    const search = client.conversations.searchAll({ locationId: 'l1' });
    expectTypeOf(search).toEqualTypeOf<Paginated<ConversationSearchItem, SearchConversationsResponse>>();
    expectTypeOf(search).toExtend<AsyncIterable<ConversationSearchItem>>();
    expectTypeOf(search.pages()).toEqualTypeOf<AsyncIterable<SearchConversationsResponse>>();
    // The page is read out of the observed envelope (x-leadway-envelope), keeping its traceId.
    expectTypeOf(client.messages.listAll('c1')).toExtend<AsyncIterable<Message>>();
    expectTypeOf(client.messages.listAll('c1').pages()).toExtend<AsyncIterable<MessagesPage & { traceId?: string }>>();
    expectTypeOf(client.messages.exportAll({ locationId: 'l1', channel: 'Email' })).toEqualTypeOf<Paginated<Message, ExportMessagesResponse>>();
  });

  it('take the list parameters and the page limits, and refuse unknown options', () => {
    expectTypeOf(client.conversations.searchAll).parameter(1).toExtend<{ maxItems?: number; maxPages?: number } | undefined>();
    // @ts-expect-error maxItem is misspelled (maxItems)
    void (() => client.conversations.searchAll({ locationId: 'l1' }, { maxItem: 5 }));
  });
});

describe('webhook events', () => {
  it('narrow to the payload of the event named by type', () => {
    const event = undefined as unknown as WebhookEvent;
    if (event.type === 'ConversationUnreadUpdate') {
      expectTypeOf(event.payload).toEqualTypeOf<WebhookPayload<'ConversationUnreadUpdate'>>();
      expectTypeOf(event.payload.unreadCount).toEqualTypeOf<number | undefined>();
    } else if (event.type === 'unknown') {
      expectTypeOf(event.eventType).toEqualTypeOf<string | undefined>();
      expectTypeOf(event.payload).toEqualTypeOf<Readonly<Record<string, unknown>>>();
    }
    expectTypeOf(event.signedWith).toEqualTypeOf<'x-ghl-signature' | 'x-wh-signature'>();
  });

  it('list exactly the events of the spec, plus unknown', () => {
    expectTypeOf<WebhookEventName>().toEqualTypeOf<
      'InboundMessage' | 'OutboundMessage' | 'ConversationUnreadUpdate' | 'ProviderOutboundMessage' | 'LCEmailStats'
    >();
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<WebhookEventName | 'unknown'>();
    expectTypeOf<KnownWebhookEvent['type']>().toEqualTypeOf<WebhookEventName>();
  });

  it('refuse a misspelled payload field', () => {
    const payload = undefined as unknown as WebhookPayload<'ConversationUnreadUpdate'>;
    // @ts-expect-error unreadCont is misspelled (unreadCount)
    void payload.unreadCont;
  });
});

describe('token endpoint forms', () => {
  it('are the spec request bodies: a misspelled or missing required field does not compile', () => {
    const refresh: AccessTokenForm = { client_id: 'a', client_secret: 'b', grant_type: 'refresh_token', refresh_token: 'r', user_type: 'Location' };
    const location: LocationTokenForm = { companyId: 'c', locationId: 'l' };
    void [refresh, location];
    // @ts-expect-error refresh_tokn is misspelled (refresh_token)
    void ({ client_id: 'a', client_secret: 'b', grant_type: 'refresh_token', refresh_tokn: 'r' } satisfies AccessTokenForm);
    // @ts-expect-error locationId is required
    void ({ companyId: 'c' } satisfies LocationTokenForm);
  });
});
