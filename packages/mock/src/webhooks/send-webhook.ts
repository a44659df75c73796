import { randomUUID } from 'node:crypto';
import { createWebhookSigningKey, type WebhookSigningKey } from './signing-key.js';
import { loadWebhookExamples, pickWebhookExample } from './spec-examples.js';
import { WebhookSendError } from './webhook-send-error.js';

/** Options of {@link sendWebhook}: which event, to where, signed how. */
export interface SendWebhookOptions {
  /** Event name from the spec's `webhooks` section, e.g. `InboundMessage`. */
  event: string;
  /** The receiver's URL (http or https). */
  to: string | URL;
  /** Which of the event's spec examples to send. @default the first one */
  example?: string;
  /** Fields merged over the example's payload. */
  payload?: Record<string, unknown>;
  /**
   * Set `timestamp` to now and `webhookId` to a new UUID, as a fresh delivery has; without it the
   * example's fixed values are sent, which a verifier refuses as expired.
   * @default true
   */
  fresh?: boolean;
  /** The key that signs. @default a new Ed25519 key pair (its public half is in the result) */
  signingKey?: WebhookSigningKey;
  /** Give up after this many milliseconds. @default 10000 */
  timeoutMs?: number;
  /** The bundled spec to take examples from. @default the one this package ships */
  specPath?: string;
}

/** What {@link sendWebhook} sent and what the receiver answered. */
export interface SentWebhook {
  /** The event name sent. */
  event: string;
  /** The name of the spec example sent. */
  example: string;
  /** The exact bytes sent, as text. */
  body: string;
  /** The `x-ghl-signature` header sent. */
  signature: string;
  /** SPKI PEM of the key that signed: give it to the verifier under test. */
  publicKeyPem: string;
  /** The receiver's answer. */
  status: number;
  /** The receiver's answer body, as text. */
  responseBody: string;
}

/**
 * Sends a spec example of `event` to a receiver, signed with Ed25519 in `x-ghl-signature` like the
 * API's deliveries, and resolves with the receiver's answer (any status; only a failure to get one
 * rejects, with `WebhookSendError`).
 */
export async function sendWebhook(options: SendWebhookOptions): Promise<SentWebhook> {
  let url: URL;
  try {
    url = new URL(options.to);
  } catch (cause) {
    throw new WebhookSendError('BAD_OPTION', `to is not a URL: ${String(options.to)}`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookSendError('BAD_OPTION', `to must be an http or https URL, got ${url.protocol}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new WebhookSendError('BAD_OPTION', 'timeoutMs must be a positive number');

  const example = pickWebhookExample(loadWebhookExamples(options.specPath), options.event, options.example);
  const payload: Record<string, unknown> = { ...example.payload, ...options.payload };
  if (options.fresh !== false) {
    payload.timestamp = new Date().toISOString();
    payload.webhookId = randomUUID();
  }
  const body = JSON.stringify(payload);
  const bytes = new TextEncoder().encode(body);
  const key = options.signingKey ?? createWebhookSigningKey();
  const signature = key.sign(bytes);

  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ghl-signature': signature, 'user-agent': 'leadway-mock-webhook' },
      body: bytes,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch (cause) {
    const timedOut = (cause as Error)?.name === 'TimeoutError';
    throw new WebhookSendError(
      timedOut ? 'TIMEOUT' : 'UNREACHABLE',
      timedOut ? `${url.origin} did not answer within ${timeoutMs} ms` : `could not reach ${url.origin}: ${(cause as Error)?.message ?? String(cause)}`,
      { cause },
    );
  }
  const responseBody = await response.text().catch(() => '');
  return { event: example.event, example: example.name, body, signature, publicKeyPem: key.publicKeyPem, status: response.status, responseBody };
}
