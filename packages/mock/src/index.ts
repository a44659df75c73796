export { isLocalOrigin } from './cors.js';
export { MockStartError } from './errors.js';
export type { MockLogLevel } from './log-level.js';
export { parseDelay } from './parse-delay.js';
export { bundledSpecPath } from './spec-path.js';
export type { RunningMock, SimulatedReplyResult, StartMockOptions } from './start-mock.js';
export { startMock } from './start-mock.js';
export type { MessageEventDelivery } from './state/message-events.js';
export { ReplyRefusedError, type SimulatedReply, STORE_HEADER } from './state/simulated-reply.js';
export type { MockStateOptions } from './state/state-options.js';
export type { SeedData, StoredConversation, StoredMessage } from './state/store.js';
export type { ExchangeReport, SpecViolation } from './violations.js';
export { formatReport } from './violations.js';
export {
  createWebhookSigningKey,
  loadWebhookExamples,
  type SendWebhookOptions,
  type SentWebhook,
  sendWebhook,
  type WebhookExample,
  WebhookSendError,
  type WebhookSigningKey,
} from './webhooks/index.js';
