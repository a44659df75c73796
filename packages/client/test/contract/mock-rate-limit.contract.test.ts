// The client against the real mock's 429 answers, as a front end's test exercises a "too many
// requests" screen: `Prefer: code=429, retry-after=N` sets the answer's Retry-After, and the client's
// retry and pacing follow it instead of the spec example's 10 s.
import { type RunningMock, startMock } from '@leadway/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadwayClient, RateLimitError, type TransportEvent } from '../../src/index.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.close();
});

function recordingClient(options: Partial<Parameters<typeof createLeadwayClient>[0]> = {}) {
  const events: TransportEvent[] = [];
  const client = createLeadwayClient({ token: SECRET_TOKEN, baseUrl: mock.url, onEvent: (event) => events.push(event), ...options });
  return { client, events };
}

describe("getConversation: the mock's 429 with a chosen Retry-After (Prefer: retry-after)", () => {
  it('retry-after=0: every retry goes at once, the call ends in RateLimitError, and the next call is not held', async () => {
    const { client, events } = recordingClient();
    const error = await client.conversations.get('abc', { headers: { Prefer: 'code=429, retry-after=0' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(0);
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries.map((e) => e.delayMs)).toEqual([0, 0, 0]);
    expect(events.filter((e) => e.type === 'response').map((e) => e.status)).toEqual([429, 429, 429, 429]);
    // The next, unrelated call goes out without a pacing hold.
    await expect(client.conversations.get('tDtDnQdgm2LXpyiqYvZ6')).resolves.toMatchObject({ id: expect.any(String) });
    expect(events.filter((e) => e.type === 'pacing')).toEqual([]);
  });

  it("retry-after=1: the client's retry waits the mock's 1 s, not the example's 10 s", async () => {
    const { client, events } = recordingClient({ retry: { maxRetries: 1 }, pacing: false });
    const error = await client.conversations.get('abc', { headers: { Prefer: 'code=429, retry-after=1' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(1000);
    expect(events.filter((e) => e.type === 'retry').map((e) => e.delayMs)).toEqual([1000]);
  });

  it('a front-end test that shows the 429 at once: retry off (maxRetries: 0)', async () => {
    const { client, events } = recordingClient({ retry: false });
    const error = await client.conversations.get('abc', { headers: { Prefer: 'code=429, retry-after=0' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(events.filter((e) => e.type === 'response')).toHaveLength(1);
  });

  it('without retry-after, the spec example (10 s) is what the mock sends', async () => {
    const { client } = recordingClient({ retry: false });
    const error = await client.conversations.get('abc', { headers: { Prefer: 'code=429' } }).catch((e: unknown) => e);
    expect((error as RateLimitError).retryAfterMs).toBe(10_000);
  });
});
