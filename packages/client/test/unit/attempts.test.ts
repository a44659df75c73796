// Every error that came back from the network says how many requests the call sent (`attempts`),
// counted by the transport's attempt loop: 1 when the call was not retried, more when it was.
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  createLeadwayClient,
  InvalidInputError,
  MalformedResponseError,
  NotFoundError,
  RedirectError,
  ResponseTooLargeError,
  ServerError,
} from '../../src/index.js';
import { failureOf } from '../helpers/failure-of.js';
import { json, recordingFetch, SECRET_TOKEN } from '../helpers/recording-fetch.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 2 };

function reset(): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
}

/** A client whose fetch answers with `answer`, retrying reads up to `maxRetries` times. */
function clientAnswering(answer: () => Response | Promise<Response>, maxRetries: number) {
  const recorder = recordingFetch(answer);
  const client = createLeadwayClient({ token: SECRET_TOKEN, fetch: recorder.fetch, retry: { ...FAST, maxRetries }, pacing: false });
  return { client, requests: recorder.requests };
}

describe('error.attempts', () => {
  it('a retried read that keeps failing with 503: ServerError with attempts = requests sent', async () => {
    const { client, requests } = clientAnswering(() => json(503, { statusCode: 503, message: 'busy' }), 2);
    const error = await failureOf(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(3);
    expect((error as ServerError).attempts).toBe(3);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ attempts: 3 });
  });

  it('an answer that is not retried (404): attempts 1', async () => {
    const { client } = clientAnswering(() => json(404, { statusCode: 404, message: 'gone' }), 2);
    const error = await failureOf(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).attempts).toBe(1);
  });

  it('a retried then failing connection: ConnectionError with attempts = requests sent', async () => {
    const { client, requests } = clientAnswering(() => Promise.reject(reset()), 1);
    const error = await failureOf(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(2);
    expect((error as ConnectionError).attempts).toBe(2);
  });

  it('a create that is never retried after a reset: ConnectionError with attempts 1', async () => {
    const { client, requests } = clientAnswering(() => Promise.reject(reset()), 3);
    const error = await failureOf(client.messages.send({ type: 'SMS', contactId: 'k1', message: 'hi' }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(1);
    expect((error as ConnectionError).attempts).toBe(1);
  });

  it('a 2xx that is not JSON after one retried 500: MalformedResponseError with attempts 2', async () => {
    let n = 0;
    const { client } = clientAnswering(
      () =>
        n++ === 0
          ? json(500, { statusCode: 500, message: 'x' })
          : new Response('<html>proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      2,
    );
    const error = await failureOf(client.conversations.get('c1'));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).attempts).toBe(2);
  });

  it('an answer larger than maxResponseBytes: ResponseTooLargeError with attempts 1 (never retried)', async () => {
    const { client } = clientAnswering(() => json(200, { id: 'c1', padding: 'x'.repeat(4096) }), 2);
    const error = await failureOf(client.conversations.get('c1', { maxResponseBytes: 1024 }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).attempts).toBe(1);
  });

  it('a redirect of a POST: RedirectError with attempts 1', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/x' } }), 2);
    const error = await failureOf(client.messages.send({ type: 'SMS', contactId: 'k1', message: 'hi' }));
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).attempts).toBe(1);
  });

  it('bad input is refused before anything is sent: no attempts', async () => {
    const { client, requests } = clientAnswering(() => json(200, {}), 2);
    const error = await failureOf(client.conversations.get(''));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(requests).toHaveLength(0);
    expect((error as InvalidInputError).attempts).toBeUndefined();
  });
});
