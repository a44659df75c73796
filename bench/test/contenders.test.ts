// Every contender of the overhead bench must really make the call it is timed on: against the
// local server (the official SDK only through its per-call `baseURL`), and against the in-memory
// fetch, each getting the fixed conversation back.
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TOKEN, WRAPPER_CONTENDERS } from '../src/overhead/contenders.js';
import { createFixedConversationServer, FIXED_CONVERSATION } from '../src/servers/fixed-conversation-server.js';

const server = createFixedConversationServer();
const seen: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];
server.on('request', (request) => seen.push({ url: request.url, headers: request.headers }));
let baseUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('overhead bench contenders', () => {
  for (const make of WRAPPER_CONTENDERS) {
    it(`${make({ baseUrl: 'http://127.0.0.1:9' }).name} gets the conversation from the local server, with the token`, async () => {
      const before = seen.length;
      const contender = make({ baseUrl });
      await expect(contender.get('tDtDnQdgm2LXpyiqYvZ6')).resolves.toMatchObject(FIXED_CONVERSATION);
      expect(seen.length).toBe(before + 1);
      expect(seen.at(-1)!.url).toBe('/conversations/tDtDnQdgm2LXpyiqYvZ6');
      expect(seen.at(-1)!.headers.authorization).toBe(`Bearer ${BENCH_TOKEN}`);
    });

    it(`${make({ baseUrl: 'http://127.0.0.1:9' }).name} gets it from the in-memory fetch without touching the network`, async () => {
      const before = seen.length;
      const contender = make({ baseUrl: 'http://127.0.0.1:9', inMemory: true });
      await expect(contender.get('tDtDnQdgm2LXpyiqYvZ6')).resolves.toMatchObject(FIXED_CONVERSATION);
      expect(seen.length).toBe(before);
    });
  }
});
