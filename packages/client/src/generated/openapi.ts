/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

export interface paths {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token
         * @description Trades an authorization code or the current refresh token for an access token and a new refresh
         *     token. The body is form-encoded. Refresh tokens are single-use and rotate on every refresh: the
         *     refresh token sent is spent once this succeeds, so store the returned one before using the new
         *     access token. No bearer token is sent; the app authenticates with `client_id` and
         *     `client_secret`. The `Version` header is not documented for this operation.
         */
        post: operations["getAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/locationToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a location access token from an agency token
         * @description Mints an access token for one location (sub-account) from an agency (Company) access token
         *     sent as the bearer token. The body is form-encoded. Needs the scope `oauth.write` and
         *     `Version: 2021-07-28`. The minted token expires after `expires_in` seconds; mint a new one then.
         *     Observed (third-party, unverified): under `Version: v3` the path is `/oauth/location-token`.
         */
        post: operations["getLocationAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version. Leadway documents `2021-07-28` (the client's default); the vendor's Conversations spec
                 *     documents `2021-04-15`. The live API accepts both. A request without this header is refused with
                 *     401 "version header was not found.".
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Conversation ID as string.
                 * @example tDtDnQdgm2LXpyiqYvZ6
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get conversation
         * @description Get the conversation details based on the conversation ID.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    InboundMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound message
         * @description A contact sent a message to the location (call, voicemail, SMS, GMB, FB, IG, e-mail, live chat).
         *     Sent to the app's webhook URL, signed with `x-ghl-signature`.
         */
        post: operations["webhookInboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    OutboundMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outbound message
         * @description A user, a workflow or the API sent a message to a contact (same channels as InboundMessage).
         *     Sent to the app's webhook URL, signed with `x-ghl-signature`.
         */
        post: operations["webhookOutboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationUnreadUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation unread update
         * @description A conversation's unread status changed. Sent to the app's webhook URL, signed with
         *     `x-ghl-signature`.
         */
        post: operations["webhookConversationUnreadUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ProviderOutboundMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provider outbound message
         * @description A user sent a message while a custom conversation provider is the default channel; the
         *     provider delivers it. Sent to the provider's Delivery URL. Observed: unsigned (vendor issue #224).
         */
        post: operations["webhookProviderOutboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * OAuthGrantType
         * @description How `POST /oauth/token` is asked for a token.
         * @enum {string}
         */
        OAuthGrantType: "authorization_code" | "refresh_token" | "client_credentials";
        /**
         * OAuthUserType
         * @description Whom a token acts for: `Location` (a sub-account) or `Company` (an agency). An open enum: the
         *     vendor documents these two; any other string is accepted so a new kind does not break parsing.
         */
        OAuthUserType: "Company" | "Location" | (string & {});
        /**
         * OAuthTokenRequest
         * @description Form fields of `POST /oauth/token` (sent as `application/x-www-form-urlencoded`). With
         *     `grant_type=refresh_token` the app trades its refresh token for a new access token and a new
         *     refresh token: refresh tokens are single-use and rotate on every refresh, so the returned one must
         *     be stored before the old one is forgotten. With `authorization_code` it trades the code from the
         *     consent page. `client_secret`, `code` and `refresh_token` are secrets.
         * @example {
         *       "client_id": "64f0c2a1b2c3d4e5f6a7b8c9-lmn0pq1r",
         *       "client_secret": "00000000-0000-4000-8000-000000000000",
         *       "grant_type": "refresh_token",
         *       "refresh_token": "example-refresh-token",
         *       "user_type": "Location"
         *     }
         */
        OAuthTokenRequest: {
            /** @description The marketplace app's client id. */
            client_id: string;
            /** @description The marketplace app's client secret. Never logged. */
            client_secret: string;
            grant_type: components["schemas"]["OAuthGrantType"];
            /** @description The authorization code from the consent redirect (with `grant_type=authorization_code`). */
            code?: string;
            /** @description The current refresh token (with `grant_type=refresh_token`). Single-use. */
            refresh_token?: string;
            user_type?: components["schemas"]["OAuthUserType"];
            /** @description The redirect URI registered for the app (with `grant_type=authorization_code`). */
            redirect_uri?: string;
        };
        /**
         * OAuthTokenResponse
         * @description Answer of `POST /oauth/token`. The access token lasts `expires_in` seconds (documented 86399,
         *     about a day); the refresh token lasts a year but is single-use: every refresh returns a new one
         *     and the old one stops working. The vendor marks only `userId` as required; the client treats an
         *     answer without `access_token` or `expires_in` as malformed (unverified whether the live API ever
         *     omits them). Extra properties are allowed.
         */
        OAuthTokenResponse: {
            /** @description The bearer token for API calls. A secret. */
            access_token?: string;
            /** @description Always `Bearer` in the docs. */
            token_type?: string;
            /** @description Lifetime of the access token, in seconds. */
            expires_in?: number;
            /** @description The new refresh token; the one sent is now spent. A secret. */
            refresh_token?: string;
            /** @description The granted scopes, space-separated. */
            scope?: string;
            userType?: components["schemas"]["OAuthUserType"];
            /** @description The location the token acts for (location tokens). */
            locationId?: string;
            /** @description The agency (company) of the installation. */
            companyId?: string;
            /** @description Locations the agency approved for the app (agency tokens). */
            approvedLocations?: string[];
            /** @description The user who installed the app. */
            userId: string;
            /** @description The app's plan the installation is on, when the app has plans. */
            planId?: string;
            /** @description True when an agency installed the app for many locations at once. */
            isBulkInstallation?: boolean;
            /** @description True when the app is installed on locations created later too. */
            installToFutureLocations?: boolean;
            /** @description True when every location of the agency was approved. */
            approveAllLocations?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * TraceId
         * @description Request id that the API adds to JSON bodies (documented in the vendor's overview, observed on
         *     search, messages, send and export answers). Quote it when reporting a problem.
         * @example 4f9c2f1e-7d2b-4a59-9b1e-3c2f8d7a6b10
         */
        TraceId: string;
        /**
         * ApiError
         * @description Error body of the API (a NestJS-style gateway). `message` is a string, or an array of strings for
         *     validation failures (422). `error` is the status text and is often missing (observed on 401).
         *     `traceId` is the request id. Extra properties are allowed.
         */
        ApiError: {
            /** @description The HTTP status, repeated in the body. */
            statusCode: number;
            /** @description What went wrong; an array of validator messages on 422. */
            message: string | string[];
            /** @description The status text (`Unauthorized`, `Unprocessable Entity`, ...). Often absent. */
            error?: string;
            traceId?: components["schemas"]["TraceId"];
        } & {
            [key: string]: unknown;
        };
        /**
         * OAuthProtocolError
         * @description The OAuth 2.0 (RFC 6749 section 5.2) error shape. Unverified for this API: described so that a
         *     server answering this way is still understood.
         */
        OAuthProtocolError: {
            /** @description The OAuth error code, e.g. `invalid_grant` (spent, expired or revoked refresh token) or `invalid_client`. */
            error: string;
            /** @description Human-readable detail. */
            error_description?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * OAuthError
         * @description Error body of the OAuth endpoints. The vendor documents the gateway's usual shape
         *     (`{ statusCode, message, error? }`, see ApiError), with 422 carrying a list of validator messages.
         *     Unverified: whether a spent or revoked refresh token is answered in that shape or in the OAuth 2.0
         *     (RFC 6749) shape `{ error: "invalid_grant", error_description }`; both are accepted, and the client
         *     reads either.
         */
        OAuthError: components["schemas"]["ApiError"] | components["schemas"]["OAuthProtocolError"];
        /**
         * OAuthLocationTokenRequest
         * @description Form fields of `POST /oauth/locationToken` (sent as `application/x-www-form-urlencoded`): the
         *     agency whose token is in `Authorization`, and the location to get a token for.
         * @example {
         *       "companyId": "5DP4iH6HLkQsiKESj6rh",
         *       "locationId": "ve9EPM428kjkvShlRW1KT"
         *     }
         */
        OAuthLocationTokenRequest: {
            /** @description The agency (company) id of the agency token. */
            companyId: string;
            /** @description The location (sub-account) to get an access token for. */
            locationId: string;
        };
        /**
         * OAuthLocationTokenResponse
         * @description Answer of `POST /oauth/locationToken`: a location access token minted from an agency token. It
         *     expires after `expires_in` seconds (about a day); get a new one from the agency token then. The
         *     vendor documents the fields below without marking any as required (unverified which ones the live
         *     API always sends); the client treats an answer without `access_token` or `expires_in` as
         *     malformed. Extra properties are allowed.
         */
        OAuthLocationTokenResponse: {
            /** @description The location bearer token. A secret. */
            access_token?: string;
            /** @description Always `Bearer` in the docs. */
            token_type?: string;
            /** @description Lifetime of the access token, in seconds. */
            expires_in?: number;
            /** @description Returned by some answers (unverified); the client does not use it, and mints a new location token from the agency token instead. */
            refresh_token?: string;
            /** @description The granted scopes, space-separated. */
            scope?: string;
            userType?: components["schemas"]["OAuthUserType"];
            /** @description The agency (company) id. */
            companyId?: string;
            /** @description The location the token acts for. */
            locationId?: string;
            /** @description The user behind the agency installation. */
            userId?: string;
            /** @description The app's plan the installation is on, when the app has plans. */
            planId?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * ResourceId
         * @description An opaque identifier (conversation, contact, location, user, message). Live ids are about 20
         *     characters of letters and digits; the schema only refuses what cannot be a path segment.
         * @example tDtDnQdgm2LXpyiqYvZ6
         */
        ResourceId: string;
        /**
         * ConversationChannelType
         * @description Communication channel of a conversation, an open enum. Documented values: 1 (Phone), 2 (Email),
         *     3 (Facebook Messenger), 4 (Review), 5 (Group SMS), 6 (Internal Chat - coming soon).
         *
         *     Observed: the live API sends values its docs do not list. Leadway's own example answers `0`, and
         *     the search endpoint reports the same concept as a `TYPE_*` string (`TYPE_PHONE`, ...), so this
         *     endpoint may too. Any integer or string is therefore valid; the documented values are named.
         */
        ConversationChannelType: 1 | 2 | 3 | 4 | 5 | 6 | (number & {}) | (string & {});
        /**
         * Conversation
         * @description One conversation thread, as answered by `GET /conversations/{conversationId}`. Extra properties
         *     are allowed: the live API adds fields (`traceId`, dates) that the docs do not list.
         */
        Conversation: {
            /**
             * @description Unique identifier for this specific conversation thread.
             * @example ve9EPM428kjkvShlRW1KT
             */
            id: string;
            /**
             * @description Unique identifier of the contact associated with this conversation.
             * @example ve9EPM428kjkvShlRW1KT
             */
            contactId: string;
            /**
             * @description Unique identifier of the business account (location) where this conversation takes place.
             * @example ve9EPM428kjkvShlRW1KT
             */
            locationId: string;
            /**
             * @description Flag indicating if this conversation has been moved to trash/deleted.
             * @default false
             */
            deleted: boolean;
            /**
             * @description Flag indicating if this conversation is currently in the main inbox view.
             * @default true
             */
            inbox: boolean;
            type: components["schemas"]["ConversationChannelType"];
            /**
             * @description Number of messages in this conversation that have not been read by the user.
             * @default 1
             */
            unreadCount: number;
            /**
             * @description Unique identifier of the team member currently responsible for handling this conversation.
             * @example ve9EPM428kjkvShlRW1KT
             */
            assignedTo?: string;
            /**
             * @description Flag indicating if this conversation has been marked as important/starred by the user.
             * @default true
             */
            starred?: boolean;
            traceId?: components["schemas"]["TraceId"];
        } & {
            [key: string]: unknown;
        };
        /**
         * WebhookDeliveryFields
         * @description Fields that marketplace deliveries carry besides the documented payload. They are observed on live
         *     deliveries (vendor issue #224, WebhookAuthentication docs) rather than documented per event, so
         *     all are optional. `timestamp` and `webhookId` are what replay protection checks.
         */
        WebhookDeliveryFields: {
            /**
             * @description Unique id of this delivery; a receiver refuses a `webhookId` it has already accepted.
             * @example 0f1e2d3c-4b5a-4968-8776-655443322110
             */
            webhookId?: string;
            /**
             * Format: date-time
             * @description When the event was sent (ISO 8601). A receiver refuses events older than its tolerance.
             * @example 2026-11-25T08:00:00.000Z
             */
            timestamp?: string;
            /**
             * @description Id of the marketplace app the delivery is for.
             * @example 6578278e879ad2646715ba9c
             */
            appId?: string;
            /**
             * @description Id of the app version the delivery is for.
             * @example 6578278e879ad2646715ba9d
             */
            versionId?: string;
        };
        /**
         * WebhookMessageDirection
         * @description Direction of the message in a message event, an open enum: `inbound` (from the contact) or
         *     `outbound` (to the contact).
         *
         *     Observed: the vendor's own OutboundMessage SMS example says `inbound` (a documentation typo,
         *     REFERENCE discrepancy #30), so the field is not trusted to agree with the event type, and values
         *     the docs do not list stay valid.
         */
        WebhookMessageDirection: "inbound" | "outbound" | (string & {});
        /**
         * WebhookMessageChannel
         * @description `messageType` of a message event: the human channel name (`SMS`, `Email`, `CALL`, ...), not the
         *     `TYPE_*` string of the REST API (that one arrives as `messageTypeString`). An open enum: the
         *     documented values are named; the exact spelling of the GMB, FB, IG and Live Chat values is not
         *     confirmed, so any string is valid.
         */
        WebhookMessageChannel: "SMS" | "Email" | "CALL" | "VoiceMail" | "Custom" | "GMB" | "FB" | "IG" | "Live Chat" | (string & {});
        /**
         * WebhookAddressList
         * @description One or more e-mail addresses. The vendor's schema types `to`, `cc` and `bcc` (and the provider
         *     event's `emailTo`) as a string, but its own examples send an array of strings (REFERENCE
         *     discrepancy #31), so both are accepted.
         */
        WebhookAddressList: string | string[];
        /**
         * WebhookMessageFields
         * @description Fields shared by the InboundMessage and OutboundMessage events (message, call and e-mail
         *     variants). Nothing but `locationId` is required: the docs list fields without saying which are
         *     always sent, and a call, an SMS and an e-mail each carry a different subset. Extra properties are
         *     allowed, because live deliveries add fields the docs do not list.
         */
        WebhookMessageFields: ({
            /**
             * @description The location (sub-account) the event belongs to; a marketplace app routes on it.
             * @example ve9EPM428kjkvShlRW1KT
             */
            locationId: string;
            /** @example nmFmQEsNgz6AVpgLVUJ0 */
            contactId?: string;
            /** @example tDtDnQdgm2LXpyiqYvZ6 */
            conversationId?: string;
            /** @example A8bnBhLXnM1yZ9qWe5aC */
            messageId?: string;
            /** @description Attachment URLs; for calls, the recording or voicemail URL. */
            attachments?: string[];
            /** @description Message text. */
            body?: string;
            /** @example text/plain */
            contentType?: string;
            /**
             * Format: date-time
             * @description When the message was added (ISO 8601).
             */
            dateAdded?: string;
            direction?: components["schemas"]["WebhookMessageDirection"];
            messageType?: components["schemas"]["WebhookMessageChannel"];
            /**
             * @description Observed on live deliveries, not documented: the numeric message type (22 is
             *     TYPE_CUSTOM_PROVIDER_SMS).
             * @example 22
             */
            messageTypeId?: number;
            /**
             * @description Observed on live deliveries, not documented. The `TYPE_*` name of the message type.
             * @example TYPE_SMS
             */
            messageTypeString?: string;
            /**
             * @description Message status: delivered, completed, voicemail, ... For calls: an answered inbound call is
             *     `completed`; an inbound call to voicemail is `voicemail`; an outbound call reaching voicemail
             *     is `completed` with `callStatus` `voicemail`.
             */
            status?: string;
            /** @description The user who sent the message, when a user did. */
            userId?: string;
            /** @description What sent an outbound message (workflow, bulk_actions, campaign, api, app). */
            source?: string;
            conversationProviderId?: string;
            /** @description Call length in seconds. */
            callDuration?: number;
            /** @description pending, completed, answered, busy, no-answer, failed, canceled or voicemail. */
            callStatus?: string;
            /** @description The live-chat widget, for Live Chat messages. */
            chatWidgetId?: string;
            /** @description E-mail variant only. */
            emailMessageId?: string;
            /** @description E-mail variant only. */
            threadId?: string;
            /** @description E-mail variant only; the sending provider. */
            provider?: string;
            /** @description E-mail variant only. */
            from?: string;
            to?: components["schemas"]["WebhookAddressList"];
            cc?: components["schemas"]["WebhookAddressList"];
            bcc?: components["schemas"]["WebhookAddressList"];
            /** @description E-mail variant only. */
            subject?: string;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["WebhookDeliveryFields"];
        /**
         * WebhookInboundMessage
         * @description Payload of the InboundMessage event: a contact sent a message (Call, Voicemail, SMS, GMB, FB, IG,
         *     Email, Live Chat). Needs the `conversations/message.readonly` scope.
         */
        WebhookInboundMessage: {
            /**
             * @description The event type.
             * @constant
             */
            type: "InboundMessage";
        } & components["schemas"]["WebhookMessageFields"];
        /**
         * WebhookOutboundMessage
         * @description Payload of the OutboundMessage event: a user, a workflow or the API sent a message (same channels
         *     as InboundMessage). Needs the `conversations/message.readonly` scope.
         */
        WebhookOutboundMessage: {
            /**
             * @description The event type.
             * @constant
             */
            type: "OutboundMessage";
        } & components["schemas"]["WebhookMessageFields"];
        /**
         * WebhookConversationUnreadUpdate
         * @description Payload of the ConversationUnreadUpdate event: a conversation's unread status changed. Needs the
         *     `conversations.readonly` scope. Extra properties are allowed.
         */
        WebhookConversationUnreadUpdate: ({
            /**
             * @description The event type.
             * @constant
             */
            type: "ConversationUnreadUpdate";
            /** @example ve9EPM428kjkvShlRW1KT */
            locationId: string;
            /**
             * @description The conversation id.
             * @example tDtDnQdgm2LXpyiqYvZ6
             */
            id: string;
            /** @example nmFmQEsNgz6AVpgLVUJ0 */
            contactId?: string;
            unreadCount?: number;
            inbox?: boolean;
            starred?: boolean;
            deleted?: boolean;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["WebhookDeliveryFields"];
        /**
         * WebhookProviderOutboundMessage
         * @description Payload of the ProviderOutboundMessage event: a user sent a message while a custom conversation
         *     provider is the default channel. It goes to the provider's Delivery URL, not the app's webhook URL,
         *     and needs the `conversations/message.write` scope.
         *
         *     Unlike the other events its `type` field is the channel (`SMS` or `Email`), not the event name.
         *     Observed: it carries no signature headers (vendor issue #224, open as of 2026-01), so a verifier
         *     that fails closed refuses it until the vendor signs it. Extra properties are allowed.
         */
        WebhookProviderOutboundMessage: ({
            /**
             * @description The channel of the message to deliver.
             * @enum {string}
             */
            type: "SMS" | "Email";
            /** @example ve9EPM428kjkvShlRW1KT */
            locationId: string;
            contactId?: string;
            messageId?: string;
            emailMessageId?: string;
            attachments?: string[];
            /** @description Text of an SMS. */
            message?: string;
            /** @description The contact's phone number, for SMS. */
            phone?: string;
            emailTo?: components["schemas"]["WebhookAddressList"];
            emailFrom?: string;
            /** @description Body of an e-mail. */
            html?: string;
            subject?: string;
            userId?: string;
            /** @description The `altId` of the message being replied to, when it had one. */
            replyToAltId?: string;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["WebhookDeliveryFields"];
    };
    responses: {
        /**
         * @description Bad request from an OAuth endpoint: a spent, expired or revoked refresh token or code, or a
         *     wrong redirect URI. Unverified: the body shape for a spent refresh token (the gateway's
         *     `{ statusCode, message }` or the OAuth 2.0 `{ error: "invalid_grant" }`); both are accepted.
         */
        OAuthBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description Unauthorized from an OAuth endpoint: a wrong client id or secret (`/oauth/token`), or an agency
         *     token that is missing, expired or lacks `oauth.write` (`/oauth/locationToken`). The documented
         *     example message is "Invalid token: access token is invalid"; "Invalid JWT" is observed for
         *     expired tokens. Unverified: an OAuth 2.0 `{ error: "invalid_client" }` body; both are accepted.
         */
        OAuthUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description Unprocessable entity: the body or parameters failed validation; `message` is an array of validator messages. */
        Unprocessable: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Too many requests: the burst (100 per 10 s) or daily (200,000) limit of this app and location is spent. The body is not documented; this is the gateway's usual shape. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Internal server error. Observed: also answered for some bad input (a wrong provider id, an unknown conversation). */
        ServerError: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Service unavailable: the API is overloaded or in maintenance; retry later. */
        ServiceUnavailable: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Forbidden: the token has no access to this location or resource. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Bad request: the API refused the input. Observed: not-found situations are often answered with 400 too. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Unauthorized: the token is missing, invalid, expired, lacks the scope, or the Version header is missing or invalid. Observed: `error` is often absent and the message tells the cases apart. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Not found: no such resource, or an unknown route. Observed: missing resources are often answered with 400 or 500 instead. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description API version. Leadway documents `2021-07-28` (the client's default); the vendor's Conversations spec
         *     documents `2021-04-15`. The live API accepts both. A request without this header is refused with
         *     401 "version header was not found.".
         * @example 2021-07-28
         */
        Version: "2021-07-28" | "2021-04-15";
        /**
         * @description Conversation ID as string.
         * @example tDtDnQdgm2LXpyiqYvZ6
         */
        ConversationId: components["schemas"]["ResourceId"];
        /**
         * @description Ed25519 signature of the raw request body, base64 (64 bytes). Verify it over the exact bytes
         *     received, before parsing, with the vendor's published Ed25519 public key. When both signature
         *     headers are present, this one is used. Absent on ProviderOutboundMessage deliveries (observed).
         * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==
         */
        WebhookGhlSignature: string;
        /**
         * @deprecated
         * @description Legacy signature: RSA PKCS#1 v1.5 with SHA-256 over the request body, base64, verified with the
         *     vendor's 4096-bit RSA public key. The vendor retired it on 2026-07-01 (REFERENCE discrepancy #32);
         *     verifiers accept it only when asked to.
         * @example c2lnbmF0dXJl
         */
        WebhookWhSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description `X-RateLimit-Limit-Daily`: Requests allowed per day for this app and location (200,000 documented).
         * @example 200000
         */
        RateLimitLimitDaily: number;
        /**
         * @description `X-RateLimit-Daily-Remaining`: Requests left today for this app and location.
         * @example 199990
         */
        RateLimitDailyRemaining: number;
        /**
         * @description `X-RateLimit-Interval-Milliseconds`: Length of the burst window in milliseconds (10,000 documented).
         * @example 10000
         */
        RateLimitIntervalMilliseconds: number;
        /**
         * @description `X-RateLimit-Max`: Requests allowed per burst window (100 documented; 25 for sandbox Private Integration Tokens).
         * @example 100
         */
        RateLimitMax: number;
        /**
         * @description `X-RateLimit-Remaining`: Requests left in the current burst window.
         * @example 99
         */
        RateLimitRemaining: number;
        /**
         * @description `Retry-After`: not documented by the API, but honoured by the client when it comes: seconds, or an
         *     HTTP date.
         * @example 10
         */
        RetryAfter: number | string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description The new tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLocationAccessToken: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version. Leadway documents `2021-07-28` (the client's default); the vendor's Conversations spec
                 *     documents `2021-04-15`. The live API accepts both. A request without this header is refused with
                 *     401 "version header was not found.".
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OAuthLocationTokenRequest"];
            };
        };
        responses: {
            /** @description The location token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthLocationTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version. Leadway documents `2021-07-28` (the client's default); the vendor's Conversations spec
                 *     documents `2021-04-15`. The live API accepts both. A request without this header is refused with
                 *     401 "version header was not found.".
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Conversation ID as string.
                 * @example tDtDnQdgm2LXpyiqYvZ6
                 */
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    webhookInboundMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the raw request body, base64 (64 bytes). Verify it over the exact bytes
                 *     received, before parsing, with the vendor's published Ed25519 public key. When both signature
                 *     headers are present, this one is used. Absent on ProviderOutboundMessage deliveries (observed).
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookGhlSignature"];
                /**
                 * @deprecated
                 * @description Legacy signature: RSA PKCS#1 v1.5 with SHA-256 over the request body, base64, verified with the
                 *     vendor's 4096-bit RSA public key. The vendor retired it on 2026-07-01 (REFERENCE discrepancy #32);
                 *     verifiers accept it only when asked to.
                 * @example c2lnbmF0dXJl
                 */
                "x-wh-signature"?: components["parameters"]["WebhookWhSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description The event as JSON. Verify the signature over these exact bytes before parsing them: parsing
         *     and re-serialising changes the bytes and breaks the signature.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInboundMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the event. Any 2xx is success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the event because its signature, timestamp or id did not verify. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver is busy. Observed to be the only answer the vendor retries (about every 10 minutes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOutboundMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the raw request body, base64 (64 bytes). Verify it over the exact bytes
                 *     received, before parsing, with the vendor's published Ed25519 public key. When both signature
                 *     headers are present, this one is used. Absent on ProviderOutboundMessage deliveries (observed).
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookGhlSignature"];
                /**
                 * @deprecated
                 * @description Legacy signature: RSA PKCS#1 v1.5 with SHA-256 over the request body, base64, verified with the
                 *     vendor's 4096-bit RSA public key. The vendor retired it on 2026-07-01 (REFERENCE discrepancy #32);
                 *     verifiers accept it only when asked to.
                 * @example c2lnbmF0dXJl
                 */
                "x-wh-signature"?: components["parameters"]["WebhookWhSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description The event as JSON. Verify the signature over these exact bytes before parsing them: parsing
         *     and re-serialising changes the bytes and breaks the signature.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookOutboundMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the event. Any 2xx is success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the event because its signature, timestamp or id did not verify. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver is busy. Observed to be the only answer the vendor retries (about every 10 minutes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookConversationUnreadUpdate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the raw request body, base64 (64 bytes). Verify it over the exact bytes
                 *     received, before parsing, with the vendor's published Ed25519 public key. When both signature
                 *     headers are present, this one is used. Absent on ProviderOutboundMessage deliveries (observed).
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookGhlSignature"];
                /**
                 * @deprecated
                 * @description Legacy signature: RSA PKCS#1 v1.5 with SHA-256 over the request body, base64, verified with the
                 *     vendor's 4096-bit RSA public key. The vendor retired it on 2026-07-01 (REFERENCE discrepancy #32);
                 *     verifiers accept it only when asked to.
                 * @example c2lnbmF0dXJl
                 */
                "x-wh-signature"?: components["parameters"]["WebhookWhSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description The event as JSON. Verify the signature over these exact bytes before parsing them: parsing
         *     and re-serialising changes the bytes and breaks the signature.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationUnreadUpdate"];
            };
        };
        responses: {
            /** @description The receiver accepted the event. Any 2xx is success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the event because its signature, timestamp or id did not verify. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver is busy. Observed to be the only answer the vendor retries (about every 10 minutes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookProviderOutboundMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the raw request body, base64 (64 bytes). Verify it over the exact bytes
                 *     received, before parsing, with the vendor's published Ed25519 public key. When both signature
                 *     headers are present, this one is used. Absent on ProviderOutboundMessage deliveries (observed).
                 * @example 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookGhlSignature"];
                /**
                 * @deprecated
                 * @description Legacy signature: RSA PKCS#1 v1.5 with SHA-256 over the request body, base64, verified with the
                 *     vendor's 4096-bit RSA public key. The vendor retired it on 2026-07-01 (REFERENCE discrepancy #32);
                 *     verifiers accept it only when asked to.
                 * @example c2lnbmF0dXJl
                 */
                "x-wh-signature"?: components["parameters"]["WebhookWhSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description The event as JSON. Verify the signature over these exact bytes before parsing them: parsing
         *     and re-serialising changes the bytes and breaks the signature.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookProviderOutboundMessage"];
            };
        };
        responses: {
            /** @description The receiver accepted the event. Any 2xx is success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the event because its signature, timestamp or id did not verify. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver is busy. Observed to be the only answer the vendor retries (about every 10 minutes). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
