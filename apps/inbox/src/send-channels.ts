/** Channels the send form offers (a subset of the API's send types); the first is the default. */
export const SEND_MESSAGE_TYPES_FOR_FORM = ['SMS', 'Email', 'WhatsApp', 'Live_Chat'] as const;
export type SendChannel = (typeof SEND_MESSAGE_TYPES_FOR_FORM)[number];
