import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';
import { sendRaw } from './helpers/raw-request.js';
import { CLI_TIMEOUT_MS, runCli } from './helpers/run-cli.js';
import { specWithProbe } from './helpers/spec-with-probe.js';

const CREDENTIALS = 'Authorization: Bearer t\r\nVersion: 2021-07-28\r\n';
const JSON_POST = (length: number | string | Buffer) =>
  `POST /conversations/ HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Content-Type: application/json\r\nContent-Length: ${typeof length === 'number' ? length : Buffer.byteLength(length)}\r\nConnection: close\r\n\r\n`;
const LONE_SURROGATE_JSON = '{"locationId":"a\\ud800"}';
const OVER_LIMIT = 10 * 1024 * 1024 + 1;

/** Requests any web page (or a stray script) can send, each of which once made Prism throw or would. */
const MALFORMED: Array<{ name: string; status: number; head: string; body?: Buffer | string; prismProblem?: true }> = [
  {
    name: 'bad percent-encoding in a path parameter, no credentials',
    status: 400,
    head: 'GET /conversations/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  },
  { name: 'a lone % in the path', status: 400, head: 'GET /conversations/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  {
    name: 'a lone surrogate percent-encoded in the path',
    status: 400,
    head: `GET /conversations/%ED%A0%80 HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Connection: close\r\n\r\n`,
  },
  {
    name: 'bad percent-encoding in a query value',
    status: 400,
    head: `GET /conversations/search?locationId=%ff HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Connection: close\r\n\r\n`,
  },
  {
    name: 'bad percent-encoding in a query name',
    status: 400,
    head: `GET /conversations/search?location%Id=1 HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Connection: close\r\n\r\n`,
  },
  { name: 'a request target that is not a path', status: 400, head: 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
  {
    name: 'a malformed header line',
    status: 400,
    head: `GET /conversations/abc HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n${CREDENTIALS}Connection: close\r\n\r\n`,
  },
  {
    name: 'headers too large',
    status: 431,
    head: `GET /conversations/abc HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(70_000)}\r\nConnection: close\r\n\r\n`,
  },
  {
    name: 'an Accept header that is not a list of media types',
    status: 400,
    head: `GET /conversations/abc HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Accept: ;;;\r\nConnection: close\r\n\r\n`,
  },
  {
    name: 'a Content-Type that is not a media type',
    status: 400,
    head: `POST /conversations/ HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Content-Type: ;;;\r\nContent-Length: 2\r\nConnection: close\r\n\r\n`,
    body: '{}',
  },
  // Not malformed, but it once read as a URL of another host: Prism's own "no route" answer.
  {
    name: 'a path starting with //',
    status: 404,
    head: `GET //conversations HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Connection: close\r\n\r\n`,
    prismProblem: true,
  },
  { name: 'a JSON body that does not parse', status: 400, head: JSON_POST('{"locationId":'), body: '{"locationId":' },
  { name: 'a JSON body that is not UTF-8', status: 400, head: JSON_POST(4), body: Buffer.from([0x22, 0xff, 0xfe, 0x22]) },
  { name: 'a JSON string holding a lone surrogate', status: 400, head: JSON_POST(LONE_SURROGATE_JSON), body: LONE_SURROGATE_JSON },
  { name: 'a declared body over 10 MB', status: 413, head: JSON_POST(OVER_LIMIT), body: '{"a":1}' },
  {
    name: 'a chunked body that grows over 10 MB',
    status: 413,
    head: `POST /conversations/ HTTP/1.1\r\nHost: x\r\n${CREDENTIALS}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
    body: Buffer.concat([Buffer.from(`${OVER_LIMIT.toString(16)}\r\n`), Buffer.alloc(OVER_LIMIT, 0x20), Buffer.from('\r\n0\r\n\r\n')]),
  },
];

async function expectRefusedThenServing(url: string): Promise<void> {
  for (const request of MALFORMED) {
    const answer = await sendRaw(url, request.head, request.body);
    expect({ name: request.name, status: answer.status }).toEqual({ name: request.name, status: request.status });
    if (request.prismProblem) {
      expect(answer.headers['content-type'], request.name).toContain('application/problem+json');
    } else {
      expect(answer.headers['content-type'], request.name).toContain('application/json');
      const body = JSON.parse(answer.body) as { statusCode: number; message: string };
      expect(body.statusCode, request.name).toBe(request.status);
      expect(typeof body.message, request.name).toBe('string');
    }
    // The next valid request is still answered.
    const valid = await fetch(`${url}/conversations/abc`, { headers: apiHeaders });
    expect(valid.status, `after ${request.name}`).toBe(200);
    await valid.arrayBuffer();
  }
}

describe('malformed requests: a 4xx in the API error shape, and the mock keeps serving', () => {
  describe('startMock()', () => {
    let mock: RunningMock;
    beforeAll(async () => {
      mock = await startMock();
    });
    afterAll(() => mock.close());

    it('answers each malformed request with a 4xx and then a valid one with 200', async () => {
      await expectRefusedThenServing(mock.url);
    });
  });

  describe('the leadway-mock command', () => {
    it(
      'answers each malformed request with a 4xx and does not exit',
      async () => {
        const run = runCli(['--port', '0']);
        try {
          const [, url] = await run.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)/);
          await expectRefusedThenServing(url!);
          expect(run.output()).not.toMatch(/URIError|unexpected failure/);
        } finally {
          const { code } = await run.stop();
          // Stopped by the test's SIGTERM (exit 0), not by a crash.
          expect(code).toBe(0);
        }
      },
      CLI_TIMEOUT_MS,
    );
  });
});

describe('an unexpected failure while answering', () => {
  it('is a logged 500 in the API error shape, and the mock keeps serving', async () => {
    // A spec whose example cannot be written as its media type says (an object as text/plain):
    // writing the answer throws inside the mock.
    const dir = mkdtempSync(join(tmpdir(), 'leadway-mock-failure-'));
    const spec = specWithProbe('/unwritable', 'unwritable', {
      '200': { description: 'an object declared as text', content: { 'text/plain': { schema: {}, example: { not: 'text' } } } },
    });
    writeFileSync(join(dir, 'openapi.json'), spec);
    const failures: Array<{ method: string; path: string; error: unknown }> = [];
    const mock = await startMock({ specPath: join(dir, 'openapi.json'), onInternalError: (failure) => failures.push(failure) });
    try {
      const broken = await fetch(`${mock.url}/unwritable`);
      expect(broken.status).toBe(500);
      expect(await broken.json()).toMatchObject({ statusCode: 500, message: expect.any(String) });
      expect(failures).toEqual([{ method: 'GET', path: '/unwritable', error: expect.any(Error) }]);
      const valid = await fetch(`${mock.url}/conversations/abc`, { headers: apiHeaders });
      expect(valid.status).toBe(200);
      await valid.arrayBuffer();
    } finally {
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
