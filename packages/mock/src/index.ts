export { startMock } from './start-mock.js';
export type { RunningMock, StartMockOptions } from './start-mock.js';
export { MockStartError } from './errors.js';
export { bundledSpecPath } from './spec-path.js';
export { createWebhookSigningKey, loadWebhookExamples, sendWebhook, WebhookSendError, type SendWebhookOptions, type SentWebhook, type WebhookSigningKey } from './webhooks/index.js';
