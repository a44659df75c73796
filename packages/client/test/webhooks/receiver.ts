// A webhook receiver on 127.0.0.1 (a free port) for the round-trip tests: it reads the raw body,
// verifies it with the client's verifier and answers 200 with the event type, or 401 with the reason.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookVerifier, type WebhookEvent, WebhookVerificationError, type WebhookVerifierOptions } from '../../src/webhooks/index.js';

export interface TestReceiver {
  url: string;
  events: WebhookEvent[];
  close(): Promise<void>;
}

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startReceiver(options: WebhookVerifierOptions): Promise<TestReceiver> {
  const verifier = createWebhookVerifier(options);
  const events: WebhookEvent[] = [];
  const server = createServer(async (req, res) => {
    try {
      const event = await verifier.verify(await rawBody(req), req.headers);
      events.push(event);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(event.type);
    } catch (error) {
      const status = error instanceof WebhookVerificationError ? 401 : 500;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(error instanceof WebhookVerificationError ? error.reason : 'error');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    events,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
