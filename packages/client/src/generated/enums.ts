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

/** Documented values of the open enum `MessageTypeString` (the API may send others; see the spec). */
export const MessageTypeString = {
  Call: "TYPE_CALL",
  Sms: "TYPE_SMS",
  Rcs: "TYPE_RCS",
  Email: "TYPE_EMAIL",
  SmsReviewRequest: "TYPE_SMS_REVIEW_REQUEST",
  Webchat: "TYPE_WEBCHAT",
  SmsNoShowRequest: "TYPE_SMS_NO_SHOW_REQUEST",
  CampaignSms: "TYPE_CAMPAIGN_SMS",
  CampaignCall: "TYPE_CAMPAIGN_CALL",
  CampaignEmail: "TYPE_CAMPAIGN_EMAIL",
  CampaignVoicemail: "TYPE_CAMPAIGN_VOICEMAIL",
  Facebook: "TYPE_FACEBOOK",
  CampaignFacebook: "TYPE_CAMPAIGN_FACEBOOK",
  CampaignManualCall: "TYPE_CAMPAIGN_MANUAL_CALL",
  CampaignManualSms: "TYPE_CAMPAIGN_MANUAL_SMS",
  Gmb: "TYPE_GMB",
  CampaignGmb: "TYPE_CAMPAIGN_GMB",
  Review: "TYPE_REVIEW",
  Instagram: "TYPE_INSTAGRAM",
  Whatsapp: "TYPE_WHATSAPP",
  CustomSms: "TYPE_CUSTOM_SMS",
  CustomEmail: "TYPE_CUSTOM_EMAIL",
  CustomProviderSms: "TYPE_CUSTOM_PROVIDER_SMS",
  CustomProviderEmail: "TYPE_CUSTOM_PROVIDER_EMAIL",
  IvrCall: "TYPE_IVR_CALL",
  ActivityContact: "TYPE_ACTIVITY_CONTACT",
  ActivityInvoice: "TYPE_ACTIVITY_INVOICE",
  ActivityPayment: "TYPE_ACTIVITY_PAYMENT",
  ActivityOpportunity: "TYPE_ACTIVITY_OPPORTUNITY",
  LiveChat: "TYPE_LIVE_CHAT",
  LiveChatInfoMessage: "TYPE_LIVE_CHAT_INFO_MESSAGE",
  ActivityAppointment: "TYPE_ACTIVITY_APPOINTMENT",
  FacebookComment: "TYPE_FACEBOOK_COMMENT",
  InstagramComment: "TYPE_INSTAGRAM_COMMENT",
  CustomCall: "TYPE_CUSTOM_CALL",
  InternalComment: "TYPE_INTERNAL_COMMENT",
  ActivityEmployeeActionLog: "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG",
  Tiktok: "TYPE_TIKTOK",
  TiktokComment: "TYPE_TIKTOK_COMMENT",
  ActivityWhatsapp: "TYPE_ACTIVITY_WHATSAPP",
  FormSubmission: "TYPE_FORM_SUBMISSION",
  SmsReaction: "TYPE_SMS_REACTION",
} as const;

/** Human labels of the documented values of `MessageTypeString`; values not listed here are undocumented. */
export const MessageTypeStringLabels: Readonly<Record<string, string>> = {
  "TYPE_CALL": "Call",
  "TYPE_SMS": "SMS",
  "TYPE_RCS": "RCS",
  "TYPE_EMAIL": "Email",
  "TYPE_SMS_REVIEW_REQUEST": "SMS review request",
  "TYPE_WEBCHAT": "Web chat",
  "TYPE_SMS_NO_SHOW_REQUEST": "SMS no-show request",
  "TYPE_CAMPAIGN_SMS": "Campaign SMS",
  "TYPE_CAMPAIGN_CALL": "Campaign call",
  "TYPE_CAMPAIGN_EMAIL": "Campaign email",
  "TYPE_CAMPAIGN_VOICEMAIL": "Campaign voicemail",
  "TYPE_FACEBOOK": "Facebook",
  "TYPE_CAMPAIGN_FACEBOOK": "Campaign Facebook",
  "TYPE_CAMPAIGN_MANUAL_CALL": "Campaign manual call",
  "TYPE_CAMPAIGN_MANUAL_SMS": "Campaign manual SMS",
  "TYPE_GMB": "Google Business",
  "TYPE_CAMPAIGN_GMB": "Campaign Google Business",
  "TYPE_REVIEW": "Review",
  "TYPE_INSTAGRAM": "Instagram",
  "TYPE_WHATSAPP": "WhatsApp",
  "TYPE_CUSTOM_SMS": "Custom SMS",
  "TYPE_CUSTOM_EMAIL": "Custom email",
  "TYPE_CUSTOM_PROVIDER_SMS": "Custom provider SMS",
  "TYPE_CUSTOM_PROVIDER_EMAIL": "Custom provider email",
  "TYPE_IVR_CALL": "IVR call",
  "TYPE_ACTIVITY_CONTACT": "Activity (contact)",
  "TYPE_ACTIVITY_INVOICE": "Activity (invoice)",
  "TYPE_ACTIVITY_PAYMENT": "Activity (payment)",
  "TYPE_ACTIVITY_OPPORTUNITY": "Activity (opportunity)",
  "TYPE_LIVE_CHAT": "Live chat",
  "TYPE_LIVE_CHAT_INFO_MESSAGE": "Live chat info message",
  "TYPE_ACTIVITY_APPOINTMENT": "Activity (appointment)",
  "TYPE_FACEBOOK_COMMENT": "Facebook comment",
  "TYPE_INSTAGRAM_COMMENT": "Instagram comment",
  "TYPE_CUSTOM_CALL": "Custom call",
  "TYPE_INTERNAL_COMMENT": "Internal comment",
  "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG": "Activity (employee action log)",
  "TYPE_TIKTOK": "TikTok",
  "TYPE_TIKTOK_COMMENT": "TikTok comment",
  "TYPE_ACTIVITY_WHATSAPP": "Activity (WhatsApp)",
  "TYPE_FORM_SUBMISSION": "Form submission",
  "TYPE_SMS_REACTION": "SMS reaction",
};

/** Documented values of the open enum `ConversationTypeString` (the API may send others; see the spec). */
export const ConversationTypeString = {
  Phone: "TYPE_PHONE",
  Email: "TYPE_EMAIL",
  FacebookMessenger: "TYPE_FB_MESSENGER",
  Review: "TYPE_REVIEW",
  GroupSms: "TYPE_GROUP_SMS",
} as const;

/** Human labels of the documented values of `ConversationTypeString`; values not listed here are undocumented. */
export const ConversationTypeStringLabels: Readonly<Record<string, string>> = {
  "TYPE_PHONE": "Phone",
  "TYPE_EMAIL": "Email",
  "TYPE_FB_MESSENGER": "Facebook Messenger",
  "TYPE_REVIEW": "Review",
  "TYPE_GROUP_SMS": "Group SMS",
};

/** Documented values of the open enum `MessageDirection` (the API may send others; see the spec). */
export const MessageDirection = {
  Inbound: "inbound",
  Outbound: "outbound",
} as const;

/** Human labels of the documented values of `MessageDirection`; values not listed here are undocumented. */
export const MessageDirectionLabels: Readonly<Record<string, string>> = {
  "inbound": "Inbound (from the contact)",
  "outbound": "Outbound (to the contact)",
};

/** Documented values of the open enum `MessageAction` (the API may send others; see the spec). */
export const MessageAction = {
  Automated: "automated",
  Manual: "manual",
} as const;

/** Human labels of the documented values of `MessageAction`; values not listed here are undocumented. */
export const MessageActionLabels: Readonly<Record<string, string>> = {
  "automated": "Automated",
  "manual": "Manual",
};

/** Documented values of the open enum `MessageTypeFilter` (the API may send others; see the spec). */
export const MessageTypeFilter = {
  Call: "TYPE_CALL",
  Sms: "TYPE_SMS",
  Rcs: "TYPE_RCS",
  Email: "TYPE_EMAIL",
  Facebook: "TYPE_FACEBOOK",
  Gmb: "TYPE_GMB",
  Instagram: "TYPE_INSTAGRAM",
  Whatsapp: "TYPE_WHATSAPP",
  ActivityAppointment: "TYPE_ACTIVITY_APPOINTMENT",
  ActivityContact: "TYPE_ACTIVITY_CONTACT",
  ActivityInvoice: "TYPE_ACTIVITY_INVOICE",
  ActivityPayment: "TYPE_ACTIVITY_PAYMENT",
  ActivityOpportunity: "TYPE_ACTIVITY_OPPORTUNITY",
  LiveChat: "TYPE_LIVE_CHAT",
  InternalComments: "TYPE_INTERNAL_COMMENTS",
  ActivityEmployeeActionLog: "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG",
  Tiktok: "TYPE_TIKTOK",
  ActivityWhatsapp: "TYPE_ACTIVITY_WHATSAPP",
  FormSubmission: "TYPE_FORM_SUBMISSION",
} as const;

/** Human labels of the documented values of `MessageTypeFilter`; values not listed here are undocumented. */
export const MessageTypeFilterLabels: Readonly<Record<string, string>> = {
  "TYPE_CALL": "Call",
  "TYPE_SMS": "SMS",
  "TYPE_RCS": "RCS",
  "TYPE_EMAIL": "Email",
  "TYPE_FACEBOOK": "Facebook",
  "TYPE_GMB": "Google Business",
  "TYPE_INSTAGRAM": "Instagram",
  "TYPE_WHATSAPP": "WhatsApp",
  "TYPE_ACTIVITY_APPOINTMENT": "Activity (appointment)",
  "TYPE_ACTIVITY_CONTACT": "Activity (contact)",
  "TYPE_ACTIVITY_INVOICE": "Activity (invoice)",
  "TYPE_ACTIVITY_PAYMENT": "Activity (payment)",
  "TYPE_ACTIVITY_OPPORTUNITY": "Activity (opportunity)",
  "TYPE_LIVE_CHAT": "Live chat",
  "TYPE_INTERNAL_COMMENTS": "Internal comments",
  "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG": "Activity (employee action log)",
  "TYPE_TIKTOK": "TikTok",
  "TYPE_ACTIVITY_WHATSAPP": "Activity (WhatsApp)",
  "TYPE_FORM_SUBMISSION": "Form submission",
};

/** Documented values of the open enum `MessageTypeCode` (the API may send others; see the spec). */
export const MessageTypeCode = {
  Call: 1,
  Sms: 2,
  Email: 3,
  SmsReviewRequest: 4,
  Webchat: 5,
  SmsNoShowRequest: 6,
  CampaignSms: 7,
  CampaignCall: 8,
  CampaignEmail: 9,
  CampaignVoicemail: 10,
  Facebook: 11,
  CampaignFacebook: 12,
  CampaignManualCall: 13,
  CampaignManualSms: 14,
  Gmb: 15,
  CampaignGmb: 16,
  Review: 17,
  Instagram: 18,
  Whatsapp: 19,
  CustomSms: 20,
  CustomEmail: 21,
  CustomProviderSms: 22,
  CustomProviderEmail: 23,
  IvrCall: 24,
  ActivityContact: 25,
  ActivityInvoice: 26,
  ActivityPayment: 27,
  ActivityOpportunity: 28,
  LiveChat: 29,
  LiveChatInfoMessage: 30,
  ActivityAppointment: 31,
  FacebookComment: 32,
  InstagramComment: 33,
  CustomCall: 34,
} as const;

/** Human labels of the documented values of `MessageTypeCode`; values not listed here are undocumented. */
export const MessageTypeCodeLabels: Readonly<Record<string, string>> = {
  "1": "Call (documented)",
  "2": "SMS",
  "3": "Email (documented)",
  "4": "SMS review request",
  "5": "Web chat",
  "6": "SMS no-show request",
  "7": "Campaign SMS",
  "8": "Campaign call",
  "9": "Campaign email",
  "10": "Campaign voicemail (documented)",
  "11": "Facebook",
  "12": "Campaign Facebook",
  "13": "Campaign manual call",
  "14": "Campaign manual SMS",
  "15": "Google Business",
  "16": "Campaign Google Business",
  "17": "Review",
  "18": "Instagram",
  "19": "WhatsApp",
  "20": "Custom SMS",
  "21": "Custom email",
  "22": "Custom provider SMS (observed)",
  "23": "Custom provider email",
  "24": "IVR call",
  "25": "Activity (contact)",
  "26": "Activity (invoice)",
  "27": "Activity (payment)",
  "28": "Activity (opportunity)",
  "29": "Live chat",
  "30": "Live chat info message",
  "31": "Activity (appointment)",
  "32": "Facebook comment",
  "33": "Instagram comment",
  "34": "Custom call (documented)",
};

/** Documented values of the open enum `MessageStatus` (the API may send others; see the spec). */
export const MessageStatus = {
  Connected: "connected",
  Delivered: "delivered",
  Failed: "failed",
  Opened: "opened",
  Pending: "pending",
  Read: "read",
  Scheduled: "scheduled",
  Sent: "sent",
  Undelivered: "undelivered",
  Clicked: "clicked",
  OptOut: "opt_out",
  Queued: "queued",
  Completed: "completed",
  NoAnswer: "no-answer",
  Voicemail: "voicemail",
} as const;

/** Human labels of the documented values of `MessageStatus`; values not listed here are undocumented. */
export const MessageStatusLabels: Readonly<Record<string, string>> = {
  "connected": "Connected",
  "delivered": "Delivered",
  "failed": "Failed",
  "opened": "Opened",
  "pending": "Pending",
  "read": "Read",
  "scheduled": "Scheduled",
  "sent": "Sent",
  "undelivered": "Undelivered",
  "clicked": "Clicked",
  "opt_out": "Opted out",
  "queued": "Queued",
  "completed": "Completed (observed on calls)",
  "no-answer": "No answer (observed on calls)",
  "voicemail": "Voicemail (observed on calls)",
};

/** Documented values of the open enum `CallStatus` (the API may send others; see the spec). */
export const CallStatus = {
  Pending: "pending",
  Completed: "completed",
  Answered: "answered",
  Busy: "busy",
  NoAnswer: "no-answer",
  Failed: "failed",
  Canceled: "canceled",
  Voicemail: "voicemail",
} as const;

/** Human labels of the documented values of `CallStatus`; values not listed here are undocumented. */
export const CallStatusLabels: Readonly<Record<string, string>> = {
  "pending": "Pending",
  "completed": "Completed",
  "answered": "Answered",
  "busy": "Busy",
  "no-answer": "No answer",
  "failed": "Failed",
  "canceled": "Canceled",
  "voicemail": "Voicemail",
};

/** Documented values of the open enum `MessageSource` (the API may send others; see the spec). */
export const MessageSource = {
  Workflow: "workflow",
  BulkActions: "bulk_actions",
  Campaign: "campaign",
  Api: "api",
  App: "app",
} as const;

/** Human labels of the documented values of `MessageSource`; values not listed here are undocumented. */
export const MessageSourceLabels: Readonly<Record<string, string>> = {
  "workflow": "Workflow",
  "bulk_actions": "Bulk action",
  "campaign": "Campaign",
  "api": "API",
  "app": "App (a user)",
};

/** Documented values of the open enum `EmailStatus` (the API may send others; see the spec). */
export const EmailStatus = {
  Pending: "pending",
  Scheduled: "scheduled",
  Sent: "sent",
  Delivered: "delivered",
  Read: "read",
  Undelivered: "undelivered",
  Connected: "connected",
  Failed: "failed",
  Opened: "opened",
} as const;

/** Human labels of the documented values of `EmailStatus`; values not listed here are undocumented. */
export const EmailStatusLabels: Readonly<Record<string, string>> = {
  "pending": "Pending",
  "scheduled": "Scheduled",
  "sent": "Sent",
  "delivered": "Delivered",
  "read": "Read",
  "undelivered": "Undelivered",
  "connected": "Connected",
  "failed": "Failed",
  "opened": "Opened",
};

/** Documented values of the open enum `SendMessageResultStatus` (the API may send others; see the spec). */
export const SendMessageResultStatus = {
  Delivered: "delivered",
  Failed: "failed",
  Pending: "pending",
  Read: "read",
} as const;

/** Human labels of the documented values of `SendMessageResultStatus`; values not listed here are undocumented. */
export const SendMessageResultStatusLabels: Readonly<Record<string, string>> = {
  "delivered": "Delivered",
  "failed": "Failed",
  "pending": "Pending",
  "read": "Read",
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
