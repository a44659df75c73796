/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/openapi.yaml (bundled to spec/dist/openapi.json).
 * Regenerate with `pnpm generate`; CI fails when this file differs from what the spec produces.
 */

/** Documented values of the open enum `OAuthUserType` (the API may send others; see the spec). */
export const OAuthUserType = {
  /** Agency (company) token */
  Company: "Company",
  /** Sub-account (location) token */
  Location: "Location",
} as const;

/** Human labels of the documented values of `OAuthUserType`; values not listed here are undocumented. */
export const OAuthUserTypeLabels: Readonly<Record<string, string>> = {
  "Company": "Agency (company) token",
  "Location": "Sub-account (location) token",
};

/** Documented values of the open enum `ConversationChannelType` (the API may send others; see the spec). */
export const ConversationChannelType = {
  /** Phone */
  Phone: 1,
  /** Email */
  Email: 2,
  /** Facebook Messenger */
  FacebookMessenger: 3,
  /** Review */
  Review: 4,
  /** Group SMS */
  GroupSms: 5,
  /** Internal Chat */
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
  /** Call */
  Call: "TYPE_CALL",
  /** SMS */
  Sms: "TYPE_SMS",
  /** RCS */
  Rcs: "TYPE_RCS",
  /** Email */
  Email: "TYPE_EMAIL",
  /** SMS review request */
  SmsReviewRequest: "TYPE_SMS_REVIEW_REQUEST",
  /** Web chat */
  Webchat: "TYPE_WEBCHAT",
  /** SMS no-show request */
  SmsNoShowRequest: "TYPE_SMS_NO_SHOW_REQUEST",
  /** Campaign SMS */
  CampaignSms: "TYPE_CAMPAIGN_SMS",
  /** Campaign call */
  CampaignCall: "TYPE_CAMPAIGN_CALL",
  /** Campaign email */
  CampaignEmail: "TYPE_CAMPAIGN_EMAIL",
  /** Campaign voicemail */
  CampaignVoicemail: "TYPE_CAMPAIGN_VOICEMAIL",
  /** Facebook */
  Facebook: "TYPE_FACEBOOK",
  /** Campaign Facebook */
  CampaignFacebook: "TYPE_CAMPAIGN_FACEBOOK",
  /** Campaign manual call */
  CampaignManualCall: "TYPE_CAMPAIGN_MANUAL_CALL",
  /** Campaign manual SMS */
  CampaignManualSms: "TYPE_CAMPAIGN_MANUAL_SMS",
  /** Google Business */
  Gmb: "TYPE_GMB",
  /** Campaign Google Business */
  CampaignGmb: "TYPE_CAMPAIGN_GMB",
  /** Review */
  Review: "TYPE_REVIEW",
  /** Instagram */
  Instagram: "TYPE_INSTAGRAM",
  /** WhatsApp */
  Whatsapp: "TYPE_WHATSAPP",
  /** Custom SMS */
  CustomSms: "TYPE_CUSTOM_SMS",
  /** Custom email */
  CustomEmail: "TYPE_CUSTOM_EMAIL",
  /** Custom provider SMS */
  CustomProviderSms: "TYPE_CUSTOM_PROVIDER_SMS",
  /** Custom provider email */
  CustomProviderEmail: "TYPE_CUSTOM_PROVIDER_EMAIL",
  /** IVR call */
  IvrCall: "TYPE_IVR_CALL",
  /** Activity (contact) */
  ActivityContact: "TYPE_ACTIVITY_CONTACT",
  /** Activity (invoice) */
  ActivityInvoice: "TYPE_ACTIVITY_INVOICE",
  /** Activity (payment) */
  ActivityPayment: "TYPE_ACTIVITY_PAYMENT",
  /** Activity (opportunity) */
  ActivityOpportunity: "TYPE_ACTIVITY_OPPORTUNITY",
  /** Live chat */
  LiveChat: "TYPE_LIVE_CHAT",
  /** Live chat info message */
  LiveChatInfoMessage: "TYPE_LIVE_CHAT_INFO_MESSAGE",
  /** Activity (appointment) */
  ActivityAppointment: "TYPE_ACTIVITY_APPOINTMENT",
  /** Facebook comment */
  FacebookComment: "TYPE_FACEBOOK_COMMENT",
  /** Instagram comment */
  InstagramComment: "TYPE_INSTAGRAM_COMMENT",
  /** Custom call */
  CustomCall: "TYPE_CUSTOM_CALL",
  /** Internal comment */
  InternalComment: "TYPE_INTERNAL_COMMENT",
  /** Activity (employee action log) */
  ActivityEmployeeActionLog: "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG",
  /** TikTok */
  Tiktok: "TYPE_TIKTOK",
  /** TikTok comment */
  TiktokComment: "TYPE_TIKTOK_COMMENT",
  /** Activity (WhatsApp) */
  ActivityWhatsapp: "TYPE_ACTIVITY_WHATSAPP",
  /** Form submission */
  FormSubmission: "TYPE_FORM_SUBMISSION",
  /** SMS reaction */
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
  /** Phone */
  Phone: "TYPE_PHONE",
  /** Email */
  Email: "TYPE_EMAIL",
  /** Facebook Messenger */
  FacebookMessenger: "TYPE_FB_MESSENGER",
  /** Review */
  Review: "TYPE_REVIEW",
  /** Group SMS */
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
  /** Inbound (from the contact) */
  Inbound: "inbound",
  /** Outbound (to the contact) */
  Outbound: "outbound",
} as const;

/** Human labels of the documented values of `MessageDirection`; values not listed here are undocumented. */
export const MessageDirectionLabels: Readonly<Record<string, string>> = {
  "inbound": "Inbound (from the contact)",
  "outbound": "Outbound (to the contact)",
};

/** Documented values of the open enum `MessageAction` (the API may send others; see the spec). */
export const MessageAction = {
  /** Automated */
  Automated: "automated",
  /** Manual */
  Manual: "manual",
} as const;

/** Human labels of the documented values of `MessageAction`; values not listed here are undocumented. */
export const MessageActionLabels: Readonly<Record<string, string>> = {
  "automated": "Automated",
  "manual": "Manual",
};

/** Documented values of the open enum `MessageTypeFilter` (the API may send others; see the spec). */
export const MessageTypeFilter = {
  /** Call */
  Call: "TYPE_CALL",
  /** SMS */
  Sms: "TYPE_SMS",
  /** RCS */
  Rcs: "TYPE_RCS",
  /** Email */
  Email: "TYPE_EMAIL",
  /** Facebook */
  Facebook: "TYPE_FACEBOOK",
  /** Google Business */
  Gmb: "TYPE_GMB",
  /** Instagram */
  Instagram: "TYPE_INSTAGRAM",
  /** WhatsApp */
  Whatsapp: "TYPE_WHATSAPP",
  /** Activity (appointment) */
  ActivityAppointment: "TYPE_ACTIVITY_APPOINTMENT",
  /** Activity (contact) */
  ActivityContact: "TYPE_ACTIVITY_CONTACT",
  /** Activity (invoice) */
  ActivityInvoice: "TYPE_ACTIVITY_INVOICE",
  /** Activity (payment) */
  ActivityPayment: "TYPE_ACTIVITY_PAYMENT",
  /** Activity (opportunity) */
  ActivityOpportunity: "TYPE_ACTIVITY_OPPORTUNITY",
  /** Live chat */
  LiveChat: "TYPE_LIVE_CHAT",
  /** Internal comments */
  InternalComments: "TYPE_INTERNAL_COMMENTS",
  /** Activity (employee action log) */
  ActivityEmployeeActionLog: "TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG",
  /** TikTok */
  Tiktok: "TYPE_TIKTOK",
  /** Activity (WhatsApp) */
  ActivityWhatsapp: "TYPE_ACTIVITY_WHATSAPP",
  /** Form submission */
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
  /** Call */
  Call: 1,
  /** SMS */
  Sms: 2,
  /** Email */
  Email: 3,
  /** SMS review request */
  SmsReviewRequest: 4,
  /** Web chat */
  Webchat: 5,
  /** SMS no-show request */
  SmsNoShowRequest: 6,
  /** Campaign SMS */
  CampaignSms: 7,
  /** Campaign call */
  CampaignCall: 8,
  /** Campaign email */
  CampaignEmail: 9,
  /** Campaign voicemail */
  CampaignVoicemail: 10,
  /** Facebook */
  Facebook: 11,
  /** Campaign Facebook */
  CampaignFacebook: 12,
  /** Campaign manual call */
  CampaignManualCall: 13,
  /** Campaign manual SMS */
  CampaignManualSms: 14,
  /** Google Business */
  Gmb: 15,
  /** Campaign Google Business */
  CampaignGmb: 16,
  /** Review */
  Review: 17,
  /** Instagram */
  Instagram: 18,
  /** WhatsApp */
  Whatsapp: 19,
  /** Custom SMS */
  CustomSms: 20,
  /** Custom email */
  CustomEmail: 21,
  /** Custom provider SMS */
  CustomProviderSms: 22,
  /** Custom provider email */
  CustomProviderEmail: 23,
  /** IVR call */
  IvrCall: 24,
  /** Activity (contact) */
  ActivityContact: 25,
  /** Activity (invoice) */
  ActivityInvoice: 26,
  /** Activity (payment) */
  ActivityPayment: 27,
  /** Activity (opportunity) */
  ActivityOpportunity: 28,
  /** Live chat */
  LiveChat: 29,
  /** Live chat info message */
  LiveChatInfoMessage: 30,
  /** Activity (appointment) */
  ActivityAppointment: 31,
  /** Facebook comment */
  FacebookComment: 32,
  /** Instagram comment */
  InstagramComment: 33,
  /** Custom call */
  CustomCall: 34,
} as const;

/** Human labels of the documented values of `MessageTypeCode`; values not listed here are undocumented. */
export const MessageTypeCodeLabels: Readonly<Record<string, string>> = {
  "1": "Call",
  "2": "SMS",
  "3": "Email",
  "4": "SMS review request",
  "5": "Web chat",
  "6": "SMS no-show request",
  "7": "Campaign SMS",
  "8": "Campaign call",
  "9": "Campaign email",
  "10": "Campaign voicemail",
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
  "22": "Custom provider SMS",
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
  "34": "Custom call",
};

/** Documented values of the open enum `MessageStatus` (the API may send others; see the spec). */
export const MessageStatus = {
  /** Connected */
  Connected: "connected",
  /** Delivered */
  Delivered: "delivered",
  /** Failed */
  Failed: "failed",
  /** Opened */
  Opened: "opened",
  /** Pending */
  Pending: "pending",
  /** Read */
  Read: "read",
  /** Scheduled */
  Scheduled: "scheduled",
  /** Sent */
  Sent: "sent",
  /** Undelivered */
  Undelivered: "undelivered",
  /** Clicked */
  Clicked: "clicked",
  /** Opted out */
  OptOut: "opt_out",
  /** Queued */
  Queued: "queued",
  /** Completed */
  Completed: "completed",
  /** No answer */
  NoAnswer: "no-answer",
  /** Voicemail */
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
  "completed": "Completed",
  "no-answer": "No answer",
  "voicemail": "Voicemail",
};

/** Documented values of the open enum `CallStatus` (the API may send others; see the spec). */
export const CallStatus = {
  /** Pending */
  Pending: "pending",
  /** Completed */
  Completed: "completed",
  /** Answered */
  Answered: "answered",
  /** Busy */
  Busy: "busy",
  /** No answer */
  NoAnswer: "no-answer",
  /** Failed */
  Failed: "failed",
  /** Canceled */
  Canceled: "canceled",
  /** Voicemail */
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
  /** Workflow */
  Workflow: "workflow",
  /** Bulk action */
  BulkActions: "bulk_actions",
  /** Campaign */
  Campaign: "campaign",
  /** API */
  Api: "api",
  /** App (a user) */
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
  /** Pending */
  Pending: "pending",
  /** Scheduled */
  Scheduled: "scheduled",
  /** Sent */
  Sent: "sent",
  /** Delivered */
  Delivered: "delivered",
  /** Read */
  Read: "read",
  /** Undelivered */
  Undelivered: "undelivered",
  /** Connected */
  Connected: "connected",
  /** Failed */
  Failed: "failed",
  /** Opened */
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
  /** Delivered */
  Delivered: "delivered",
  /** Failed */
  Failed: "failed",
  /** Pending */
  Pending: "pending",
  /** Read */
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
  /** From the contact to the location */
  Inbound: "inbound",
  /** From the location to the contact */
  Outbound: "outbound",
} as const;

/** Human labels of the documented values of `WebhookMessageDirection`; values not listed here are undocumented. */
export const WebhookMessageDirectionLabels: Readonly<Record<string, string>> = {
  "inbound": "From the contact to the location",
  "outbound": "From the location to the contact",
};

/** Documented values of the open enum `WebhookMessageChannel` (the API may send others; see the spec). */
export const WebhookMessageChannel = {
  /** SMS */
  Sms: "SMS",
  /** Email */
  Email: "Email",
  /** Phone call */
  Call: "CALL",
  /** Voicemail */
  VoiceMail: "VoiceMail",
  /** Custom conversation provider */
  Custom: "Custom",
  /** Google Business Messages */
  Gmb: "GMB",
  /** Facebook Messenger */
  Facebook: "FB",
  /** Instagram */
  Instagram: "IG",
  /** Live chat widget */
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
