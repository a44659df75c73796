import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors/invalid-input-error.js';
import {
  createMemoryReplayStore,
  createWebhookVerifier,
  WEBHOOK_EVENT_NAMES,
  WebhookVerificationError,
  type WebhookVerificationFailure,
  type WebhookVerifierOptions,
} from '../../src/webhooks/index.js';
import { failureOf, thrownBy } from '../helpers/failure-of.js';
import { ed25519Signer, rsaSigner, specWebhookExamples, type TestSigner } from './signing.js';

const NOW = Date.parse('2026-11-25T08:00:00.000Z');
const examples = specWebhookExamples();

let signer: TestSigner;
let other: TestSigner;
beforeAll(async () => {
  signer = await ed25519Signer();
  other = await ed25519Signer();
});

function verifier(options: WebhookVerifierOptions = {}) {
  return createWebhookVerifier({ publicKey: signer.publicKeyPem, now: () => NOW, ...options });
}

function payload(overrides: Record<string, unknown> = {}) {
  return {
    type: 'InboundMessage',
    locationId: 've9EPM428kjkvShlRW1KT',
    body: 'hello',
    timestamp: new Date(NOW).toISOString(),
    webhookId: crypto.randomUUID(),
    ...overrides,
  };
}

async function signed(body: string, by: TestSigner = signer) {
  return { body, headers: { 'x-ghl-signature': await by.sign(body) } };
}

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await failureOf(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

async function expectRefused(promise: Promise<unknown>, reason: WebhookVerificationFailure) {
  const error = await refusal(promise);
  expect(error.reason).toBe(reason);
  return error;
}

describe('valid signatures verify for each event of the spec', () => {
  it('the spec has an example of every event the verifier knows, and those include the four conversation events', () => {
    expect(new Set(examples.map((e) => e.event))).toEqual(new Set(WEBHOOK_EVENT_NAMES));
    expect(WEBHOOK_EVENT_NAMES).toEqual(expect.arrayContaining(['InboundMessage', 'OutboundMessage', 'ConversationUnreadUpdate', 'ProviderOutboundMessage']));
  });

  it.each(examples.map((e) => [`${e.event} (${e.name})`, e] as const))('%s', async (_label, example) => {
    const body = JSON.stringify(example.value);
    const v = verifier({ now: () => Date.parse(example.value.timestamp as string) });
    const event = await v.verify(body, { 'x-ghl-signature': await signer.sign(body) });
    expect(event.type).toBe(example.event);
    expect(event.payload).toEqual(example.value);
    expect(event.signedWith).toBe('x-ghl-signature');
    expect(event.webhookId).toBe(example.value.webhookId);
    expect(event.timestamp?.toISOString()).toBe(example.value.timestamp);
  });

  it('narrows on type: an InboundMessage payload is typed from the spec', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    const event = await verifier().verify(body, headers);
    if (event.type !== 'InboundMessage') throw new Error(`unexpected ${event.type}`);
    const locationId: string = event.payload.locationId;
    expect(locationId).toBe('ve9EPM428kjkvShlRW1KT');
  });

  it('takes bytes (Uint8Array, ArrayBuffer, Buffer) and Fetch Headers as well as strings and records', async () => {
    for (const make of [(s: string) => new TextEncoder().encode(s), (s: string) => new TextEncoder().encode(s).buffer, (s: string) => Buffer.from(s)]) {
      const { body, headers } = await signed(JSON.stringify(payload()));
      const event = await verifier().verify(make(body), new Headers({ 'X-GHL-Signature': headers['x-ghl-signature'] }));
      expect(event.type).toBe('InboundMessage');
    }
  });

  it("reads headers from any object with a Fetch-style get(), e.g. another library's Headers", async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    const foreign = { get: (name: string) => (name === 'x-ghl-signature' ? headers['x-ghl-signature'] : null) };
    await expect(verifier().verify(body, foreign)).resolves.toMatchObject({ type: 'InboundMessage' });
  });

  it('accepts a signature by any of several configured keys (key rotation)', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()), other);
    const event = await verifier({ publicKey: [signer.publicKeyPem, other.publicKeyPem] }).verify(body, headers);
    expect(event.type).toBe('InboundMessage');
  });
});

describe('the signature covers the raw bytes', () => {
  it('one changed byte in the body fails', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ body: 'pay 10 EUR' })));
    const bytes = new TextEncoder().encode(body);
    const at = body.indexOf('10');
    bytes[at] = '9'.charCodeAt(0);
    await expectRefused(verifier().verify(bytes, headers), 'invalid_signature');
  });

  it('the same JSON re-serialised with other whitespace fails', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    expect(JSON.parse(reserialised)).toEqual(JSON.parse(body));
    await expectRefused(verifier().verify(reserialised, headers), 'invalid_signature');
  });

  it('a body that is already parsed JSON is refused as invalid input, not verified', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    await expect(verifier().verify(JSON.parse(body), headers)).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('each failure has its own error', () => {
  it('a wrong key: invalid_signature', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()), other);
    const error = await expectRefused(verifier().verify(body, headers), 'invalid_signature');
    expect(error.message).toBe('Webhook refused (invalid_signature): the x-ghl-signature signature does not match the body with the configured public key.');
  });

  it('the default key (the vendor one) refuses a signature made with any other key', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    await expectRefused(createWebhookVerifier({ now: () => NOW }).verify(body, headers), 'invalid_signature');
  });

  it('a missing header: missing_signature', async () => {
    const error = await expectRefused(verifier().verify(JSON.stringify(payload()), {}), 'missing_signature');
    expect(error.message).toBe('Webhook refused (missing_signature): the x-ghl-signature header is missing.');
  });

  it.each([
    ['not base64', '%%%not-base64%%%'],
    ['base64url instead of base64', Buffer.alloc(64, 0xfb).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')],
    ['too short', Buffer.alloc(63).toString('base64')],
    ['too long', Buffer.alloc(65).toString('base64')],
    ['unpadded', Buffer.alloc(64, 1).toString('base64').replace(/=+$/, '')],
    ['empty', ''],
  ])('a malformed base64 signature (%s): malformed_signature', async (_label, value) => {
    const error = await expectRefused(verifier().verify(JSON.stringify(payload()), { 'x-ghl-signature': value }), 'malformed_signature');
    expect(error.message).toBe('Webhook refused (malformed_signature): the x-ghl-signature header is not strict base64 of 64 bytes.');
  });

  it('a signature header sent twice: malformed_signature', async () => {
    const { body, headers } = await signed(JSON.stringify(payload()));
    const sig = headers['x-ghl-signature'];
    await expectRefused(verifier().verify(body, { 'x-ghl-signature': [sig, sig] }), 'malformed_signature');
  });

  it('an expired timestamp: timestamp_expired', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ timestamp: new Date(NOW - 5 * 60_000 - 1000).toISOString() })));
    const error = await expectRefused(verifier().verify(body, headers), 'timestamp_expired');
    expect(error.message).toBe('Webhook refused (timestamp_expired): the payload timestamp is 301 s old, more than the 300 s tolerance.');
  });

  it('a timestamp just inside the tolerance verifies; the tolerance is configurable', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ timestamp: new Date(NOW - 5 * 60_000 + 1000).toISOString() })));
    await expect(verifier().verify(body, headers)).resolves.toMatchObject({ type: 'InboundMessage' });
    await expectRefused(verifier({ toleranceMs: 60_000 }).verify(body, headers), 'timestamp_expired');
  });

  it('a timestamp too far ahead: timestamp_in_future', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ timestamp: new Date(NOW + 10 * 60_000).toISOString() })));
    const error = await expectRefused(verifier().verify(body, headers), 'timestamp_in_future');
    expect(error.message).toBe('Webhook refused (timestamp_in_future): the payload timestamp is 600 s ahead, more than the 300 s tolerance.');
  });

  it('no timestamp: timestamp_missing by default (fails closed), accepted with allowMissingTimestamp', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ timestamp: undefined })));
    const error = await expectRefused(verifier().verify(body, headers), 'timestamp_missing');
    expect(error.message).toBe('Webhook refused (timestamp_missing): the payload has no timestamp, so its age cannot be checked (see allowMissingTimestamp).');
    const event = await verifier({ allowMissingTimestamp: true }).verify(body, headers);
    expect(event.timestamp).toBeUndefined();
  });

  it('a timestamp that is not a date: malformed_payload', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ timestamp: 'yesterday' })));
    const error = await expectRefused(verifier().verify(body, headers), 'malformed_payload');
    expect(error.message).toBe('Webhook refused (malformed_payload): the payload timestamp is not an ISO 8601 date.');
  });

  it('a repeated webhookId: replayed', async () => {
    const v = verifier();
    const first = await signed(JSON.stringify(payload({ webhookId: 'wh-1' })));
    await v.verify(first.body, first.headers);
    const error = await expectRefused(v.verify(first.body, first.headers), 'replayed');
    expect(error.message).toBe('Webhook refused (replayed): this webhookId was already accepted; the delivery is a replay or a duplicate.');
    // A different body with the same id (a retry re-signed) is a duplicate too.
    const again = await signed(JSON.stringify(payload({ webhookId: 'wh-1', body: 'other' })));
    await expectRefused(v.verify(again.body, again.headers), 'replayed');
  });

  it('a refused delivery does not use up its webhookId', async () => {
    const v = verifier();
    const forged = await signed(JSON.stringify(payload({ webhookId: 'wh-2' })), other);
    await expectRefused(v.verify(forged.body, forged.headers), 'invalid_signature');
    const real = await signed(JSON.stringify(payload({ webhookId: 'wh-2' })));
    await expect(v.verify(real.body, real.headers)).resolves.toMatchObject({ webhookId: 'wh-2' });
  });

  it('no webhookId: webhook_id_missing by default, accepted with allowMissingWebhookId', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ webhookId: undefined })));
    const error = await expectRefused(verifier().verify(body, headers), 'webhook_id_missing');
    expect(error.message).toBe(
      'Webhook refused (webhook_id_missing): the payload has no webhookId, so a replay cannot be detected (see allowMissingWebhookId).',
    );
    await expect(verifier({ allowMissingWebhookId: true }).verify(body, headers)).resolves.toMatchObject({ webhookId: undefined });
  });

  it.each([
    ['not JSON', 'not json', 'the signed body is not UTF-8 JSON.'],
    ['a JSON array', '[1,2]', 'the signed body is JSON but not an object.'],
    ['a JSON string', '"InboundMessage"', 'the signed body is JSON but not an object.'],
  ])('a signed body that is %s: malformed_payload', async (_label, body, message) => {
    const error = await expectRefused(verifier().verify(body, { 'x-ghl-signature': await signer.sign(body) }), 'malformed_payload');
    expect(error.message).toBe(`Webhook refused (malformed_payload): ${message}`);
  });

  it('signed bytes that are not UTF-8: malformed_payload', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    await expectRefused(verifier().verify(bytes, { 'x-ghl-signature': await signer.sign(bytes) }), 'malformed_payload');
  });
});

describe('the tolerance window ends at one boundary, for the age check and the replay store alike', () => {
  const TOLERANCE = 300_000;
  // A clock the test moves; the verifier's default replay store reads the same clock.
  function clockedVerifier(at: number) {
    const clock = { at };
    return { clock, v: verifier({ now: () => clock.at }) };
  }

  it('a replay at exactly timestamp + tolerance is refused as replayed, not accepted again', async () => {
    const { clock, v } = clockedVerifier(NOW);
    const { body, headers } = await signed(JSON.stringify(payload({ webhookId: 'wh-edge' })));
    await expect(v.verify(body, headers)).resolves.toMatchObject({ webhookId: 'wh-edge' });
    clock.at = NOW + TOLERANCE - 1;
    await expectRefused(v.verify(body, headers), 'replayed');
    clock.at = NOW + TOLERANCE;
    await expectRefused(v.verify(body, headers), 'replayed');
    clock.at = NOW + TOLERANCE + 1;
    const error = await expectRefused(v.verify(body, headers), 'timestamp_expired');
    expect(error.message).toBe('Webhook refused (timestamp_expired): the payload timestamp is 300.001 s old, more than the 300 s tolerance.');
  });

  it('a first delivery at exactly timestamp + tolerance is accepted once; 1 ms later it is expired', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ webhookId: 'wh-late' })));
    const { clock, v } = clockedVerifier(NOW + TOLERANCE);
    await expect(v.verify(body, headers)).resolves.toMatchObject({ webhookId: 'wh-late' });
    await expectRefused(v.verify(body, headers), 'replayed');
    clock.at = NOW + TOLERANCE + 1;
    await expectRefused(verifier({ now: () => clock.at }).verify(body, headers), 'timestamp_expired');
  });

  it('a timestamp ahead of the clock: accepted up to exactly now + tolerance, refused 1 ms beyond, and remembered until its own end', async () => {
    const { clock, v } = clockedVerifier(NOW);
    const atEdge = await signed(JSON.stringify(payload({ webhookId: 'wh-ahead', timestamp: new Date(NOW + TOLERANCE).toISOString() })));
    const beyond = await signed(JSON.stringify(payload({ webhookId: 'wh-beyond', timestamp: new Date(NOW + TOLERANCE + 1).toISOString() })));
    const error = await expectRefused(v.verify(beyond.body, beyond.headers), 'timestamp_in_future');
    expect(error.message).toBe('Webhook refused (timestamp_in_future): the payload timestamp is 300.001 s ahead, more than the 300 s tolerance.');
    await expect(v.verify(atEdge.body, atEdge.headers)).resolves.toMatchObject({ webhookId: 'wh-ahead' });
    // Its window ends at its timestamp + tolerance, two tolerances from now: a replay up to then is refused.
    clock.at = NOW + 2 * TOLERANCE;
    await expectRefused(v.verify(atEdge.body, atEdge.headers), 'replayed');
    clock.at = NOW + 2 * TOLERANCE + 1;
    await expectRefused(v.verify(atEdge.body, atEdge.headers), 'timestamp_expired');
  });

  it('without a timestamp (allowMissingTimestamp), the id is remembered through exactly now + tolerance', async () => {
    const clock = { at: NOW };
    const v = verifier({ now: () => clock.at, allowMissingTimestamp: true });
    const { body, headers } = await signed(JSON.stringify(payload({ webhookId: 'wh-untimed', timestamp: undefined })));
    await v.verify(body, headers);
    clock.at = NOW + TOLERANCE;
    await expectRefused(v.verify(body, headers), 'replayed');
    clock.at = NOW + TOLERANCE + 1;
    await expect(v.verify(body, headers)).resolves.toMatchObject({ webhookId: 'wh-untimed' });
  });

  it('the memory store keeps an id through exactly its expiresAtMs and forgets it 1 ms later', () => {
    const clock = { at: NOW };
    const store = createMemoryReplayStore({ now: () => clock.at });
    expect(store.markSeen('id', NOW + 1000)).toBe(true);
    clock.at = NOW + 999;
    expect(store.markSeen('id', NOW + 1000)).toBe(false);
    clock.at = NOW + 1000;
    expect(store.markSeen('id', NOW + 1000)).toBe(false);
    clock.at = NOW + 1001;
    expect(store.markSeen('id', NOW + 2001)).toBe(true);
  });

  it('pruning keeps an id whose expiresAtMs is now and drops one that ended 1 ms ago', () => {
    const clock = { at: NOW - 2 };
    const store = createMemoryReplayStore({ now: () => clock.at });
    store.markSeen('ended', NOW - 1);
    store.markSeen('ends-now', NOW);
    expect(store.size).toBe(2);
    clock.at = NOW;
    store.markSeen('other', NOW + 1000);
    expect(store.size).toBe(2);
    expect(store.markSeen('ends-now', NOW + 1000)).toBe(false);
  });
});

describe('an event type the spec does not list', () => {
  it('verifies and comes back as the unknown branch', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ type: 'ConversationArchived', conversationId: 'c1' })));
    const event = await verifier().verify(body, headers);
    expect(event.type).toBe('unknown');
    if (event.type !== 'unknown') throw new Error('narrowing');
    expect(event.eventType).toBe('ConversationArchived');
    expect(event.payload.conversationId).toBe('c1');
  });

  it('a payload without a type string is unknown too, with no eventType', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ type: 7 })));
    await expect(verifier().verify(body, headers)).resolves.toMatchObject({ type: 'unknown', eventType: undefined });
  });

  it('ProviderOutboundMessage is recognised by its channel type (SMS, Email)', async () => {
    const { body, headers } = await signed(JSON.stringify(payload({ type: 'Email' })));
    await expect(verifier().verify(body, headers)).resolves.toMatchObject({ type: 'ProviderOutboundMessage' });
  });
});

describe('the legacy x-wh-signature (RSA-SHA256)', () => {
  let rsa: TestSigner;
  beforeAll(async () => {
    rsa = await rsaSigner();
  });

  it('is refused unless asked for: legacy_signature_not_allowed', async () => {
    const body = JSON.stringify(payload());
    const error = await expectRefused(verifier().verify(body, { 'x-wh-signature': await rsa.sign(body) }), 'legacy_signature_not_allowed');
    expect(error.message).toBe(
      'Webhook refused (legacy_signature_not_allowed): only the legacy x-wh-signature header came (RSA, retired by the vendor on 2026-07-01); set allowLegacySignature to accept it.',
    );
  });

  it('verifies when allowed, and fails with a changed byte or a wrong key', async () => {
    const v = verifier({ allowLegacySignature: true, legacyPublicKey: rsa.publicKeyPem });
    const body = JSON.stringify(payload());
    const sig = await rsa.sign(body);
    await expect(v.verify(body, { 'x-wh-signature': sig })).resolves.toMatchObject({ type: 'InboundMessage', signedWith: 'x-wh-signature' });
    await expectRefused(v.verify(body.replace('hello', 'hellO'), { 'x-wh-signature': sig }), 'invalid_signature');
    const otherRsa = await rsaSigner();
    const body2 = JSON.stringify(payload());
    await expectRefused(v.verify(body2, { 'x-wh-signature': await otherRsa.sign(body2) }), 'invalid_signature');
  });

  it('the default legacy key is the vendor RSA key and refuses other signatures', async () => {
    const body = JSON.stringify(payload());
    const v = createWebhookVerifier({ allowLegacySignature: true, now: () => NOW });
    await expectRefused(v.verify(body, { 'x-wh-signature': await rsa.sign(body) }), 'invalid_signature');
  });

  it('x-ghl-signature wins when both come: a bad Ed25519 signature is not rescued by a good RSA one', async () => {
    const v = verifier({ allowLegacySignature: true, legacyPublicKey: rsa.publicKeyPem });
    const body = JSON.stringify(payload());
    await expectRefused(v.verify(body, { 'x-ghl-signature': await other.sign(body), 'x-wh-signature': await rsa.sign(body) }), 'invalid_signature');
  });
});

describe('options', () => {
  it.each([
    ['a non-PEM key', { publicKey: 'not a key' }, 'publicKey'],
    ['no keys', { publicKey: [] }, 'publicKey'],
    ['a zero tolerance', { toleranceMs: 0 }, 'toleranceMs'],
    ['a negative tolerance', { toleranceMs: -1 }, 'toleranceMs'],
    ['a NaN tolerance', { toleranceMs: Number.NaN }, 'toleranceMs'],
    ['a store without markSeen', { replayStore: {} as never }, 'replayStore'],
  ] as const)('%s is refused with InvalidInputError when the verifier is created', (_label, options, field) => {
    const caught = thrownBy(() => createWebhookVerifier(options as WebhookVerifierOptions));
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).field).toBe(field);
  });

  it('a PEM that holds an RSA key where Ed25519 is expected is refused as invalid input on first use', async () => {
    const rsa = await rsaSigner();
    const { body, headers } = await signed(JSON.stringify(payload()));
    await expect(verifier({ publicKey: rsa.publicKeyPem }).verify(body, headers)).rejects.toMatchObject({ kind: 'invalid_input', field: 'publicKey' });
  });

  it('uses the given replay store', async () => {
    const calls: [string, number][] = [];
    const v = verifier({
      replayStore: {
        markSeen: async (id, expiresAt) => {
          calls.push([id, expiresAt]);
          return true;
        },
      },
    });
    const { body, headers } = await signed(JSON.stringify(payload({ webhookId: 'wh-store' })));
    await v.verify(body, headers);
    expect(calls).toEqual([['wh-store', NOW + 300_000]]);
  });

  it('the default store is bounded', () => {
    const store = createMemoryReplayStore({ maxEntries: 3, now: () => NOW });
    for (let i = 0; i < 10; i += 1) expect(store.markSeen(`id-${i}`, NOW + 1000)).toBe(true);
    expect(store.size).toBe(3);
  });
});

describe('errors are safe to log', () => {
  it('never repeat the body or the signature, in any rendering', async () => {
    const secretish = 'PATIENT-NOTE-4242';
    const { body, headers } = await signed(JSON.stringify(payload({ body: secretish })), other);
    const error = await refusal(verifier().verify(body, headers));
    for (const text of [error.message, String(error), JSON.stringify(error), inspect(error)]) {
      expect(text).not.toContain(secretish);
      expect(text).not.toContain(headers['x-ghl-signature']);
    }
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'WebhookVerificationError',
      kind: 'webhook_verification',
      reason: 'invalid_signature',
      message: error.message,
    });
    expect(WebhookVerificationError.isWebhookVerificationError(error)).toBe(true);
  });
});
