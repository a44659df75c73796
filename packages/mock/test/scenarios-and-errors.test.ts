import { createSpecValidator } from '@leadway/spec/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';
import { CLI_TIMEOUT_MS, runCli } from './helpers/run-cli.js';

const spec = createSpecValidator();

describe('error answers say what is wrong with the request', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it('a request that fails validation gets its own violations (field and rule) in the API error shape', async () => {
    const response = await fetch(`${mock.url}/conversations/`, {
      method: 'POST',
      headers: { ...apiHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ locationId: 'l1', contactId: 5, colour: 'red' }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { statusCode: number; message: string[] };
    expect(spec.validateResponse('POST', '/conversations/', 422, body).errors).toEqual([]);
    expect(body.statusCode).toBe(422);
    // Not the spec's fixed example ("property foo should not exist"), but this request's faults.
    expect(body.message.join('\n')).not.toContain('property foo should not exist');
    expect(body.message.some((m) => /contactId/.test(m) && /string/.test(m))).toBe(true);
    expect(body.message.some((m) => /colour/.test(m))).toBe(true);
    // The header Prism always sends still carries them too.
    expect(response.headers.get('sl-violations')).toContain('contactId');
  });

  it('a missing query parameter is named', async () => {
    const response = await fetch(`${mock.url}/conversations/search?limit=abc`, { headers: apiHeaders });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { message: string[] };
    expect(body.message.some((m) => /locationid/i.test(m))).toBe(true);
    expect(body.message.some((m) => /limit/.test(m) && /integer/.test(m))).toBe(true);
  });

  it('an unknown scenario (Prefer: example=nope) is a 400 naming the ones the operation has', async () => {
    const response = await fetch(`${mock.url}/conversations/search?locationId=l1`, { headers: { ...apiHeaders, Prefer: 'example=nope' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { statusCode: number; message: string };
    expect(body.statusCode).toBe(400);
    expect(body.message).toContain('example=nope');
    for (const known of ['empty-inbox', 'unread', 'unknown-channel-type']) expect(body.message).toContain(known);
    expect(body.message).not.toContain('check the id');
  });

  it('with a code too, it names the examples of that code', async () => {
    const response = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Prefer: 'code=404, example=nope' } });
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain('not-found');
    expect(message).not.toContain('phone');
  });

  it('Prefer: code=429, retry-after=N sets the Retry-After of the 429 answer', async () => {
    const response = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Prefer: 'code=429, retry-after=1' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(spec.validateResponse('GET', '/conversations/{conversationId}', 429, await response.json()).errors).toEqual([]);
    const zero = await fetch(`${mock.url}/conversations/abc?__code=429&__retry-after=0`, { headers: apiHeaders });
    expect(zero.headers.get('retry-after')).toBe('0');
    await zero.arrayBuffer();
    // Without it, the spec's example; on an answer that is not a 429, nothing changes.
    const example = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Prefer: 'code=429' } });
    expect(example.headers.get('retry-after')).toBe('10');
    await example.arrayBuffer();
    const ok = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Prefer: 'retry-after=1' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('retry-after')).toBeNull();
    await ok.arrayBuffer();
  });

  it('a retry-after that is not whole seconds up to a day is a 400 saying so', async () => {
    for (const value of ['soon', '-1', '1.5', '86401']) {
      const response = await fetch(`${mock.url}/conversations/abc`, { headers: { ...apiHeaders, Prefer: `code=429, retry-after=${value}` } });
      expect(response.status).toBe(400);
      const { message } = (await response.json()) as { message: string };
      expect(message).toContain('retry-after must be whole seconds from 0 to 86400');
      expect(message).toContain(value);
    }
  });

  it('a known scenario still answers with its example', async () => {
    const response = await fetch(`${mock.url}/conversations/search?locationId=l1`, { headers: { ...apiHeaders, Prefer: 'example=empty-inbox' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ conversations: [] });
  });
});

describe('leadway-mock --help', () => {
  it(
    'lists the scenarios of the bundled spec and the webhook command',
    async () => {
      const { code, out } = await runCli(['--help']).exited;
      expect(code).toBe(0);
      expect(out).toMatch(/GET \/conversations\/search\n\s+default, empty-inbox, unread, unknown-channel-type/);
      expect(out).toContain('long-thread');
      expect(out).toContain('leadway-mock webhook');
      expect(out).toContain('retry-after=');
    },
    CLI_TIMEOUT_MS,
  );
});
