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
        /**
         * Update conversation
         * @description Changes the unread count, the star or the feedback of a conversation and answers the
         *     conversation as it now is. Sending the same update twice is harmless.
         */
        put: operations["updateConversation"];
        post?: never;
        /**
         * Delete conversation
         * @description Deletes a conversation. Repeating the request cannot delete anything else, so the client may retry it.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search conversations
         * @description Lists the conversations of a location that match the filters, sorted, one page at a time.
         *
         *     Pagination is keyset on the sort value: pass the `sort` value of the last item of a page as
         *     `startAfterDate` to get the next page, keeping `sort`/`sortBy` and the filters the same. A page
         *     shorter than `limit` (or empty) is the last one. A conversation created a moment ago may not be
         *     found yet (observed).
         */
        get: operations["searchConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create conversation
         * @description Starts the conversation of a contact. The path keeps the API's trailing slash (`/conversations/`).
         *     There is one conversation per contact: creating a second one is refused with 400 "Conversation
         *     with the contact id:<id> already exists!", whose body does not carry the existing id (find it
         *     with search, which may lag a moment behind). Not idempotent: never re-send blindly.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messages by conversation
         * @description Lists the messages of a conversation, newest first, one page at a time. Pagination is keyset:
         *     pass the page's `lastMessageId` to get the next one, while `nextPage` is true.
         *
         *     Observed: the page sits under `messages` (see GetMessagesResponse). Email bodies are left out
         *     of the list: fetch them with `GET /conversations/messages/email/{id}`.
         */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get message by id
         * @description Gets one message. Observed: the answer wraps it, `{message, traceId}` (see GetMessageResponse).
         *     The message id of an email send is refused with 400: use `GET /conversations/messages/email/{id}`
         *     for emails.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/email/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get email by id
         * @description Gets one email with its full body (message lists leave email bodies out). The vendor's v2 spec
         *     declares no scope and no Version header for this operation; v3 requires
         *     `conversations/message.readonly`, which is listed here, and the client sends Version anyway.
         */
        get: operations["getEmailMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/email/{id}/status": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of the operations that exist only in the vendor's v3 API: they are sent with
                 *     `Version: v3` whatever version the client uses for the others (an older Version gets 404).
                 * @example v3
                 */
                Version: components["parameters"]["VersionV3"];
            };
            path: {
                /**
                 * @description Email message id (`meta.email.messageIds` of a message, or `emailMessageId` of a send). The
                 *     vendor's v2 spec forgets to declare it; it is declared here.
                 * @example zT4Mh1kvPq3RsW8xYz2A
                 */
                id: components["parameters"]["EmailMessageIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update email status
         * @description A custom email provider reports the delivery status of an email it sent, with event counters
         *     and per-recipient statuses (vendor v3 API: sent with `Version: v3`). The counters are merged into
         *     the email's statistics, so a repeated request could count twice: it is never retried. Answered
         *     403 unless the email was sent through the caller's own custom provider.
         */
        put: operations["updateEmailStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export messages by location
         * @description Lists the messages of a whole location, one page at a time, for export. Pagination is an
         *     opaque cursor: pass `nextCursor` as `cursor` until it is null. Without `channel`, every
         *     non-email kind comes back, activity messages included.
         */
        get: operations["exportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages": {
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
        get?: never;
        put?: never;
        /**
         * Send a new message
         * @description Sends a message to a contact on one channel (SMS, RCS, Email, WhatsApp, IG, FB, Custom, Live_Chat, TIKTOK).
         *
         *     Observed: the live API answers **201**, not the documented 200 (REFERENCE 6 #6); both are declared.
         *     Only `type` and `contactId` are required (6 #5). Not idempotent: a retried send sends twice.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/inbound": {
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
        get?: never;
        put?: never;
        /**
         * Add an inbound message
         * @description Records a message a contact sent through a conversation provider (a custom SMS, email or call provider).
         *
         *     `conversationProviderId` is needed only for custom providers: observed, leaving it out there is answered
         *     201 with an empty body and nothing is stored (REFERENCE 6 #17), so the client refuses that case. A wrong
         *     provider id or a bad token has been answered 500 (6 #18). Documented 200; 201 is observed too.
         *     Not idempotent.
         */
        post: operations["addInboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/outbound": {
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
        get?: never;
        put?: never;
        /**
         * Add an external outbound call
         * @description Records a call placed outside Leadway (through a custom call provider) in the conversation. The
         *     `call.to` number must match a contact. Documented 200; 201 is declared too because the same gateway
         *     answers POSTs that create with 201 (observed on send and add-inbound) [inference]. Not idempotent.
         */
        post: operations["addOutboundCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/review-reply": {
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
        get?: never;
        put?: never;
        /**
         * Reply to a review
         * @description Posts a reply to a Google Business review. The conversation must be a review conversation. Answers the
         *     send shape. Documented 200; 201 declared as for other creating POSTs [inference]. Not idempotent.
         */
        post: operations["replyToReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/{messageId}/schedule": {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled message
         * @description Cancels a message scheduled with `scheduledTimestamp`. Idempotent.
         *
         *     The answer is 200 even when nothing was cancelled: the outcome is the `status` inside the body (the
         *     vendor example carries 404; REFERENCE 6 #23). The client returns `{ cancelled, status, message }`.
         */
        delete: operations["cancelScheduledMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/email/{emailMessageId}/schedule": {
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
                 * @description Email message ID (the `emailMessageId` a send answered) as string.
                 * @example kj9EPM428kjkvShlRW7Hq
                 */
                emailMessageId: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled email
         * @description Cancels an email scheduled with `scheduledTimestamp`, by its `emailMessageId`. Idempotent.
         *
         *     The v2 vendor spec declares no scope (the v3 spec requires `conversations/message.write`, listed here) and
         *     no Version header; the live API refuses requests without Version, so it is required as everywhere.
         *     Like the message variant, a failure can arrive inside a 200 (REFERENCE 6 #23).
         */
        delete: operations["cancelScheduledEmail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/upload": {
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
        get?: never;
        put?: never;
        /**
         * Upload file attachments
         * @description Uploads files (multipart/form-data, form key `fileAttachment`) and answers their hosted URLs, to pass as
         *     `attachments` of a send. A file over the size limit is answered 413; for large files use upload/initiate.
         *     Errors 400/413/415 carry `{status, message}`. Observed: a bad conversationId is answered 500 (REFERENCE
         *     6 #19). Not idempotent.
         */
        post: operations["uploadAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/upload/initiate": {
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
        get?: never;
        put?: never;
        /**
         * Initiate a signed upload
         * @description Asks for a signed URL (valid 15 minutes) to PUT a large file to, then finish with upload/complete. The
         *     limit is 100 MB for the WHATSAPP channel and 5 MB for every other; a larger `fileSize` is answered 413.
         *     Not idempotent.
         */
        post: operations["initiateUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/upload/complete": {
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
        get?: never;
        put?: never;
        /**
         * Complete a signed upload
         * @description Finishes an upload started with upload/initiate once the bytes were PUT to the signed URL, and answers the
         *     hosted URL. 404 when the file is missing or the URL expired. Not idempotent.
         */
        post: operations["completeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/{messageId}/status": {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update message status
         * @description A conversation provider reports the delivery status of a message it was handed. Idempotent.
         *
         *     Observed: called before Leadway has handed the message to the provider (5-10 s after the send), it was
         *     answered 401 and is now answered 403 (REFERENCE 6 #20); retry later.
         */
        put: operations["updateMessageStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/{messageId}/attachments": {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update message attachments
         * @description Replaces the attachments (recording URLs) of a call message. Only for TYPE_CUSTOM_CALL (34) messages and
         *     TYPE_CALL (1) messages with subType EXTERNAL_CALL: others are answered 403. 404 when there is no such
         *     message. The success answer has no body. Idempotent.
         */
        put: operations["updateMessageAttachments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/messages/{messageId}/locations/{locationId}/recording": {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
            };
            cookie?: never;
        };
        /**
         * Get call recording
         * @description Downloads the recording of a call message as audio bytes. Observed (not in the vendor spec, which gives no
         *     response schema): the content type is `audio/x-wav` while the file name in `Content-Disposition` ends in
         *     .mp3; an optional `index` (0/1) picks the call leg; a message without a recording is answered 422
         *     "Message does not have recording" (REFERENCE 6 #28). The vendor lists the `Location-Access` scheme
         *     too; a location token with the scope below is what it means.
         */
        get: operations["getCallRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/locations/{locationId}/messages/{messageId}/transcription": {
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
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
                /**
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * Get call transcription
         * @description The transcript of a call message, sentence by sentence. The vendor spec models one sentence object; a
         *     transcript is a list, so both shapes are accepted (the client always returns a list) [inference].
         */
        get: operations["getCallTranscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/locations/{locationId}/messages/{messageId}/transcription/download": {
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
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
                /**
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * Download call transcription
         * @description The transcript of a call message as a file. The vendor spec gives no schema or content type; the file is
         *     text [inference], served as `text/plain` or as `application/octet-stream`.
         */
        get: operations["downloadCallTranscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/providers/live-chat/typing": {
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
        get?: never;
        put?: never;
        /**
         * Send live-chat typing indicator
         * @description Shows or hides the "agent is typing" indicator in a live-chat widget. The vendor lists only the
         *     `Location-Access` scheme for it (a location token) with scope `conversations/livechat.write`. Answered
         *     201; 422 when the body fails validation. `isTyping` may be a boolean or "true"/"false" (REFERENCE 6 #25).
         */
        post: operations["sendLiveChatTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/preferences/custom-subtypes": {
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
        /**
         * List custom subscription subtypes
         * @description Lists the email and SMS subscription subtypes (unsubscribe categories) of a location.
         *
         *     The vendor declares no OAuth scope for this operation; a location bearer token is still required.
         *     The answer has no published schema: any JSON object is accepted, and the example is illustrative.
         */
        get: operations["listCustomSubtypes"];
        put?: never;
        /**
         * Create a custom subscription subtype
         * @description Creates an email or SMS subscription subtype. Documented 200 or 201.
         *
         *     The vendor declares no OAuth scope for this operation; a location bearer token is still required.
         *     The answer has no published schema: any JSON object is accepted, and the example is illustrative.
         */
        post: operations["createCustomSubtype"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/preferences/custom-subtypes/{id}": {
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
                 * @description Custom subtype ID as string.
                 * @example sub7EPM428kjkvShlRW1B
                 */
                id: components["parameters"]["CustomSubtypeId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a custom subscription subtype
         * @description Renames, re-describes or archives a subscription subtype.
         *
         *     The vendor declares no OAuth scope for this operation; a location bearer token is still required.
         *     The answer has no published schema: any JSON object is accepted, and the example is illustrative.
         */
        put: operations["updateCustomSubtype"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/preferences/unsubscriptions/status": {
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
        /**
         * Get subscription status of a contact
         * @description A contact's subscription status per channel and subtype.
         *
         *     The vendor declares no OAuth scope for this operation; a location bearer token is still required.
         *     The answer has no published schema: any JSON object is accepted, and the example is illustrative.
         */
        get: operations["getUnsubscriptionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/preferences/unsubscriptions/user-change": {
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
        get?: never;
        put?: never;
        /**
         * Change a contact's subscription
         * @description Subscribes or unsubscribes a contact on behalf of an admin, for one subtype or (resub_all) every one.
         *     Documented 200 or 201.
         *
         *     The vendor declares no OAuth scope for this operation; a location bearer token is still required.
         *     The answer has no published schema: any JSON object is accepted, and the example is illustrative.
         */
        post: operations["changeUserSubscription"];
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
    LCEmailStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email statistics (LC Email)
         * @description An event of the built-in email service (LC Email) about an email a location sent: delivered,
         *     opened, clicked, failed, unsubscribed, complained, ... `webhookPayload` carries the email
         *     provider's own event detail. Sent to the app's webhook URL, signed with `x-ghl-signature`.
         */
        post: operations["webhookLCEmailStats"];
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
        };
        /**
         * UpdateConversationRequest
         * @description What to change on a conversation. `locationId` is required; the other fields are changed only
         *     when present. `feedback` is an object in v2 (its keys are not documented) and a
         *     `positive`/`negative` string in v3; both are accepted.
         */
        UpdateConversationRequest: {
            locationId: components["schemas"]["ResourceId"];
            /** @description Set the number of unread messages (0 marks the conversation read). */
            unreadCount?: number;
            /** @description Star or unstar the conversation. */
            starred?: boolean;
            feedback?: {
                [key: string]: unknown;
            } | ("positive" | "negative");
        };
        /**
         * EpochMillisOrIsoDate
         * @description A point in time. Documented as an ISO 8601 string (or, on ConversationDto, as a string holding
         *     epoch milliseconds such as "1628008053263").
         *
         *     Observed: the search endpoint sends epoch-millisecond numbers for `lastMessageDate`, `dateAdded`,
         *     `dateUpdated` and `lastManualMessageDate`. Both forms are therefore valid: an integer number of
         *     milliseconds since 1970-01-01T00:00:00Z, or a string (ISO 8601, or epoch milliseconds as digits).
         * @example 1732051200000
         * @example 2024-11-19T21:20:00.000Z
         */
        EpochMillisOrIsoDate: number | string;
        /**
         * MessageTypeString
         * @description Kind of a message as a `TYPE_*` string (`messageType` of a message, `lastMessageType` of a
         *     conversation, the `lastMessageType` search filter), an open enum. The 42 documented values are
         *     named, in the vendor's order.
         *
         *     Observed: the live API also sends values its docs do not list, `TYPE_NO_SHOW` above all (seen in
         *     search results by at least three independent sources), so any string is valid. The vendor's
         *     example "SMS" (not `TYPE_*`) contradicts its own enum; live data uses `TYPE_*`.
         */
        MessageTypeString: "TYPE_CALL" | "TYPE_SMS" | "TYPE_RCS" | "TYPE_EMAIL" | "TYPE_SMS_REVIEW_REQUEST" | "TYPE_WEBCHAT" | "TYPE_SMS_NO_SHOW_REQUEST" | "TYPE_CAMPAIGN_SMS" | "TYPE_CAMPAIGN_CALL" | "TYPE_CAMPAIGN_EMAIL" | "TYPE_CAMPAIGN_VOICEMAIL" | "TYPE_FACEBOOK" | "TYPE_CAMPAIGN_FACEBOOK" | "TYPE_CAMPAIGN_MANUAL_CALL" | "TYPE_CAMPAIGN_MANUAL_SMS" | "TYPE_GMB" | "TYPE_CAMPAIGN_GMB" | "TYPE_REVIEW" | "TYPE_INSTAGRAM" | "TYPE_WHATSAPP" | "TYPE_CUSTOM_SMS" | "TYPE_CUSTOM_EMAIL" | "TYPE_CUSTOM_PROVIDER_SMS" | "TYPE_CUSTOM_PROVIDER_EMAIL" | "TYPE_IVR_CALL" | "TYPE_ACTIVITY_CONTACT" | "TYPE_ACTIVITY_INVOICE" | "TYPE_ACTIVITY_PAYMENT" | "TYPE_ACTIVITY_OPPORTUNITY" | "TYPE_LIVE_CHAT" | "TYPE_LIVE_CHAT_INFO_MESSAGE" | "TYPE_ACTIVITY_APPOINTMENT" | "TYPE_FACEBOOK_COMMENT" | "TYPE_INSTAGRAM_COMMENT" | "TYPE_CUSTOM_CALL" | "TYPE_INTERNAL_COMMENT" | "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG" | "TYPE_TIKTOK" | "TYPE_TIKTOK_COMMENT" | "TYPE_ACTIVITY_WHATSAPP" | "TYPE_FORM_SUBMISSION" | "TYPE_SMS_REACTION" | (string & {});
        /**
         * ConversationDetails
         * @description A conversation as the update answers it (the vendor's ConversationDto). `lastMessageDate` is
         *     documented as a string holding epoch milliseconds ("1628008053263"); like every conversation date
         *     it may arrive as a number (see EpochMillisOrIsoDate).
         */
        ConversationDetails: {
            id?: string;
            locationId: string;
            contactId: string;
            assignedTo?: string;
            userId?: string;
            lastMessageBody?: string | null;
            lastMessageDate?: components["schemas"]["EpochMillisOrIsoDate"];
            lastMessageType?: components["schemas"]["MessageTypeString"];
            unreadCount?: number;
            inbox?: boolean;
            starred?: boolean;
            deleted: boolean;
        };
        /**
         * UpdateConversationResponse
         * @description The answer of a successful update, with the conversation as it now is.
         */
        UpdateConversationResponse: {
            success: boolean;
            conversation: components["schemas"]["ConversationDetails"];
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * SuccessResponse
         * @description An answer that only reports success.
         */
        SuccessResponse: {
            success: boolean;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * ConversationTypeString
         * @description Channel of a conversation as the search endpoint reports it, an open enum of `TYPE_*` strings.
         *     Documented: TYPE_PHONE, TYPE_EMAIL, TYPE_FB_MESSENGER, TYPE_REVIEW, TYPE_GROUP_SMS (the same
         *     concept `GET /conversations/{conversationId}` documents as the numbers 1-5).
         *
         *     Observed: only TYPE_PHONE has been seen live; other strings (TYPE_WHATSAPP, ...) appear in
         *     third-party fixtures, so any string is valid.
         */
        ConversationTypeString: "TYPE_PHONE" | "TYPE_EMAIL" | "TYPE_FB_MESSENGER" | "TYPE_REVIEW" | "TYPE_GROUP_SMS" | (string & {});
        /**
         * MessageDirection
         * @description Whether a message came from the contact (`inbound`) or went to it (`outbound`), an open enum:
         *     the two documented values are named, any other string stays valid so that a value the API adds
         *     later does not break readers.
         */
        MessageDirection: "inbound" | "outbound" | (string & {});
        /**
         * MessageAction
         * @description Whether the last outbound message was sent by a person (`manual`) or an automation, an open enum.
         */
        MessageAction: "automated" | "manual" | (string & {});
        /**
         * SearchSortKey
         * @description The sort key of a search item (observed, not documented), e.g. `[lastMessageDate]`. It is the
         *     keyset cursor of search: pass it (or its first element) as `startAfterDate` to get the page after
         *     this item.
         * @example [
         *       1732051200000
         *     ]
         */
        SearchSortKey: (number | string)[];
        /**
         * ConversationSearchItem
         * @description One conversation in a search result. Extra properties are allowed: the live API sends many
         *     fields the docs do not list.
         *
         *     Observed, and therefore optional or nullable here although documented as required: `fullName`,
         *     `contactName`, `companyName`, `email`, `phone` and `profilePhoto` are often null, empty or absent;
         *     `lastMessageBody` is empty or absent for calls and no-shows. Dates are epoch-millisecond numbers,
         *     not the documented strings. `lastMessageDirection` may be null. The last outbound message's action
         *     is reported as `lastOutboundMessageAction` although the filter is named `lastMessageAction`.
         */
        ConversationSearchItem: {
            /** @description Conversation id. */
            id: string;
            contactId: string;
            locationId: string;
            type?: components["schemas"]["ConversationTypeString"];
            /** @description Text of the last message; empty for calls and no-shows. */
            lastMessageBody?: string | null;
            lastMessageType?: components["schemas"]["MessageTypeString"];
            /** @description Direction of the last message; null when there is none (observed). */
            lastMessageDirection?: components["schemas"]["MessageDirection"] | null;
            lastOutboundMessageAction?: components["schemas"]["MessageAction"];
            lastMessageConversationProviderId?: string;
            lastMessageDate?: components["schemas"]["EpochMillisOrIsoDate"];
            lastManualMessageDate?: components["schemas"]["EpochMillisOrIsoDate"];
            dateAdded?: components["schemas"]["EpochMillisOrIsoDate"];
            dateUpdated?: components["schemas"]["EpochMillisOrIsoDate"];
            unreadCount?: number;
            inbox?: boolean;
            starred?: boolean;
            assignedTo?: string;
            followers?: string[];
            mentions?: string[];
            isLastMessageInternalComment?: boolean;
            lastInternalComment?: string;
            fullName?: string | null;
            contactName?: string | null;
            companyName?: string | null;
            email?: string | null;
            phone?: string | null;
            profilePhoto?: string | null;
            tags?: string[];
            scoring?: {
                id?: string;
                score?: number;
            }[];
            attributed?: boolean;
            /** @description Numeric message type codes present in the thread (observed; meaning uncertain). */
            messageTypes?: number[];
            sort?: components["schemas"]["SearchSortKey"];
        };
        /**
         * SearchConversationsResponse
         * @description A page of conversations. `total` counts every match, not just this page.
         */
        SearchConversationsResponse: {
            conversations: components["schemas"]["ConversationSearchItem"][];
            /** @description Number of conversations matching the filters. */
            total: number;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * CreateConversationRequest
         * @description Starts the conversation of a contact. There is one conversation per contact: a second create for
         *     the same contact is refused with 400 "Conversation with the contact id:<id> already exists!",
         *     without the existing conversation's id.
         */
        CreateConversationRequest: {
            locationId: components["schemas"]["ResourceId"];
            contactId: components["schemas"]["ResourceId"];
        };
        /**
         * CreatedConversation
         * @description The conversation a create made. Dates are documented as ISO strings; like every conversation date
         *     they may arrive as epoch-millisecond numbers (see EpochMillisOrIsoDate).
         */
        CreatedConversation: {
            id: string;
            dateUpdated: components["schemas"]["EpochMillisOrIsoDate"];
            dateAdded: components["schemas"]["EpochMillisOrIsoDate"];
            deleted: boolean;
            contactId: string;
            locationId: string;
            lastMessageDate: components["schemas"]["EpochMillisOrIsoDate"];
            assignedTo?: string;
        };
        /**
         * CreateConversationResponse
         * @description The answer of a successful create.
         */
        CreateConversationResponse: {
            success: boolean;
            conversation: components["schemas"]["CreatedConversation"];
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * MessageTypeFilter
         * @description A value of the get-messages `type` filter, an open enum. Note the vendor documents
         *     `TYPE_INTERNAL_COMMENTS` (plural) here and `TYPE_INTERNAL_COMMENT` elsewhere; the documented
         *     spelling is named, any other string is passed on.
         */
        MessageTypeFilter: "TYPE_CALL" | "TYPE_SMS" | "TYPE_RCS" | "TYPE_EMAIL" | "TYPE_FACEBOOK" | "TYPE_GMB" | "TYPE_INSTAGRAM" | "TYPE_WHATSAPP" | "TYPE_ACTIVITY_APPOINTMENT" | "TYPE_ACTIVITY_CONTACT" | "TYPE_ACTIVITY_INVOICE" | "TYPE_ACTIVITY_PAYMENT" | "TYPE_ACTIVITY_OPPORTUNITY" | "TYPE_LIVE_CHAT" | "TYPE_INTERNAL_COMMENTS" | "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG" | "TYPE_TIKTOK" | "TYPE_ACTIVITY_WHATSAPP" | "TYPE_FORM_SUBMISSION" | (string & {});
        /**
         * MessageTypeCode
         * @description Kind of a message as an integer code (`type` of a message), an open enum. The vendor documents
         *     only a few codes in prose: 1 (TYPE_CALL), 3 (TYPE_EMAIL), 10 (TYPE_CAMPAIGN_VOICEMAIL) and
         *     34 (TYPE_CUSTOM_CALL); 22 (TYPE_CUSTOM_PROVIDER_SMS) was observed in a live webhook. The other
         *     named codes (2, 4-9, 11-21, 23-33) are inferred from the position of each value in the vendor's
         *     2025-08 enum, which agrees with all five anchors. Codes of 35 and above are unknown, so any
         *     integer is valid.
         */
        MessageTypeCode: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | (number & {});
        /**
         * IsoDateTime
         * Format: date-time
         * @description An ISO 8601 date-time string, as messages carry it (documented and observed).
         * @example 2024-11-19T21:20:00.000Z
         */
        IsoDateTime: string;
        /**
         * MessageStatus
         * @description Delivery status of a message, an open enum. The 12 documented values are named first.
         *
         *     Observed: call messages carry call outcomes (`completed`, `no-answer`, `voicemail`), also named
         *     here; any other string stays valid. Email messages may have `null` or no status at all (the
         *     `Message` schema allows both).
         */
        MessageStatus: "connected" | "delivered" | "failed" | "opened" | "pending" | "read" | "scheduled" | "sent" | "undelivered" | "clicked" | "opt_out" | "queued" | "completed" | "no-answer" | "voicemail" | (string & {});
        /**
         * CallStatus
         * @description Outcome of a call (`meta.call.status`, documented as `meta.callStatus`), an open enum: the
         *     documented values are named, any other string stays valid.
         */
        CallStatus: "pending" | "completed" | "answered" | "busy" | "no-answer" | "failed" | "canceled" | "voicemail" | (string & {});
        /**
         * MessageMeta
         * @description Channel-specific details of a message.
         *
         *     Observed: call details arrive as `call: {duration, status}` with `duration` a number of seconds
         *     or null, not as the documented `callDuration` (string) and `callStatus`. Both layouts are
         *     described; every key is optional and extra keys are allowed.
         */
        MessageMeta: {
            /** @description Observed layout of call details. */
            call?: {
                /** @description Call length in seconds; null while unknown (observed). @unit seconds */
                duration?: number | null;
                status?: components["schemas"]["CallStatus"] | null;
            };
            /** @description Documented layout of the call length (seconds, as a string). Not observed live. */
            callDuration?: string;
            callStatus?: components["schemas"]["CallStatus"];
            /** @description Ids of the email messages of this message. */
            email?: {
                messageIds?: string[];
            };
        };
        /**
         * MessageSource
         * @description What sent a message, an open enum (`app`, `api` and `workflow` observed live).
         */
        MessageSource: "workflow" | "bulk_actions" | "campaign" | "api" | "app" | (string & {});
        /**
         * Message
         * @description One message of a conversation (list items, get-by-id and export share it). Extra properties are
         *     allowed: the live API adds fields the docs do not list (`altId`, `dateUpdated`, `subType`, ...).
         *
         *     Observed, and therefore optional here although documented as required: `body` is missing on calls
         *     and on emails in lists (fetch those with `GET /conversations/messages/email/{id}`); `status` is
         *     null or missing on emails; `userId` is missing on some call messages; `contentType` may be
         *     missing on activity messages.
         */
        Message: {
            /**
             * @description Message id.
             * @example ve9EPM428h8vShlRW1KT
             */
            id: string;
            type: components["schemas"]["MessageTypeCode"];
            messageType: components["schemas"]["MessageTypeString"];
            /** @description Location (account) id. */
            locationId: string;
            /** @description Contact id. */
            contactId: string;
            /** @description Conversation id. */
            conversationId: string;
            dateAdded: components["schemas"]["IsoDateTime"];
            dateUpdated?: components["schemas"]["IsoDateTime"];
            /** @description Text of the message. Observed missing on calls, and on emails in lists. */
            body?: string;
            direction: components["schemas"]["MessageDirection"];
            /** @description Delivery status; null or missing on emails (observed). */
            status?: components["schemas"]["MessageStatus"] | null;
            /**
             * @description MIME type of `body`, e.g. `text/plain`.
             * @example text/plain
             */
            contentType?: string;
            /** @description Attachment URLs. Empty for calls and voicemails (types 1 and 10). */
            attachments?: string[];
            meta?: components["schemas"]["MessageMeta"];
            source?: components["schemas"]["MessageSource"];
            /** @description The user who sent it. Observed missing on some call messages. */
            userId?: string;
            /** @description Conversation provider that carried it. */
            conversationProviderId?: string;
            /** @description Chat widget of a live-chat message. */
            chatWidgetId?: string;
            /** @description The external provider's id (e.g. a Twilio call SID). Observed, not documented. */
            altId?: string;
        };
        /**
         * MessagesPage
         * @description One page of a conversation's messages, newest first, with the keyset cursor of the next page.
         */
        MessagesPage: {
            /** @description Id of the last message of this page; pass it as `lastMessageId` to get the next page. */
            lastMessageId?: string | null;
            /** @description True when older messages follow. */
            nextPage: boolean;
            messages: components["schemas"]["Message"][];
        };
        /**
         * GetMessagesResponse
         * @description The answer of `GET /conversations/{conversationId}/messages`.
         *
         *     Observed: the page object sits one level deeper than documented, under `messages`
         *     (`{messages: {lastMessageId, nextPage, messages: [...]}, traceId}`), confirmed by the vendor's
         *     issue #54 and at least five independent captures; this is the first form. The documented flat
         *     form (`{lastMessageId, nextPage, messages: [...]}`) is also accepted, because it is the vendor's
         *     published contract and a fix on their side would bring it back; the client reads both.
         */
        GetMessagesResponse: {
            messages: components["schemas"]["MessagesPage"];
            traceId?: components["schemas"]["TraceId"];
        } | components["schemas"]["MessagesPage"];
        /**
         * GetMessageResponse
         * @description The answer of `GET /conversations/messages/{id}`.
         *
         *     Observed: the message is wrapped, `{message: {...}, traceId}` (a single report); that is the
         *     first form. The documented form, the message at the top level, is also accepted; the client
         *     returns the message in both cases.
         */
        GetMessageResponse: {
            message: components["schemas"]["Message"];
            traceId?: components["schemas"]["TraceId"];
        } | components["schemas"]["Message"];
        /**
         * EmailStatus
         * @description Delivery status of an email, an open enum (the 9 documented values are named; v3 adds `clicked`).
         */
        EmailStatus: "pending" | "scheduled" | "sent" | "delivered" | "read" | "undelivered" | "connected" | "failed" | "opened" | (string & {});
        /**
         * EmailMessage
         * @description One email message with its full body, as `GET /conversations/messages/email/{id}` answers it.
         *     Extra properties are allowed (the live API adds `traceId`).
         */
        EmailMessage: {
            /** @description Email message id. */
            id: string;
            /** @description The external provider's id. */
            altId?: string;
            /** @description Email thread id, for replies. */
            threadId: string;
            locationId: string;
            contactId: string;
            conversationId: string;
            dateAdded: components["schemas"]["IsoDateTime"];
            subject?: string;
            /** @description The full body (HTML for most emails). */
            body: string;
            direction: components["schemas"]["MessageDirection"];
            status?: components["schemas"]["EmailStatus"];
            /** @example text/html */
            contentType: string;
            /** @description Attachment URLs. */
            attachments?: string[];
            /** @description Email provider, e.g. "Leadconnector Gmail". */
            provider?: string;
            /** @description Sender, as "Name <address>". */
            from: string;
            to: string[];
            cc?: string[];
            bcc?: string[];
            replyToMessageId?: string;
            source?: components["schemas"]["MessageSource"];
            conversationProviderId?: string;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * EmailDeliveryStatus
         * @description A status a custom email provider reports for an email (`PUT /conversations/messages/email/{id}/status`,
         *     v3): the email statuses, `clicked` included. Closed: the API refuses other values.
         * @example delivered
         * @enum {string}
         */
        EmailDeliveryStatus: "pending" | "scheduled" | "sent" | "delivered" | "read" | "undelivered" | "connected" | "failed" | "opened" | "clicked";
        /**
         * UpdateEmailStatusRequest
         * @description Body of `PUT /conversations/messages/email/{id}/status` (v3): a custom email provider reports what
         *     happened to an email it sent. `events` holds integer counters that the API merges into the email's
         *     statistics; `recipients` reports each recipient's status.
         */
        UpdateEmailStatusRequest: {
            status: components["schemas"]["EmailDeliveryStatus"];
            /** @description Counters merged into the email's statistics. */
            events?: {
                delivered?: number;
                opened?: number;
                clicked?: number;
                replied?: number;
                failed?: number;
                accepted?: number;
                rejected?: number;
                unsubscribed?: number;
                complained?: number;
                stored?: number;
            };
            /** @description Each recipient's status. */
            recipients?: {
                /** @description The recipient's address. */
                emailId: string;
                status: components["schemas"]["EmailDeliveryStatus"];
                /** @description Why delivery to this recipient failed. */
                failReason?: string;
            }[];
        };
        /**
         * EmailStatusUpdateResponse
         * @description What `PUT /conversations/messages/email/{id}/status` (v3) answers.
         */
        EmailStatusUpdateResponse: {
            success: boolean;
            message: string;
        };
        /**
         * ExportMessagesResponse
         * @description A page of the location-wide message export, with the opaque cursor of the next page.
         */
        ExportMessagesResponse: {
            messages: components["schemas"]["Message"][];
            /** @description Pass it as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of messages matching the filters. */
            total: number;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * ForwardMessage
         * @description Forwarding details of an email send.
         */
        ForwardMessage: {
            /** @description True when this send forwards an existing message. */
            isForwarded: boolean;
            /** @description Forward the whole thread, not only one message. */
            forwardWholeThread?: boolean;
            /** @description Message being forwarded. */
            messageId?: string;
            /** @description Email message being forwarded. */
            emailMessageId?: string;
            sourceContactId?: string;
            sourceConversationId?: string;
            /** @description Address to forward to. */
            toEmail?: string;
            recipientContactId?: string;
            recipientConversationId?: string;
        };
        /**
         * SendMessageType
         * @description Channel to send a message on. The API refuses other values, so this enum is closed.
         * @example SMS
         * @enum {string}
         */
        SendMessageType: "SMS" | "RCS" | "Email" | "WhatsApp" | "IG" | "FB" | "Custom" | "Live_Chat" | "TIKTOK";
        /**
         * DeliveryStatus
         * @description Delivery status a caller may set when sending, or a provider reports with update-status.
         * @example delivered
         * @enum {string}
         */
        DeliveryStatus: "delivered" | "failed" | "pending" | "read";
        /**
         * SendMessageRequest
         * @description Body of `POST /conversations/messages`.
         *
         *     Observed: the vendor marks `subType` and `status` required, but live sends without them succeed
         *     (201), so only `type` and `contactId` are required here (REFERENCE 6 #5).
         */
        SendMessageRequest: {
            type: components["schemas"]["SendMessageType"];
            /** @description Contact to send to. */
            contactId: components["schemas"]["ResourceId"];
            /** @description Sub-type of the channel (the vendor example is "Email"). Optional: observed sends work without it. */
            subType?: string;
            /** @description Initial status. Optional: observed sends work without it. */
            status?: components["schemas"]["DeliveryStatus"];
            /** @description Text body. */
            message?: string;
            /** @description HTML body (email). */
            html?: string;
            /** @description Subject (email). */
            subject?: string;
            /** @description Sender address (email). */
            emailFrom?: string;
            /** @description Recipient address; overrides the contact's primary email (observed: omitted means the primary). */
            emailTo?: string;
            emailCc?: string[];
            emailBcc?: string[];
            /** @enum {string} */
            emailReplyMode?: "reply" | "reply_all";
            /** @description Message this one replies to (email threading). */
            replyMessageId?: string;
            /** @description Email thread to add the message to. */
            threadId?: string;
            templateId?: string;
            appointmentId?: string;
            /** @description Attachment URLs, usually those the upload operations answered. */
            attachments?: string[];
            /** @description When to send, as UTC epoch **seconds** (not milliseconds). */
            scheduledTimestamp?: number;
            /** @description Custom conversation provider to send through (required when `type` is `Custom`). */
            conversationProviderId?: components["schemas"]["ResourceId"];
            /** @description Subscription subtype (email unsubscribe category). */
            customSubtypeId?: string;
            /** @description Sending number, E.164 (SMS). */
            fromNumber?: string;
            /** @description Receiving number, E.164 (SMS); omitted means the contact's phone. */
            toNumber?: string;
            forward?: components["schemas"]["ForwardMessage"];
            usesNativeSchedulingAi?: boolean;
            /** @enum {string} */
            optimizationPeriod?: "24h" | "48h" | "72h";
        };
        /**
         * SendMessageResultStatus
         * @description Status of a message in a send answer, an open enum. Documented values: delivered, failed, pending,
         *     read. Observed: messages elsewhere carry more statuses (queued, sent, scheduled, ...; REFERENCE 6 #8),
         *     so any string is valid here too.
         */
        SendMessageResultStatus: "delivered" | "failed" | "pending" | "read" | (string & {});
        /**
         * SendMessageResponse
         * @description Answer of a send (also of review-reply and update-status). Observed: `status` may be absent and
         *     `traceId`/`threadId` are added, so only the ids are required and extra properties are allowed.
         *     A GMB send answers `messageIds` (a list).
         */
        SendMessageResponse: {
            /** @description Conversation the message belongs to. */
            conversationId: string;
            /** @description The new message. */
            messageId: string;
            /** @description Email message id (email sends only); cancel a scheduled email with it. */
            emailMessageId?: string;
            /** @description GMB sends answer a list of ids. */
            messageIds?: string[];
            status?: components["schemas"]["SendMessageResultStatus"];
            /** @description Human-readable note, e.g. "Message queued successfully." */
            msg?: string;
            /** @description Email thread (observed on email sends). */
            threadId?: string;
            /** @description What was forwarded, on an email forward (the 8 documented fields; others may come). */
            forwardData?: {
                /** @description The whole thread was forwarded, not one message. */
                forwardWholeThread?: boolean;
                /** @description The forwarded message. */
                messageId?: string;
                /** @description The forwarded email. */
                emailMessageId?: string;
                /** @description The contact of the forwarded message. */
                sourceContactId?: string;
                /** @description The conversation of the forwarded message. */
                sourceConversationId?: string;
                /** @description The address it was forwarded to. */
                forwardToEmail?: string;
                /** @description The contact it was forwarded to. */
                recipientContactId?: string;
                /** @description The conversation it was forwarded into. */
                recipientConversationId?: string;
            };
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * InboundMessageType
         * @description Channel of a message recorded with add-inbound.
         * @example SMS
         * @enum {string}
         */
        InboundMessageType: "SMS" | "RCS" | "Email" | "WhatsApp" | "GMB" | "IG" | "FB" | "Custom" | "WebChat" | "Live_Chat" | "Call" | "IVR_Call" | "Campaign_Call" | "Campaign_VoiceMail" | "TIKTOK" | "ALL_IN_ONE_CHAT" | "FORM_SUBMISSION";
        /**
         * CallDetails
         * @description The call a recorded call message describes.
         */
        CallDetails: {
            /** @description Called number, E.164. */
            to?: string;
            /** @description Calling number, E.164. For an inbound Call it must match an existing contact. */
            from?: string;
            /** @enum {string} */
            status?: "pending" | "completed" | "answered" | "busy" | "no-answer" | "failed" | "canceled" | "voicemail";
        };
        /**
         * InboundMessageRequest
         * @description Body of `POST /conversations/messages/inbound`.
         *
         *     `conversationProviderId` is documented required, but the vendor's provider guide says it is needed
         *     only for a custom provider (a default SMS or Email provider needs none). Observed: a custom-provider
         *     message without it is answered 201 with an empty body and is not stored (REFERENCE 6 #17); the client
         *     refuses that case before sending. `direction` is documented as an object but is a plain string
         *     (REFERENCE 6 #24).
         */
        InboundMessageRequest: {
            type: components["schemas"]["InboundMessageType"];
            /** @description Conversation to add the message to. */
            conversationId: components["schemas"]["ResourceId"];
            /** @description Contact the message comes from. */
            contactId: components["schemas"]["ResourceId"];
            /** @description Conversation provider; required for custom providers. */
            conversationProviderId?: components["schemas"]["ResourceId"];
            message?: string;
            attachments?: string[];
            html?: string;
            subject?: string;
            emailFrom?: string;
            emailTo?: string;
            emailCc?: string[];
            emailBcc?: string[];
            /** @description Email message this one replies to (threading). */
            emailMessageId?: string;
            /** @description The external provider's id for this message; echoed back as `replyToAltId`. */
            altId?: string;
            /**
             * @description A plain string (the vendor spec types it as an object, a spec bug).
             * @default outbound
             * @enum {string}
             */
            direction?: "outbound" | "inbound";
            /**
             * Format: date-time
             * @description When the message happened.
             */
            date?: string;
            call?: components["schemas"]["CallDetails"];
        };
        /**
         * RecordedMessageResponse
         * @description Answer of add-inbound and add-outbound-call. Extra properties (`traceId`) are allowed.
         */
        RecordedMessageResponse: {
            success: boolean;
            conversationId: string;
            messageId: string;
            /** @description Human-readable note. */
            message: string;
            contactId?: string;
            /** Format: date-time */
            dateAdded?: string;
            emailMessageId?: string;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * OutboundCallRequest
         * @description Body of `POST /conversations/messages/outbound`: records a call placed outside Leadway.
         */
        OutboundCallRequest: {
            /**
             * @description Only calls can be recorded this way.
             * @enum {string}
             */
            type: "Call";
            conversationId: components["schemas"]["ResourceId"];
            conversationProviderId: components["schemas"]["ResourceId"];
            /** @description Recording URLs. */
            attachments?: string[];
            /** @description The external provider's id for this call. */
            altId?: string;
            /** Format: date-time */
            date?: string;
            /** @description The `to` number must match a contact. */
            call?: components["schemas"]["CallDetails"];
        };
        /**
         * ReviewReplyRequest
         * @description Body of `POST /conversations/messages/review-reply`.
         */
        ReviewReplyRequest: {
            /** @description A review conversation (type 4, Review). */
            conversationId: components["schemas"]["ResourceId"];
            locationId: components["schemas"]["ResourceId"];
            /** @description The reply text. */
            message: string;
        };
        /**
         * CancelScheduledResult
         * @description Answer of the cancel-scheduled operations. Observed in the vendor's own example: the HTTP status is
         *     200 even when the cancellation failed; the failure is the `status` inside the body (e.g. 404 when there
         *     was nothing to cancel; REFERENCE 6 #23). The client reports `cancelled: false` for such an answer.
         */
        CancelScheduledResult: {
            /** @description HTTP-like outcome: 2xx cancelled, anything else did not. */
            status: number;
            message: string;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * UploadAttachmentsRequest
         * @description Multipart form of `POST /conversations/messages/upload`. Files go under the form key
         *     `fileAttachment` (repeat it for several). Allowed types: JPG, JPEG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC,
         *     DOCX, TXT, MP3, WAV.
         *
         *     `attachmentUrls` is documented required, but a form that uploads only files has no URL to list and a
         *     multipart form cannot carry an empty list, so it is optional here [inference].
         */
        UploadAttachmentsRequest: {
            /** @description The files: the form key repeated once per file. One part is a single value, several parts a list, so both are valid. */
            fileAttachment: string | string[];
            conversationId: components["schemas"]["ResourceId"];
            contactId: components["schemas"]["ResourceId"];
            locationId: components["schemas"]["ResourceId"];
            /** @description URLs to attach besides the files: the form key repeated once per URL, so one URL is a single value. */
            attachmentUrls?: string | string[];
            /** @description Twilio chat service SID (group SMS). */
            chatServiceSid?: string;
            /**
             * @description A form field, so a string; "true" allows only one file.
             * @enum {string}
             */
            isGroupSms?: "true" | "false";
        };
        /**
         * UploadedFiles
         * @description File name → hosted URL of each uploaded file.
         * @example {
         *       "invoice.pdf": "https://storage.googleapis.com/msgsndr/loc4EPM428kjkvShlRW1A/media/invoice.pdf"
         *     }
         */
        UploadedFiles: {
            [key: string]: string;
        };
        /**
         * UploadAttachmentsResponse
         * @description Answer of the multipart upload.
         */
        UploadAttachmentsResponse: {
            uploadedFiles: components["schemas"]["UploadedFiles"];
            /** @description Media SIDs when a Twilio chat service was named. */
            twilioMediaSids?: string[];
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * UploadError
         * @description Error body of the upload operations: the field is `status`, not `statusCode` as elsewhere.
         */
        UploadError: {
            /**
             * @description The HTTP status, repeated.
             * @enum {integer}
             */
            status: 400 | 413 | 415;
            message: string;
        };
        /**
         * InitiateUploadRequest
         * @description Body of `POST /conversations/messages/upload/initiate`: asks for a signed URL to PUT a large file to.
         *     Size limit per `channel`: `WHATSAPP` 100 MB, every other channel 5 MB.
         */
        InitiateUploadRequest: {
            locationId: components["schemas"]["ResourceId"];
            conversationId: components["schemas"]["ResourceId"];
            filename: string;
            /** @description MIME type of the file, e.g. image/png. */
            contentType: string;
            /** @description Size in bytes. */
            fileSize?: number;
            /** @description Channel the file will be sent on (e.g. SMS, EMAIL, WHATSAPP); only WHATSAPP has the 100 MB limit. */
            channel: string;
        };
        /**
         * InitiateUploadResponse
         * @description A signed upload URL, valid 15 minutes: PUT the bytes there, then call upload/complete.
         */
        InitiateUploadResponse: {
            /** Format: uri */
            uploadUrl: string;
            uploadId: string;
            filePath: string;
            /** @description Expiry of the URL, epoch milliseconds. */
            expiresAt: number;
            /** @description Largest accepted size for this channel, bytes. */
            maxFileSize: number;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * CompleteUploadRequest
         * @description Body of `POST /conversations/messages/upload/complete`, naming what initiate answered.
         */
        CompleteUploadRequest: {
            uploadId: string;
            filePath: string;
            locationId: components["schemas"]["ResourceId"];
            conversationId: components["schemas"]["ResourceId"];
            filename: string;
        };
        /**
         * CompleteUploadResponse
         * @description The hosted URL of the file uploaded through the signed URL.
         */
        CompleteUploadResponse: {
            uploadedFiles: components["schemas"]["UploadedFiles"];
            metadata: {
                /** @description Bytes. */
                size: number;
                contentType: string;
            };
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * UpdateMessageStatusRequest
         * @description Body of `PUT /conversations/messages/{messageId}/status`, sent by a conversation provider.
         */
        UpdateMessageStatusRequest: {
            status: components["schemas"]["DeliveryStatus"];
            /** @description Why delivery failed. */
            error?: {
                code: string;
                type: string;
                message: string;
            };
            emailMessageId?: string;
            /** @description Recipients the status applies to. */
            recipients?: string[];
        };
        /**
         * UpdateMessageAttachmentsRequest
         * @description Body of `PUT /conversations/messages/{messageId}/attachments`: replaces the attachments.
         */
        UpdateMessageAttachmentsRequest: {
            /** @description Up to 5 URLs. */
            attachments: string[];
        };
        /**
         * TranscriptionSentence
         * @description One sentence of a call transcript.
         */
        TranscriptionSentence: {
            /** @description Audio channel (call leg) of the sentence. */
            mediaChannel: number;
            sentenceIndex: number;
            /** @description Milliseconds from the start of the call. */
            startTime: number;
            /** @description Milliseconds from the start of the call. */
            endTime: number;
            transcript: string;
            confidence: number;
        };
        /**
         * CallTranscription
         * @description Transcript of a call. The vendor spec models a single sentence object, while a transcript is a list
         *     of sentences; which one the live API sends is unconfirmed, so both are valid here. The client always
         *     returns a list.
         */
        CallTranscription: components["schemas"]["TranscriptionSentence"][] | components["schemas"]["TranscriptionSentence"];
        /**
         * LiveChatTypingRequest
         * @description Body of `POST /conversations/providers/live-chat/typing`.
         *
         *     `isTyping` is documented as a string, but the vendor's example sends a boolean (REFERENCE 6 #25), so
         *     both `true`/`false` and `"true"`/`"false"` are valid. The client sends a boolean.
         */
        LiveChatTypingRequest: {
            locationId: components["schemas"]["ResourceId"];
            isTyping: boolean | ("true" | "false");
            /** @description The live-chat visitor. */
            visitorId: components["schemas"]["ResourceId"];
            conversationId: components["schemas"]["ResourceId"];
        };
        /**
         * LiveChatTypingResponse
         * @description Answer of the live-chat typing indicator.
         */
        LiveChatTypingResponse: {
            success: boolean;
            traceId?: components["schemas"]["TraceId"];
        };
        /**
         * PreferencesAnswer
         * @description Answer of the subscription-preference operations. The vendor publishes no schema for these answers,
         *     so any JSON object is valid; the examples show the fields the request names suggest [inference].
         */
        PreferencesAnswer: {
            [key: string]: unknown;
        };
        /**
         * CustomSubtypeCreateRequest
         * @description Body of creating a subscription subtype (an email or SMS unsubscribe category).
         */
        CustomSubtypeCreateRequest: {
            name: string;
            description?: string;
            /** @enum {string} */
            channel: "email" | "sms";
            /** @description Language code, e.g. en. */
            language: string;
        };
        /**
         * CustomSubtypeUpdateRequest
         * @description Body of updating (or archiving) a subscription subtype. Field names mix snake_case and camelCase as the API does.
         */
        CustomSubtypeUpdateRequest: {
            name?: string;
            description?: string;
            archived?: boolean;
            /** @description Legal form shown when a contact resubscribes. */
            resubscription_legal_form_id?: string;
        };
        /**
         * SubscriptionChangeRequest
         * @description Body of an admin-initiated subscribe/unsubscribe of a contact.
         */
        SubscriptionChangeRequest: {
            locationId: components["schemas"]["ResourceId"];
            contactId: components["schemas"]["ResourceId"];
            /** Format: email */
            email: string;
            subscription_action: {
                /** @enum {string} */
                type: "default" | "custom" | "resub_all";
                /**
                 * @description Built-in subtype (with type default).
                 * @enum {string}
                 */
                subtype_name?: "One on One";
                /** @description Custom subtype (with type custom). */
                subtype_id?: string;
                /** @enum {string} */
                subtype_status: "subscribed" | "unsubscribed";
            };
            legal_reason?: string;
            legal_description?: string;
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
        WebhookMessageFields: {
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
        } & components["schemas"]["WebhookDeliveryFields"];
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
        WebhookConversationUnreadUpdate: {
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
        } & components["schemas"]["WebhookDeliveryFields"];
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
        WebhookProviderOutboundMessage: {
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
        } & components["schemas"]["WebhookDeliveryFields"];
        /**
         * WebhookLCEmailStats
         * @description Payload of the LCEmailStats event: what the built-in email service's provider reported about an
         *     email (delivered, opened, clicked, failed, unsubscribed, complained, ...). `webhookPayload` is the
         *     provider's event detail, passed on as the provider sent it; only its common fields are described.
         *     Extra properties are allowed.
         */
        WebhookLCEmailStats: {
            /**
             * @description The event type.
             * @constant
             */
            type: "LCEmailStats";
            /** @example ve9EPM428kjkvShlRW1KT */
            locationId: string;
            /**
             * @description The agency (company) of the location.
             * @example 5DP4iH6HLkQsiKESj6rh
             */
            companyId?: string;
            /** @description The email provider's event detail. */
            webhookPayload: {
                /**
                 * @description What happened (`delivered`, `opened`, `clicked`, `failed`, `unsubscribed`, `complained`, ...).
                 * @example delivered
                 */
                event?: string;
                /** @description The provider's id of this event. */
                id?: string;
                /** @description When it happened. @unit epoch seconds (fractional) */
                timestamp?: number;
                /** @description The recipient's address. */
                recipient?: string;
                /** @description The provider's severity (`info`, `warn`, `error`). */
                "log-level"?: string;
                /** @description Why delivery failed, when it did. */
                reason?: string;
                /** @description The email the event is about. */
                message?: {
                    headers?: {
                        /** @description The email's Message-ID. */
                        "message-id"?: string;
                    };
                };
            };
        } & components["schemas"]["WebhookDeliveryFields"];
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
        /** @description The upload was refused (a bad form, too many files for a group SMS). Upload errors carry `status`, not `statusCode`. */
        UploadBadRequest: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
            };
        };
        /** @description The file is larger than the channel allows (5 MB; 100 MB for WhatsApp). */
        PayloadTooLarge: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
            };
        };
        /** @description The file type is not allowed (allowed: JPG, JPEG, PNG, MP4, MPEG, ZIP, RAR, PDF, DOC, DOCX, TXT, MP3, WAV). */
        UnsupportedMediaType: {
            headers: {
                "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
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
         * @description Location (sub-account) ID as string.
         * @example loc4EPM428kjkvShlRW1A
         */
        LocationIdInQuery: components["schemas"]["ResourceId"];
        /**
         * @description Message id. The vendor's spec uses `{id}` in the path but forgets to declare it (its SDK's
         *     method therefore takes no id); it is declared here.
         * @example ve9EPM428h8vShlRW1KT
         */
        MessageIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Email message id (`meta.email.messageIds` of a message, or `emailMessageId` of a send). The
         *     vendor's v2 spec forgets to declare it; it is declared here.
         * @example zT4Mh1kvPq3RsW8xYz2A
         */
        EmailMessageIdPath: components["schemas"]["ResourceId"];
        /**
         * @description API version of the operations that exist only in the vendor's v3 API: they are sent with
         *     `Version: v3` whatever version the client uses for the others (an older Version gets 404).
         * @example v3
         */
        VersionV3: "v3";
        /**
         * @description Message ID as string.
         * @example ve9EPM428kjkvShlRW1KT
         */
        MessageId: components["schemas"]["ResourceId"];
        /**
         * @description Email message ID (the `emailMessageId` a send answered) as string.
         * @example kj9EPM428kjkvShlRW7Hq
         */
        EmailMessageId: components["schemas"]["ResourceId"];
        /**
         * @description Location (sub-account) ID as string.
         * @example loc4EPM428kjkvShlRW1A
         */
        LocationIdInPath: components["schemas"]["ResourceId"];
        /**
         * @description Which leg of the call to fetch (0 or 1). Observed, not documented: the vendor spec declares no query parameters for this operation, but a call can carry two recordings.
         * @example 0
         */
        RecordingIndex: 0 | 1;
        /**
         * @description Custom subtype ID as string.
         * @example sub7EPM428kjkvShlRW1B
         */
        CustomSubtypeId: components["schemas"]["ResourceId"];
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
    updateConversation: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConversationRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
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
                    "application/json": components["schemas"]["UpdateConversationResponse"];
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
    deleteConversation: {
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
            /** @description The conversation was deleted. */
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
                    "application/json": components["schemas"]["SuccessResponse"];
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
    searchConversations: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
                /** @description Only the conversation of this contact. */
                contactId?: components["schemas"]["ResourceId"];
                /** @description Comma-separated user ids, or `unassigned`. */
                assignedTo?: string;
                /** @description Comma-separated user ids. */
                followers?: string;
                /** @description Comma-separated user ids. */
                mentions?: string;
                /** @description Free text, e.g. a phone number or an email address. */
                query?: string;
                /** @description Sort order. */
                sort?: "asc" | "desc";
                /** @description What to sort by (`overdue_at` and `due_at` were added after 2025-08). */
                sortBy?: "last_manual_message_date" | "last_message_date" | "score_profile" | "overdue_at" | "due_at";
                /**
                 * @description Keyset cursor: the `sort` value of the last item of the previous page (its first element
                 *     when it holds one, the whole array, repeated as `startAfterDate=a&startAfterDate=b`,
                 *     otherwise).
                 */
                startAfterDate?: number | (number | string)[];
                /** @description Only this conversation. */
                id?: components["schemas"]["ResourceId"];
                /**
                 * @description Page size. The vendor gives no maximum; 100 is what clients commonly use and is the limit
                 *     here (unverified).
                 */
                limit?: number;
                /** @description Only conversations whose last message is of this kind. */
                lastMessageType?: components["schemas"]["MessageTypeString"];
                /** @description Only conversations whose last outbound message was sent this way (the items report it as `lastOutboundMessageAction`). */
                lastMessageAction?: "automated" | "manual";
                /** @description Only conversations whose last message went this way. */
                lastMessageDirection?: "inbound" | "outbound";
                /** @description Read state filter. */
                status?: "all" | "read" | "unread" | "starred" | "recents";
                /** @description Score profile id, used when `sortBy=score_profile`. */
                sortScoreProfile?: string;
                /** @description Score profile id to filter on, with `scoreProfileMin`/`scoreProfileMax`. */
                scoreProfile?: string;
                /** @description Minimum score. */
                scoreProfileMin?: number;
                /** @description Maximum score. */
                scoreProfileMax?: number;
                /** @description Only conversations added at or after this time. @unit epoch milliseconds */
                startDate?: number;
                /** @description Only conversations added at or before this time. @unit epoch milliseconds */
                endDate?: number;
            };
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
        requestBody?: never;
        responses: {
            /** @description A page of matching conversations. */
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
                    "application/json": components["schemas"]["SearchConversationsResponse"];
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
    createConversation: {
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
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConversationResponse"];
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
    getMessages: {
        parameters: {
            query?: {
                /** @description Id of the last message of the previous page. */
                lastMessageId?: components["schemas"]["ResourceId"];
                /** @description Page size. No maximum is documented. */
                limit?: number;
                /** @description Only messages of these kinds, comma-separated. */
                type?: components["schemas"]["MessageTypeFilter"][];
            };
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
            /** @description A page of messages. */
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
                    "application/json": components["schemas"]["GetMessagesResponse"];
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
    getMessage: {
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
                 * @description Message id. The vendor's spec uses `{id}` in the path but forgets to declare it (its SDK's
                 *     method therefore takes no id); it is declared here.
                 * @example ve9EPM428h8vShlRW1KT
                 */
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
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
                    "application/json": components["schemas"]["GetMessageResponse"];
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
    getEmailMessage: {
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
                 * @description Email message id (`meta.email.messageIds` of a message, or `emailMessageId` of a send). The
                 *     vendor's v2 spec forgets to declare it; it is declared here.
                 * @example zT4Mh1kvPq3RsW8xYz2A
                 */
                id: components["parameters"]["EmailMessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email. */
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
                    "application/json": components["schemas"]["EmailMessage"];
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
    updateEmailStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of the operations that exist only in the vendor's v3 API: they are sent with
                 *     `Version: v3` whatever version the client uses for the others (an older Version gets 404).
                 * @example v3
                 */
                Version: components["parameters"]["VersionV3"];
            };
            path: {
                /**
                 * @description Email message id (`meta.email.messageIds` of a message, or `emailMessageId` of a send). The
                 *     vendor's v2 spec forgets to declare it; it is declared here.
                 * @example zT4Mh1kvPq3RsW8xYz2A
                 */
                id: components["parameters"]["EmailMessageIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmailStatusRequest"];
            };
        };
        responses: {
            /** @description The status was recorded. */
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
                    "application/json": components["schemas"]["EmailStatusUpdateResponse"];
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
    exportMessages: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description What to sort by. */
                sortBy?: "createdAt" | "updatedAt";
                /** @description Sort order. */
                sortOrder?: "asc" | "desc";
                /** @description Only the messages of this conversation. */
                conversationId?: components["schemas"]["ResourceId"];
                /** @description Only the messages of this contact. */
                contactId?: components["schemas"]["ResourceId"];
                /** @description Only messages of this channel (email is left out unless asked for). */
                channel?: "Call" | "SMS" | "Email" | "WhatsApp" | "Instagram" | "Facebook";
                /** @description Only messages from this date on (ISO 8601). */
                startDate?: string;
                /** @description Only messages up to this date (ISO 8601). */
                endDate?: string;
            };
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
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
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
                    "application/json": components["schemas"]["ExportMessagesResponse"];
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
    sendMessage: {
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
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Sent (the documented status). */
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
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            /** @description Sent or queued (the status observed live). */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
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
    addInboundMessage: {
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
                "application/json": components["schemas"]["InboundMessageRequest"];
            };
        };
        responses: {
            /** @description Recorded (documented). */
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
                    "application/json": components["schemas"]["RecordedMessageResponse"];
                };
            };
            /** @description Recorded (observed). */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMessageResponse"];
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
    addOutboundCall: {
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
                "application/json": components["schemas"]["OutboundCallRequest"];
            };
        };
        responses: {
            /** @description Recorded. */
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
                    "application/json": components["schemas"]["RecordedMessageResponse"];
                };
            };
            /** @description Recorded (as other creating POSTs are answered). */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedMessageResponse"];
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
    replyToReview: {
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
                "application/json": components["schemas"]["ReviewReplyRequest"];
            };
        };
        responses: {
            /** @description Replied. */
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
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            /** @description Replied (as other creating POSTs are answered). */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
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
    cancelScheduledMessage: {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome, success or not, in the body. */
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
                    "application/json": components["schemas"]["CancelScheduledResult"];
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
    cancelScheduledEmail: {
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
                 * @description Email message ID (the `emailMessageId` a send answered) as string.
                 * @example kj9EPM428kjkvShlRW7Hq
                 */
                emailMessageId: components["parameters"]["EmailMessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome, success or not, in the body. */
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
                    "application/json": components["schemas"]["CancelScheduledResult"];
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
    uploadAttachments: {
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
                "multipart/form-data": components["schemas"]["UploadAttachmentsRequest"];
            };
        };
        responses: {
            /** @description The hosted URLs. */
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
                    "application/json": components["schemas"]["UploadAttachmentsResponse"];
                };
            };
            400: components["responses"]["UploadBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    initiateUpload: {
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
                "application/json": components["schemas"]["InitiateUploadRequest"];
            };
        };
        responses: {
            /** @description Where to PUT the bytes. */
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
                    "application/json": components["schemas"]["InitiateUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeUpload: {
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
                "application/json": components["schemas"]["CompleteUploadRequest"];
            };
        };
        responses: {
            /** @description The hosted URL. */
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
                    "application/json": components["schemas"]["CompleteUploadResponse"];
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
    updateMessageStatus: {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMessageStatusRequest"];
            };
        };
        responses: {
            /** @description Updated; the send shape. */
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
                    "application/json": components["schemas"]["SendMessageResponse"];
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
    updateMessageAttachments: {
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMessageAttachmentsRequest"];
            };
        };
        responses: {
            /** @description Replaced; no body. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content?: never;
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
    getCallRecording: {
        parameters: {
            query?: {
                /**
                 * @description Which leg of the call to fetch (0 or 1). Observed, not documented: the vendor spec declares no query parameters for this operation, but a call can carry two recordings.
                 * @example 0
                 */
                index?: components["parameters"]["RecordingIndex"];
            };
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
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    /**
                     * @description Observed: `attachment; filename=<messageId>.mp3`.
                     * @example attachment; filename=ve9EPM428kjkvShlRW1KT.mp3
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/x-wav": string;
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
    getCallTranscription: {
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
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
                /**
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript. */
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
                    "application/json": components["schemas"]["CallTranscription"];
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
    downloadCallTranscription: {
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
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInPath"];
                /**
                 * @description Message ID as string.
                 * @example ve9EPM428kjkvShlRW1KT
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript file. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    /**
                     * @description Suggested file name.
                     * @example attachment; filename=transcription.txt
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example Speaker 1: Hello, thanks for calling Bright Dental.
                     *     Speaker 2: Hi, I would like to move my appointment.
                     */
                    "text/plain": string;
                    "application/octet-stream": string;
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
    sendLiveChatTyping: {
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
                "application/json": components["schemas"]["LiveChatTypingRequest"];
            };
        };
        responses: {
            /** @description Sent. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveChatTypingResponse"];
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
    listCustomSubtypes: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
            };
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
        requestBody?: never;
        responses: {
            /** @description The subtypes. */
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
                    "application/json": components["schemas"]["PreferencesAnswer"];
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
    createCustomSubtype: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
            };
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
                "application/json": components["schemas"]["CustomSubtypeCreateRequest"];
            };
        };
        responses: {
            /** @description Created. */
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
                    "application/json": components["schemas"]["PreferencesAnswer"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesAnswer"];
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
    updateCustomSubtype: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
            };
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
                 * @description Custom subtype ID as string.
                 * @example sub7EPM428kjkvShlRW1B
                 */
                id: components["parameters"]["CustomSubtypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomSubtypeUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated. */
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
                    "application/json": components["schemas"]["PreferencesAnswer"];
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
    getUnsubscriptionStatus: {
        parameters: {
            query: {
                /**
                 * @description Location (sub-account) ID as string.
                 * @example loc4EPM428kjkvShlRW1A
                 */
                locationId: components["parameters"]["LocationIdInQuery"];
                /**
                 * @description Contact ID.
                 * @example abc4EPM428kjkvShlRW1K
                 */
                contactId: components["schemas"]["ResourceId"];
                /**
                 * @description Email address of the contact to check.
                 * @example ada@example.com
                 */
                email?: string;
            };
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
        requestBody?: never;
        responses: {
            /** @description The statuses. */
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
                    "application/json": components["schemas"]["PreferencesAnswer"];
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
    changeUserSubscription: {
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
                "application/json": components["schemas"]["SubscriptionChangeRequest"];
            };
        };
        responses: {
            /** @description Changed. */
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
                    "application/json": components["schemas"]["PreferencesAnswer"];
                };
            };
            /** @description Changed. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["RateLimitLimitDaily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["RateLimitDailyRemaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["RateLimitIntervalMilliseconds"];
                    "X-RateLimit-Max": components["headers"]["RateLimitMax"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesAnswer"];
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
    webhookLCEmailStats: {
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
                "application/json": components["schemas"]["WebhookLCEmailStats"];
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
