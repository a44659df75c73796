// Contract test of the v3 email-status operation against the real Prism (request validation on).
// The operation exists only in the spec and the generated code: nothing about it is written by hand
// in src/, and this test proves it works end to end, `Version: v3` included.
import { describe, expect, it } from 'vitest';
import { createLeadwayCore, InvalidInputError, PermissionDeniedError, UnprocessableEntityError, updateEmailStatus } from '../../src/index.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec, tamperingJson } from '../helpers/contract-kit.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

const PATH = '/conversations/messages/email/{id}/status';
const EMAIL_ID = 'zT4Mh1kvPq3RsW8xYz2A';
const baseUrl = mockUrl();

describe('updateEmailStatus: PUT /conversations/messages/email/{id}/status against Prism', () => {
  it('records a status with counters and recipients, sent with Version: v3; the answer is valid', async () => {
    const versions: string[] = [];
    const client = clientOn(baseUrl, (request) => {
      versions.push(request.headers.get('version') ?? '');
      return fetch(request);
    });
    const answer = await client.messages.updateEmailStatus(EMAIL_ID, {
      status: 'clicked',
      events: { clicked: 1, opened: 1 },
      recipients: [{ emailId: 'ada@example.com', status: 'clicked' }],
    });
    expect(answer).toEqual({ success: true, message: 'Email status updated' });
    expect(spec.validateResponse('PUT', PATH, 200, answer).errors).toEqual([]);
    expect(versions).toEqual(['v3']);
  });

  it('works as a standalone function on a core (the tree-shakeable form)', async () => {
    const core = createLeadwayCore({ token: SECRET_TOKEN, baseUrl });
    await expect(updateEmailStatus(core, EMAIL_ID, { status: 'delivered' })).resolves.toMatchObject({ success: true });
  });

  it('the client refuses what the spec refuses, before sending', async () => {
    let sent = 0;
    const client = clientOn(baseUrl, (request) => {
      sent += 1;
      return fetch(request);
    });
    await expect(client.messages.updateEmailStatus(EMAIL_ID, { status: 'bounced' as never })).rejects.toMatchObject({ field: 'body.status' });
    await expect(client.messages.updateEmailStatus(EMAIL_ID, { status: 'sent', events: { opened: -1 } })).rejects.toMatchObject({
      field: 'body.events.opened',
    });
    await expect(client.messages.updateEmailStatus(EMAIL_ID, { status: 'sent', recipients: [{ status: 'sent' } as never] })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(sent).toBe(0);
  });

  it('Prism refuses a status outside the email statuses (the contract can fail)', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.status = 'bounced')),
    );
    const error = await failureOf(client.messages.updateEmailStatus(EMAIL_ID, { status: 'delivered' }));
    expectSpecError(error, UnprocessableEntityError, 'PUT', PATH, 422);
  });

  it('a documented 403 (an email another provider sent) is a PermissionDeniedError, sent once', async () => {
    let sent = 0;
    const client = clientOn(baseUrl, (request) => {
      sent += 1;
      return fetch(request);
    });
    const error = await failureOf(client.messages.updateEmailStatus(EMAIL_ID, { status: 'delivered' }, { headers: { Prefer: 'code=403' } }));
    expectSpecError(error, PermissionDeniedError, 'PUT', PATH, 403);
    expect(sent).toBe(1);
  });
});
