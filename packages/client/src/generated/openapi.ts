/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

export interface paths {
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
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
         * TraceId
         * @description Request id that the API adds to JSON bodies (documented in the vendor's overview, observed on
         *     search, messages, send and export answers). Quote it when reporting a problem.
         * @example 4f9c2f1e-7d2b-4a59-9b1e-3c2f8d7a6b10
         */
        TraceId: string;
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
    };
    responses: {
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
    };
    parameters: {
        /**
         * @description Conversation ID as string.
         * @example tDtDnQdgm2LXpyiqYvZ6
         */
        ConversationId: components["schemas"]["ResourceId"];
        /**
         * @description API version. Leadway documents `2021-07-28` (the client's default); the vendor's Conversations spec
         *     documents `2021-04-15`. The live API accepts both. A request without this header is refused with
         *     401 "version header was not found.".
         * @example 2021-07-28
         */
        Version: "2021-07-28" | "2021-04-15";
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
}
