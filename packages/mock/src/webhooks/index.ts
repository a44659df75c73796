export { runWebhookCommand } from './cli-webhook.js';
export type { SendWebhookOptions, SentWebhook } from './send-webhook.js';
export { sendWebhook } from './send-webhook.js';
export type { WebhookSigningKey } from './signing-key.js';
export { createWebhookSigningKey } from './signing-key.js';
export type { WebhookExample } from './spec-examples.js';
export { loadWebhookExamples } from './spec-examples.js';
export { WebhookSendError } from './webhook-send-error.js';
