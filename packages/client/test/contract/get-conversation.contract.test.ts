// Contract tests: the client against the real Prism serving the bundled spec, with request
// validation on. Prism refuses a request the spec does not allow; the spec validator checks answers.
import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  AuthenticationError,
  createLeadwayClient,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { expectSpecValid, mockUrl, spec, tampering, withHeaders } from '../helpers/contract-kit.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

const PATH = '/conversations/{conversationId}';
const baseUrl = mockUrl();

/** The error's body is what the spec declares for its status. */
function expectSpecErrorBody(error: ApiError) {
  expectSpecValid('GET', PATH, error.status, error.rawBody);
}

describe('getConversation: GET /conversations/{conversationId} against Prism', () => {
  it('answers the typed conversation, and the answer matches the spec', async () => {
    const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl });
    const conversation = await client.conversations.get('tDtDnQdgm2LXpyiqYvZ6');
    expect(conversation.type).toBe(0);
    expect(conversation.id).toBe('ve9EPM428kjkvShlRW1KT');
    expect(spec.validateResponse('GET', PATH, 200, conversation).errors).toEqual([]);
  });

  it('serves every named example of the 200 answer, each valid', async () => {
    const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl });
    for (const example of ['seed', 'phone', 'string-type']) {
      const conversation = await client.conversations.get('abc', { headers: { Prefer: `example=${example}` } });
      expect(spec.validateResponse('GET', PATH, 200, conversation).errors).toEqual([]);
    }
  });

  it('is accepted with the vendor Version 2021-04-15 too', async () => {
    const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl, version: '2021-04-15' });
    await expect(client.conversations.get('abc')).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('Prism refuses a request without the Version header (the contract can fail)', async () => {
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl,
      fetch: tampering(withHeaders((h) => h.delete('Version'))),
    });
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expectSpecErrorBody(error as ApiError);
  });

  it('Prism refuses an unpublished Version value', async () => {
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl,
      fetch: tampering(withHeaders((h) => h.set('Version', '2020-01-01'))),
    });
    await expect(client.conversations.get('abc')).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it('Prism refuses a request without credentials with a typed 401', async () => {
    const client = createLeadwayClient({
      token: SECRET_TOKEN,
      baseUrl,
      fetch: tampering(withHeaders((h) => h.delete('Authorization'))),
    });
    const error = await client.conversations.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expectSpecErrorBody(error as ApiError);
  });

  it.each([
    [404, NotFoundError],
    [401, AuthenticationError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
  ] as const)('a documented %i becomes its typed error with a spec-valid body', async (status, Class) => {
    // Retries off: Prism answers every attempt the same (429 with Retry-After: 10); retries are tested in test/fault.
    const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl, retry: false });
    const error = await client.conversations.get('abc', { headers: { Prefer: `code=${status}` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect((error as ApiError).status).toBe(status);
    expectSpecErrorBody(error as ApiError);
    expect(JSON.stringify(error)).not.toContain(SECRET_TOKEN);
  });
});
