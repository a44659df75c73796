// The stateful mock's message events, received over HTTP and verified by the client's verifier:
// a send through the client delivers OutboundMessage, a simulated reply (in code and with the
// `leadway-mock reply` command) delivers InboundMessage and shows up in the next read.
import { createWebhookSigningKey, type MessageEventDelivery, type RunningMock, startMock } from '@leadway/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadwayClient } from '../../src/index.js';
import { startReceiver, type TestReceiver } from './receiver.js';
import { runMockCli } from './run-mock-cli.js';

const signingKey = createWebhookSigningKey();
let receiver: TestReceiver;
let mock: RunningMock;
const deliveries: MessageEventDelivery[] = [];
const waiting: Array<() => void> = [];

/** Resolves once `count` deliveries have been made (an event, not a time). */
function deliveriesMade(count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (deliveries.length >= count ? resolve() : waiting.push(check));
    check();
  });
}

beforeAll(async () => {
  receiver = await startReceiver({ publicKey: signingKey.publicKeyPem });
  mock = await startMock({
    stateful: true,
    webhookUrl: receiver.url,
    webhookSigningKey: signingKey,
    onWebhookDelivery: (delivery) => {
      deliveries.push(delivery);
      for (const wake of waiting.splice(0)) wake();
    },
  });
});
afterAll(async () => {
  await mock?.close();
  await receiver?.close();
});

const client = () => createLeadwayClient({ token: 'mock-token', baseUrl: mock.url, retry: false, pacing: false });

describe('the stateful mock delivers signed message webhooks', () => {
  it('signs with the key it says it uses', () => {
    expect(mock.webhookPublicKeyPem).toBe(signingKey.publicKeyPem);
  });

  it('a send through the client delivers OutboundMessage, accepted by the verifier', async () => {
    const before = deliveries.length;
    const sent = await client().messages.send({ type: 'SMS', contactId: '9NkT25Vor1v4aQatFsv2', message: 'See you Tuesday' });
    await deliveriesMade(before + 1);
    expect(deliveries.at(-1)).toMatchObject({ event: 'OutboundMessage', messageId: sent.messageId, sent: { status: 200 } });
    const event = receiver.events.at(-1)!;
    expect(event.type).toBe('OutboundMessage');
    expect(event.payload).toMatchObject({
      messageId: sent.messageId,
      conversationId: sent.conversationId,
      body: 'See you Tuesday',
      direction: 'outbound',
      messageType: 'SMS',
    });
  });

  it('simulateReply stores an inbound message the next read shows, and delivers InboundMessage', async () => {
    const api = client();
    const unreadBefore = (await api.conversations.get('tDtDnQdgm2LXpyiqYvZ6')).unreadCount;
    const { message, delivery } = await mock.simulateReply({ conversationId: 'tDtDnQdgm2LXpyiqYvZ6', body: 'Can we make it 11?' });
    expect(delivery).toMatchObject({ event: 'InboundMessage', sent: { status: 200 } });
    expect(receiver.events.at(-1)).toMatchObject({
      type: 'InboundMessage',
      payload: { messageId: message.id, body: 'Can we make it 11?', direction: 'inbound' },
    });
    const page = await api.messages.list('tDtDnQdgm2LXpyiqYvZ6', { limit: 1 });
    expect(page.messages[0]).toMatchObject({ id: message.id, body: 'Can we make it 11?', direction: 'inbound' });
    expect((await api.conversations.get('tDtDnQdgm2LXpyiqYvZ6')).unreadCount).toBe(unreadBefore + 1);
    await expect(mock.simulateReply({ conversationId: 'noSuchConversation', body: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  it('`leadway-mock reply` stores a reply in a running mock, in the store named, and delivers InboundMessage', async () => {
    const before = receiver.events.length;
    const run = await runMockCli(['reply', '--url', mock.url, '--store', 'cli-store', '--conversation', 'tDtDnQdgm2LXpyiqYvZ6', 'Running 5 min late']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/stored message \w+ in conversation tDtDnQdgm2LXpyiqYvZ6/);
    expect(run.stdout).toContain('InboundMessage webhook answered 200');
    expect(receiver.events.length).toBe(before + 1);
    const inStore = await client().messages.list('tDtDnQdgm2LXpyiqYvZ6', { limit: 1 }, { headers: { 'x-mock-store': 'cli-store' } });
    expect(inStore.messages[0]!.body).toBe('Running 5 min late');
    const inDefault = await client().messages.list('tDtDnQdgm2LXpyiqYvZ6', { limit: 1 });
    expect(inDefault.messages[0]!.body).not.toBe('Running 5 min late');

    const refused = await runMockCli(['reply', '--url', mock.url, '--conversation', 'noSuchConversation', 'x']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has no conversation noSuchConversation');
  });
});
