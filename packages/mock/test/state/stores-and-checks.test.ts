import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSpecPath, MockStartError, type RunningMock, startMock } from '../../src/index.js';
import { LOCATION, searchPath, statefulApi } from '../helpers/stateful-api.js';

let mock: RunningMock;
let dir: string;
beforeAll(async () => {
  [mock, dir] = await Promise.all([startMock({ stateful: true }), mkdtemp(join(tmpdir(), 'mock-state-'))]);
});
afterAll(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('stateful mode: stores, seed, checks', () => {
  it('stores are isolated by x-mock-store; POST /__mock/reset returns one to the seed; an unknown store is a 404', async () => {
    const a = statefulApi(mock.url, 'isolated-a');
    const b = statefulApi(mock.url, 'isolated-b');
    await a('POST', '/conversations/', { locationId: LOCATION, contactId: 'onlyInA' });
    expect((await a('GET', searchPath({ contactId: 'onlyInA' }))).body.total).toBe(1);
    expect((await b('GET', searchPath({ contactId: 'onlyInA' }))).body.total).toBe(0);

    const reset = await a('POST', '/__mock/reset');
    expect(reset.status).toBe(200);
    expect((await a('GET', searchPath({ contactId: 'onlyInA' }))).body.total).toBe(0);
    expect((await a('GET', searchPath())).body.total).toBe(2);

    const unknown = await statefulApi(mock.url, 'never-used')('POST', '/__mock/reset');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404 });
    expect((await a('GET', searchPath(), undefined, { 'x-mock-store': 'bad name!' })).status).toBe(400);
  });

  it('request validation stays on (the API-shaped 422 before the store), and Prefer answers the spec example instead', async () => {
    const api = statefulApi(mock.url, 'validation');
    const refused = await api('POST', '/conversations/', { locationId: LOCATION });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toEqual([expect.stringContaining('contactId')]);
    expect((await api('GET', searchPath({ contactId: 'nobody' }))).body.total).toBe(0);
    const example = await api('GET', searchPath({ contactId: 'nobody' }), undefined, { Prefer: 'example=unread' });
    expect(example.body.conversations.map((c: { fullName: string }) => c.fullName)).toEqual(['Sam Carter', undefined]);
    expect((await api('GET', '/conversations/nope', undefined, { Authorization: '' })).status).toBe(401);
  });

  it('starts from a seed file, and refuses a bad seed naming the file, the JSON path and the rule', async () => {
    const good = join(dir, 'good.json');
    await writeFile(
      good,
      JSON.stringify({
        conversations: [{ id: 'seedConv1', contactId: 'seedContact1', locationId: 'seedLocation', unreadCount: 2, lastMessageDate: 5 }],
        messages: [],
      }),
    );
    const seeded = await startMock({ stateful: true, seedFile: good });
    try {
      const api = statefulApi(seeded.url, 'default');
      const page = (await api('GET', '/conversations/search?locationId=seedLocation')).body;
      expect(page.conversations.map((c: { id: string }) => c.id)).toEqual(['seedConv1']);
      expect((await api('GET', searchPath())).body.total).toBe(0);
    } finally {
      await seeded.close();
    }

    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        conversations: [
          { id: 'c1', contactId: 'k1', locationId: 'l1' },
          { id: 'c2', contactId: 'k2', locationId: 'l1', unreadCount: -1 },
        ],
        messages: [],
      }),
    );
    const refusal = await startMock({ stateful: true, seedFile: bad }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MockStartError);
    expect((refusal as MockStartError).code).toBe('SEED_INVALID');
    expect((refusal as Error).message).toContain(bad);
    expect((refusal as Error).message).toContain('$.conversations[1].unreadCount: must be >= 0');
  });

  it('an answer the spec does not allow leaves as a 500 naming the violation', async () => {
    // The served spec's conversation answer allows no unread messages; the stored example conversation has one.
    const spec = JSON.parse(await readFile(bundledSpecPath, 'utf8'));
    spec.components.schemas.Conversation.properties.unreadCount.maximum = 0;
    const strict = join(dir, 'strict.json');
    await writeFile(strict, JSON.stringify(spec));
    const checked = await startMock({ stateful: true, specPath: strict });
    try {
      const answer = await statefulApi(checked.url, 'default')('GET', '/conversations/tDtDnQdgm2LXpyiqYvZ6');
      expect(answer.status).toBe(500);
      expect(answer.body.message).toContain('the stateful answer (200) breaks the spec: response.body.unreadCount: must be <= 0');
      expect(JSON.parse(answer.headers.get('sl-violations')!)[0].message).toContain('unreadCount');
    } finally {
      await checked.close();
    }
  });
});
