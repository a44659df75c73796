/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

/** Documented values of the open enum `OAuthUserType` (the API may send others; see the spec). */
export const OAuthUserType = {
  Company: "Company",
  Location: "Location",
} as const;

/** Human labels of the documented values of `OAuthUserType`; values not listed here are undocumented. */
export const OAuthUserTypeLabels: Readonly<Record<string, string>> = {
  "Company": "Agency (company) token",
  "Location": "Sub-account (location) token",
};

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

/** Documented values of the open enum `WebhookMessageDirection` (the API may send others; see the spec). */
export const WebhookMessageDirection = {
  Inbound: "inbound",
  Outbound: "outbound",
} as const;

/** Human labels of the documented values of `WebhookMessageDirection`; values not listed here are undocumented. */
export const WebhookMessageDirectionLabels: Readonly<Record<string, string>> = {
  "inbound": "From the contact to the location",
  "outbound": "From the location to the contact",
};

/** Documented values of the open enum `WebhookMessageChannel` (the API may send others; see the spec). */
export const WebhookMessageChannel = {
  Sms: "SMS",
  Email: "Email",
  Call: "CALL",
  VoiceMail: "VoiceMail",
  Custom: "Custom",
  Gmb: "GMB",
  Facebook: "FB",
  Instagram: "IG",
  LiveChat: "Live Chat",
} as const;

/** Human labels of the documented values of `WebhookMessageChannel`; values not listed here are undocumented. */
export const WebhookMessageChannelLabels: Readonly<Record<string, string>> = {
  "SMS": "SMS",
  "Email": "Email",
  "CALL": "Phone call",
  "VoiceMail": "Voicemail",
  "Custom": "Custom conversation provider",
  "GMB": "Google Business Messages",
  "FB": "Facebook Messenger",
  "IG": "Instagram",
  "Live Chat": "Live chat widget",
};
