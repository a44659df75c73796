import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';
import { specWithProbe } from './helpers/spec-with-probe.js';

// Prism's validators remember their verdicts (validation-memo.ts). Remembering must never change
// one: every repeat of a request or an answer gets the verdict its first time got, and a request or
// answer that differs in any part gets its own.

/** The bundled spec plus `GET /memo-probe`, whose example `bad` breaks its own schema. */
const MEMO_PROBE_SPEC = specWithProbe('/memo-probe', 'memoProbe', {
  '200': {
    description: 'a count',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'] },
        examples: { good: { value: { count: 3 } }, bad: { value: { count: 'three' } } },
      },
    },
  },
});

let dir: string;
let mock: RunningMock;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leadway-mock-memo-'));
  writeFileSync(join(dir, 'openapi.json'), MEMO_PROBE_SPEC);
  mock = await startMock({ specPath: join(dir, 'openapi.json'), watch: false });
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function probe(example: string): Promise<number> {
  const response = await fetch(`${mock.url}/memo-probe`, { headers: { ...apiHeaders, Prefer: `example=${example}` } });
  await response.arrayBuffer();
  return response.status;
}

describe('remembered validation verdicts', () => {
  it('an answer that breaks the spec is a 500 every time, between valid answers of the same operation', async () => {
    const statuses = [];
    for (const example of ['good', 'bad', 'good', 'bad', 'bad', 'good']) statuses.push(await probe(example));
    expect(statuses).toEqual([200, 500, 200, 500, 500, 200]);
  });

  it('a request that fails validation is refused every time, each with its own violations', async () => {
    const send = async (body: unknown) => {
      const response = await fetch(`${mock.url}/conversations/`, {
        method: 'POST',
        headers: { ...apiHeaders, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };
    const bad = { locationId: 'l1', contactId: 5 };
    const good = { locationId: 'l1', contactId: 'c1' };
    const answers = [await send(bad), await send(good), await send(bad), await send(good), await send({ locationId: 'l1', contactId: 'c1', extra: 1 })];
    expect(answers.map((a) => a.status)).toEqual([422, 201, 422, 201, 422]);
    expect(answers[2]!.text).toBe(answers[0]!.text);
    expect(answers[4]!.text).toContain('extra');
  });

  it('a request without its token is refused every time, between requests that have one', async () => {
    const get = async (headers: Record<string, string>) => {
      const response = await fetch(`${mock.url}/conversations/abc`, { headers });
      await response.arrayBuffer();
      return response.status;
    };
    const { Authorization: _token, ...withoutToken } = apiHeaders as Record<string, string>;
    const statuses = [await get(apiHeaders), await get(withoutToken), await get(apiHeaders), await get(withoutToken)];
    expect(statuses).toEqual([200, 401, 200, 401]);
  });
});
