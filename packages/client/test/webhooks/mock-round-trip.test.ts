// The mock's signed-event sender (@leadway/mock) against the client's verifier, over real HTTP on
// 127.0.0.1: what a team does to test its receiver end to end without the real API.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebhookSigningKey, loadWebhookExamples, sendWebhook, WebhookSendError } from '@leadway/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type TestReceiver } from './receiver.js';
import { runMockCli } from './run-mock-cli.js';

const signingKey = createWebhookSigningKey();
let receiver: TestReceiver;

beforeAll(async () => {
  receiver = await startReceiver({ publicKey: signingKey.publicKeyPem });
});
afterAll(async () => {
  await receiver.close();
});

describe('sendWebhook round-trips through the verifier over HTTP', () => {
  const events = [...loadWebhookExamples().entries()].flatMap(([event, examples]) => examples.map((e) => [event, e.name] as const));

  it('covers every event of the spec', () => {
    expect(new Set(events.map(([event]) => event))).toEqual(
      new Set(['InboundMessage', 'OutboundMessage', 'ConversationUnreadUpdate', 'ProviderOutboundMessage', 'LCEmailStats']),
    );
  });

  it.each(events)('%s (example %s) is accepted and comes back typed', async (event, example) => {
    const sent = await sendWebhook({ event, example, to: receiver.url, signingKey });
    expect({ status: sent.status, body: sent.responseBody }).toEqual({ status: 200, body: event });
    const received = receiver.events.at(-1)!;
    expect(received.type).toBe(event);
    expect(JSON.stringify(received.payload)).toBe(sent.body);
    expect(received.webhookId).toBe(JSON.parse(sent.body).webhookId);
  });

  it('a key the receiver does not know is refused (401 invalid_signature)', async () => {
    const sent = await sendWebhook({ event: 'InboundMessage', to: receiver.url });
    expect(sent.publicKeyPem).not.toBe(signingKey.publicKeyPem);
    expect({ status: sent.status, body: sent.responseBody }).toEqual({ status: 401, body: 'invalid_signature' });
  });

  it("the example's own stale timestamp is refused (401 timestamp_expired)", async () => {
    const sent = await sendWebhook({ event: 'InboundMessage', to: receiver.url, signingKey, fresh: false });
    expect({ status: sent.status, body: sent.responseBody }).toEqual({ status: 401, body: 'timestamp_expired' });
  });

  it('an unknown event name or an unreachable receiver rejects with WebhookSendError', async () => {
    await expect(sendWebhook({ event: 'NoSuchEvent', to: receiver.url })).rejects.toMatchObject({ code: 'UNKNOWN_EVENT' });
    const closed = await startReceiver({ publicKey: signingKey.publicKeyPem });
    await closed.close();
    const error = await sendWebhook({ event: 'InboundMessage', to: closed.url, signingKey, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSendError);
    expect((error as WebhookSendError).code).toBe('UNREACHABLE');
  });
});

describe('leadway-mock webhook <EventName> --to <url>', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-webhook-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a signed event that the verifier accepts, printing the public key', async () => {
    const keyFile = join(dir, 'signing-key.pem');
    writeFileSync(keyFile, signingKey.privateKeyPem());
    const before = receiver.events.length;
    const run = await runMockCli(['webhook', 'OutboundMessage', '--to', receiver.url, '--key', keyFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(signingKey.publicKeyPem.trim());
    expect(run.stdout).toMatch(/sent OutboundMessage \(example "email", webhookId [0-9a-f-]{36}\) to .*: HTTP 200/);
    expect(receiver.events.length).toBe(before + 1);
    expect(receiver.events.at(-1)!.type).toBe('OutboundMessage');
  });

  it('creates the key file (mode 0600) when missing; without the key configured the receiver refuses, exit 1', async () => {
    const keyFile = join(dir, 'new-key.pem');
    const run = await runMockCli(['webhook', 'InboundMessage', '--to', receiver.url, '--key', keyFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('HTTP 401');
    expect(run.stdout).toContain('invalid_signature');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(createWebhookSigningKey(readFileSync(keyFile, 'utf8')).publicKeyPem).toBe(
      `${run.stdout.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/)![0]}\n`,
    );
  });

  it('lists the events, and refuses an unknown one with exit 2', async () => {
    const list = await runMockCli(['webhook', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('InboundMessage: sms, call-voicemail');
    const bad = await runMockCli(['webhook', 'NoSuchEvent', '--to', receiver.url]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('the spec has no webhook event "NoSuchEvent"');
  });
});
