import type { ApiContext } from '../call.js';
import { liveChatGroup } from '../generated/groups.js';
import type { components } from '../generated/openapi.js';

/** What `liveChat.typing()` returns. */
export type LiveChatTypingResponse = components['schemas']['LiveChatTypingResponse'];

/** What `liveChat.typing()` sends: who is typing, in which conversation. */
export type LiveChatTypingInput = components['schemas']['LiveChatTypingRequest'];

/** The `liveChat` group on a {@link LeadwayCore}: what `client.liveChat` is, generated from the spec. */
export function liveChatResource(api: ApiContext) {
  return liveChatGroup(api);
}

export type LiveChatResource = ReturnType<typeof liveChatResource>;
