// Contract tests of the subscription-preference operations against the real Prism (request
// validation on). Their answers have no published schema (any JSON object), so the checks that can
// fail are on the request side (Prism refuses what the spec does not allow) and on error bodies.
import { describe, expect, it } from 'vitest';
import { BadRequestError, NotFoundError, UnprocessableEntityError } from '../../src/index.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec, tampering, tamperingJson, withQuery } from '../helpers/contract-kit.js';

const LOCATION = 'loc4EPM428kjkvShlRW1A';
const SUBTYPES = '/conversations/preferences/custom-subtypes';
const baseUrl = mockUrl();

describe('listCustomSubtypes: GET /conversations/preferences/custom-subtypes against Prism', () => {
  it('lists, answer valid', async () => {
    const answer = await clientOn(baseUrl).preferences.listCustomSubtypes({ locationId: LOCATION });
    expect(answer).toHaveProperty('subtypes');
    expect(spec.validateResponse('GET', SUBTYPES, 200, answer).errors).toEqual([]);
  });

  it('Prism refuses the request without the required locationId query (the contract can fail)', async () => {
    const client = clientOn(baseUrl, tampering(withQuery((q) => q.delete('locationId'))));
    const error = await failureOf(client.preferences.listCustomSubtypes({ locationId: LOCATION }));
    expectSpecError(error, UnprocessableEntityError, 'GET', SUBTYPES, 422);
  });
});

describe('createCustomSubtype: POST /conversations/preferences/custom-subtypes against Prism', () => {
  const body = { name: 'Monthly newsletter', description: 'Once a month', channel: 'email' as const, language: 'en' };

  it('creates, answer valid (200 and 201)', async () => {
    const client = clientOn(baseUrl);
    expect(spec.validateResponse('POST', SUBTYPES, 200, await client.preferences.createCustomSubtype({ locationId: LOCATION }, body)).errors).toEqual([]);
    const created = await client.preferences.createCustomSubtype({ locationId: LOCATION }, body, { headers: { Prefer: 'code=201' } });
    expect(spec.validateResponse('POST', SUBTYPES, 201, created).errors).toEqual([]);
  });

  it('Prism refuses a name over 100 characters', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.name = 'n'.repeat(101))),
    );
    const error = await failureOf(client.preferences.createCustomSubtype({ locationId: LOCATION }, body));
    expectSpecError(error, UnprocessableEntityError, 'POST', SUBTYPES, 422);
  });
});

describe('updateCustomSubtype: PUT /conversations/preferences/custom-subtypes/{id} against Prism', () => {
  const PATH = '/conversations/preferences/custom-subtypes/{id}';

  it('archives, answer valid', async () => {
    const answer = await clientOn(baseUrl).preferences.updateCustomSubtype('sub7EPM428kjkvShlRW1B', { locationId: LOCATION }, { archived: true });
    expect(spec.validateResponse('PUT', PATH, 200, answer).errors).toEqual([]);
  });

  it('a documented 404 is a NotFoundError', async () => {
    const error = await failureOf(
      clientOn(baseUrl).preferences.updateCustomSubtype('gone', { locationId: LOCATION }, { name: 'x' }, { headers: { Prefer: 'code=404' } }),
    );
    expectSpecError(error, NotFoundError, 'PUT', PATH, 404);
  });
});

describe('getUnsubscriptionStatus: GET /conversations/preferences/unsubscriptions/status against Prism', () => {
  const PATH = '/conversations/preferences/unsubscriptions/status';

  it('answers the statuses, valid', async () => {
    const answer = await clientOn(baseUrl).preferences.getUnsubscriptionStatus({
      locationId: LOCATION,
      contactId: 'abc4EPM428kjkvShlRW1K',
      email: 'ada@example.com',
    });
    expect(spec.validateResponse('GET', PATH, 200, answer).errors).toEqual([]);
  });

  it('Prism refuses the request without contactId', async () => {
    const client = clientOn(baseUrl, tampering(withQuery((q) => q.delete('contactId'))));
    const error = await failureOf(client.preferences.getUnsubscriptionStatus({ locationId: LOCATION, contactId: 'abc' }));
    expectSpecError(error, UnprocessableEntityError, 'GET', PATH, 422);
  });
});

describe('changeUserSubscription: POST /conversations/preferences/unsubscriptions/user-change against Prism', () => {
  const PATH = '/conversations/preferences/unsubscriptions/user-change';
  const body = {
    locationId: LOCATION,
    contactId: 'abc4EPM428kjkvShlRW1K',
    email: 'ada@example.com',
    subscription_action: { type: 'custom' as const, subtype_id: 'sub7EPM428kjkvShlRW1B', subtype_status: 'unsubscribed' as const },
  };

  it('changes, answer valid', async () => {
    const answer = await clientOn(baseUrl).preferences.changeUserSubscription(body);
    expect(spec.validateResponse('POST', PATH, 200, answer).errors).toEqual([]);
  });

  it('Prism refuses an unknown subscription_action.type', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => ((b.subscription_action as Record<string, unknown>).type = 'everything')),
    );
    const error = await failureOf(client.preferences.changeUserSubscription(body));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });

  it('a documented 400 is a BadRequestError', async () => {
    const error = await failureOf(clientOn(baseUrl).preferences.changeUserSubscription(body, { headers: { Prefer: 'code=400' } }));
    expectSpecError(error, BadRequestError, 'POST', PATH, 400);
  });
});
