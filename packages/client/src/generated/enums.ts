/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

/** Documented values of the open enum `ConversationChannelType` (the API may send others; see the spec). */
export const ConversationChannelType = {
  Phone: 1,
  Email: 2,
  FacebookMessenger: 3,
  Review: 4,
  GroupSms: 5,
  InternalChat: 6,
} as const;

/** Human labels of the documented values of `ConversationChannelType`; values not listed here are undocumented. */
export const ConversationChannelTypeLabels: Readonly<Record<string, string>> = {
  "1": "Phone",
  "2": "Email",
  "3": "Facebook Messenger",
  "4": "Review",
  "5": "Group SMS",
  "6": "Internal Chat",
};
