// Contract tests of the sending side of messages: the client against the real Prism serving the
// bundled spec with request validation on. A request the spec does not allow is refused by Prism,
// and every answer (success or error) is checked against the spec with the spec validator.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, NotFoundError, PermissionDeniedError, ServerError, UnprocessableEntityError } from '../../src/index.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec, tamperingJson } from '../helpers/contract-kit.js';

const baseUrl = mockUrl();

const ok = (method: string, path: string, status: number, body: unknown) => expect(spec.validateResponse(method, path, status, body).errors).toEqual([]);

describe('sendMessage: POST /conversations/messages against Prism', () => {
  const PATH = '/conversations/messages';

  it('sends an SMS with only type, contactId and message (subType and status left out)', async () => {
    const sent = await clientOn(baseUrl).messages.send({ type: 'SMS', contactId: 'abc4EPM428kjkvShlRW1K', message: 'Hi there' });
    expect(sent.messageId).toEqual(expect.any(String));
    ok('POST', PATH, 200, sent);
  });

  it.each(['sms', 'email', 'gmb'])('serves the observed 201 example %s, valid against the spec', async (example) => {
    const sent = await clientOn(baseUrl).messages.send(
      { type: 'Email', contactId: 'abc4EPM428kjkvShlRW1K', html: '<p>Hello</p>', subject: 'Hello', scheduledTimestamp: 1767225600 },
      { headers: { Prefer: `code=201, example=${example}` } },
    );
    ok('POST', PATH, 201, sent);
  });

  it('every channel the API accepts passes Prism request validation', async () => {
    const client = clientOn(baseUrl);
    for (const type of ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'] as const) {
      // A Custom send goes through a provider: the spec requires its id, and so does Prism.
      const provider = type === 'Custom' ? { conversationProviderId: 'prov4EPM428kjkvShlRW1P' } : {};
      await expect(client.messages.send({ type, contactId: 'abc4EPM428kjkvShlRW1K', message: 'x', ...provider })).resolves.toBeDefined();
    }
  });

  it('Prism refuses a body without contactId (the contract can fail)', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => delete b.contactId),
    );
    const error = await failureOf(client.messages.send({ type: 'SMS', contactId: 'abc', message: 'x' }));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });

  it('Prism refuses a channel the API does not accept', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.type = 'Fax')),
    );
    await expect(client.messages.send({ type: 'SMS', contactId: 'abc', message: 'x' })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it('a documented 401 is an AuthenticationError with a spec-valid body', async () => {
    const error = await failureOf(clientOn(baseUrl).messages.send({ type: 'SMS', contactId: 'abc', message: 'x' }, { headers: { Prefer: 'code=401' } }));
    expectSpecError(error, AuthenticationError, 'POST', PATH, 401);
  });
});

describe('addInboundMessage: POST /conversations/messages/inbound against Prism', () => {
  const PATH = '/conversations/messages/inbound';

  it('records a custom-provider message, answer valid (200 and the observed 201)', async () => {
    const client = clientOn(baseUrl);
    const body = {
      type: 'Custom' as const,
      conversationId: 've9EPM428kjkvShlRW1KT',
      contactId: 'abc4EPM428kjkvShlRW1K',
      conversationProviderId: 'prv4EPM428kjkvShlRW1P',
      message: 'Is the shop open?',
      direction: 'inbound' as const,
    };
    ok('POST', PATH, 200, await client.messages.addInbound(body));
    ok('POST', PATH, 201, await client.messages.addInbound(body, { headers: { Prefer: 'code=201' } }));
  });

  it('Prism refuses direction as an object (the vendor spec bug, #24): direction is a string', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.direction = { value: 'inbound' })),
    );
    const error = await failureOf(client.messages.addInbound({ type: 'SMS', conversationId: 'c', contactId: 'k', direction: 'inbound' }));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });

  it('the observed 500 for a wrong provider id (#18) is a ServerError', async () => {
    const error = await failureOf(
      clientOn(baseUrl).messages.addInbound(
        { type: 'Custom', conversationId: 'c', contactId: 'k', conversationProviderId: 'wrong' },
        { headers: { Prefer: 'code=500' } },
      ),
    );
    expectSpecError(error, ServerError, 'POST', PATH, 500);
  });
});

describe('addOutboundCall: POST /conversations/messages/outbound against Prism', () => {
  const PATH = '/conversations/messages/outbound';

  it('records an external call, answer valid', async () => {
    const recorded = await clientOn(baseUrl).messages.addOutboundCall({
      conversationId: 've9EPM428kjkvShlRW1KT',
      conversationProviderId: 'prv4EPM428kjkvShlRW1P',
      call: { to: '+15550100200', from: '+15550100300', status: 'completed' },
    });
    expect(recorded.success).toBe(true);
    ok('POST', PATH, 200, recorded);
  });

  it('Prism refuses a type other than Call', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.type = 'SMS')),
    );
    const error = await failureOf(client.messages.addOutboundCall({ conversationId: 'c', conversationProviderId: 'p' }));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });
});

describe('replyToReview: POST /conversations/messages/review-reply against Prism', () => {
  const PATH = '/conversations/messages/review-reply';

  it('replies, answer valid', async () => {
    const sent = await clientOn(baseUrl).messages.replyToReview({
      conversationId: 'rv4EPM428kjkvShlRW1R',
      locationId: 'loc4EPM428kjkvShlRW1A',
      message: 'Thanks!',
    });
    ok('POST', PATH, 200, sent);
  });

  it('a documented 400 (not a review conversation) is a BadRequestError', async () => {
    const error = await failureOf(
      clientOn(baseUrl).messages.replyToReview({ conversationId: 'c', locationId: 'l', message: 'x' }, { headers: { Prefer: 'code=400' } }),
    );
    expectSpecError(error, BadRequestError, 'POST', PATH, 400);
  });
});

describe('cancelScheduledMessage: DELETE /conversations/messages/{messageId}/schedule against Prism', () => {
  const PATH = '/conversations/messages/{messageId}/schedule';

  it('reports cancelled: true for a 2xx status in the body', async () => {
    const result = await clientOn(baseUrl).messages.cancelScheduled('ve9EPM428kjkvShlRW1KT');
    expect(result).toMatchObject({ cancelled: true, status: 200 });
  });

  it('reports cancelled: false for the failure inside a 200 (#23), and the body is spec-valid', async () => {
    const client = clientOn(baseUrl);
    const result = await client.messages.cancelScheduled('ve9EPM428kjkvShlRW1KT', { headers: { Prefer: 'example=not-found-inside-200' } });
    expect(result).toEqual({ cancelled: false, status: 404, message: 'Scheduled message not found', traceId: undefined });
    ok('DELETE', PATH, 200, { status: result.status, message: result.message });
  });

  it('a documented 404 is a NotFoundError', async () => {
    const error = await failureOf(clientOn(baseUrl).messages.cancelScheduled('x', { headers: { Prefer: 'code=404' } }));
    expectSpecError(error, NotFoundError, 'DELETE', PATH, 404);
  });
});

describe('cancelScheduledEmail: DELETE /conversations/messages/email/{emailMessageId}/schedule against Prism', () => {
  const PATH = '/conversations/messages/email/{emailMessageId}/schedule';

  it('cancels, and reports a failure inside a 200 as cancelled: false', async () => {
    const client = clientOn(baseUrl);
    await expect(client.messages.cancelScheduledEmail('rnGyqh2UBPC0ow4zFzLc')).resolves.toMatchObject({ cancelled: true });
    const failed = await client.messages.cancelScheduledEmail('rnGyqh2UBPC0ow4zFzLc', { headers: { Prefer: 'example=not-found-inside-200' } });
    expect(failed.cancelled).toBe(false);
    ok('DELETE', PATH, 200, { status: failed.status, message: failed.message, traceId: failed.traceId });
  });

  it('a documented 401 is an AuthenticationError', async () => {
    const error = await failureOf(clientOn(baseUrl).messages.cancelScheduledEmail('x', { headers: { Prefer: 'code=401' } }));
    expectSpecError(error, AuthenticationError, 'DELETE', PATH, 401);
  });
});

describe('updateMessageStatus: PUT /conversations/messages/{messageId}/status against Prism', () => {
  const PATH = '/conversations/messages/{messageId}/status';

  it('reports delivered and failed-with-reason, answer valid', async () => {
    const client = clientOn(baseUrl);
    ok('PUT', PATH, 200, await client.messages.updateStatus('t22c6DQcTDf3MjRhwf77', { status: 'delivered' }));
    const failed = await client.messages.updateStatus('t22c6DQcTDf3MjRhwf77', {
      status: 'failed',
      error: { code: '30003', type: 'carrier', message: 'Unreachable destination handset' },
    });
    ok('PUT', PATH, 200, failed);
  });

  it('the observed 403 when called too early (#20) is a PermissionDeniedError', async () => {
    const error = await failureOf(clientOn(baseUrl).messages.updateStatus('x', { status: 'read' }, { headers: { Prefer: 'code=403' } }));
    expectSpecError(error, PermissionDeniedError, 'PUT', PATH, 403);
  });

  it('Prism refuses a status outside the documented four', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.status = 'sent')),
    );
    await expect(client.messages.updateStatus('x', { status: 'read' })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
});

describe('updateMessageAttachments: PUT /conversations/messages/{messageId}/attachments against Prism', () => {
  const PATH = '/conversations/messages/{messageId}/attachments';

  it('replaces the attachments; the 200 has no body', async () => {
    await expect(
      clientOn(baseUrl).messages.updateAttachments('oc1c6DQcTDf3MjRhwf09', ['https://recordings.example.com/calls/CA9f8e7d6c5b4a.mp3']),
    ).resolves.toBeUndefined();
  });

  it('Prism refuses six attachments (the documented limit is 5)', async () => {
    const six = Array.from({ length: 6 }, (_, i) => `https://x.test/${i}.mp3`);
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.attachments = six)),
    );
    const error = await failureOf(client.messages.updateAttachments('x', ['https://x.test/a.mp3']));
    expectSpecError(error, UnprocessableEntityError, 'PUT', PATH, 422);
  });

  it('the documented 403 (not a call message) is a PermissionDeniedError', async () => {
    const error = await failureOf(clientOn(baseUrl).messages.updateAttachments('x', ['https://x.test/a.mp3'], { headers: { Prefer: 'code=403' } }));
    expectSpecError(error, PermissionDeniedError, 'PUT', PATH, 403);
  });
});
