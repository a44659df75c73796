import { afterEach, describe, expect, it } from 'vitest';
import { type ExchangeReport, MockStartError, type RunningMock, startMock } from '../src/index.js';
import { startLocalServer } from './helpers/local-server.js';
import { CLI_TIMEOUT_MS, runCli } from './helpers/run-cli.js';

// The upstream is a local server standing in for the live API: it answers a conversation that
// breaks the spec (no locationId, a negative unreadCount), as the live API sometimes does.
const BROKEN_CONVERSATION = { id: 'abc', contactId: 'c1', deleted: false, inbox: true, type: 0, unreadCount: -1 };

function brokenUpstream() {
  return startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(BROKEN_CONVERSATION));
  });
}

function freePort(): Promise<number> {
  return startLocalServer(() => undefined).then(async (server) => {
    await server.close();
    return Number(new URL(server.url).port);
  });
}

describe('--proxy: validating a real upstream', () => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup = [];
  });

  it('passes the upstream answer through and reports where it departs from the spec', async () => {
    const upstream = await brokenUpstream();
    cleanup.push(upstream.close);
    const reports: ExchangeReport[] = [];
    const mock: RunningMock = await startMock({ proxy: upstream.url, onViolations: (report) => reports.push(report) });
    cleanup.push(mock.close);

    const response = await fetch(`${mock.url}/conversations/abc`, {
      headers: { Authorization: 'Bearer pit-secret', Version: '2021-07-28' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(BROKEN_CONVERSATION);
    // The first request is the reachability check at start.
    const forwarded = upstream.requests.find((r) => r.method === 'GET');
    expect(forwarded?.url).toBe('/conversations/abc');
    expect(forwarded?.headers.authorization).toBe('Bearer pit-secret');

    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({ method: 'GET', path: '/conversations/abc', status: 200 });
    const where = report!.violations.map((v) => v.location.join('.'));
    expect(where.every((w) => w.startsWith('response'))).toBe(true);
    expect(report!.violations.map((v) => v.message).join(' ')).toMatch(/locationId/);
    expect(where).toContain('response.body.unreadCount');
  });

  it('reports nothing for an answer that keeps to the spec', async () => {
    const upstream = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...BROKEN_CONVERSATION, locationId: 'l1', unreadCount: 2 }));
    });
    cleanup.push(upstream.close);
    const reports: ExchangeReport[] = [];
    const mock = await startMock({ proxy: upstream.url, onViolations: (report) => reports.push(report) });
    cleanup.push(mock.close);
    const response = await fetch(`${mock.url}/conversations/abc`, { headers: { Authorization: 'Bearer t', Version: '2021-07-28' } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(reports.flatMap((r) => r.violations)).toEqual([]);
  });

  it('answers 502 and reports it when the upstream stops answering while proxying', async () => {
    const upstream = await brokenUpstream();
    const failures: Array<{ method: string; path: string; reason: string }> = [];
    const mock = await startMock({ proxy: upstream.url, onUpstreamError: (failure) => failures.push(failure) });
    cleanup.push(mock.close);
    await upstream.close();

    const response = await fetch(`${mock.url}/conversations/abc`, { headers: { Authorization: 'Bearer t', Version: '2021-07-28' } });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('problem+json');
    const problem = (await response.json()) as { title: string; detail: string };
    expect(problem.title).toBe('The upstream API does not answer');
    expect(problem.detail).toContain(upstream.url);
    expect(problem.detail).toContain('ECONNREFUSED');
    expect(failures).toEqual([{ method: 'GET', path: '/conversations/abc', reason: expect.stringContaining('ECONNREFUSED') }]);
  });

  it("passes the upstream's own 500 through unchanged, even as a problem document", async () => {
    const upstream = await startLocalServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Internal server error', status: 500 }));
    });
    cleanup.push(upstream.close);
    const failures: unknown[] = [];
    const mock = await startMock({ proxy: upstream.url, onUpstreamError: (failure) => failures.push(failure) });
    cleanup.push(mock.close);
    const response = await fetch(`${mock.url}/conversations/abc`, { headers: { Authorization: 'Bearer t', Version: '2021-07-28' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Internal server error', status: 500 });
    expect(failures).toEqual([]);
  });

  for (const status of [302, 307]) {
    it(`passes an upstream ${status} redirect back as it is, and never follows it with the caller's credentials`, async () => {
      // The redirect points at another port of the same host: Prism's own forwarder followed it
      // and sent the Authorization header along, since it compares host names only.
      const elsewhere = await startLocalServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ...BROKEN_CONVERSATION, locationId: 'l1', unreadCount: 2 }));
      });
      cleanup.push(elsewhere.close);
      const location = `${elsewhere.url}/conversations/abc`;
      const upstream = await startLocalServer((_request, response) => {
        response.writeHead(status, { location, 'content-type': 'text/plain' });
        response.end('moved');
      });
      cleanup.push(upstream.close);
      const mock = await startMock({ proxy: upstream.url });
      cleanup.push(mock.close);

      const response = await fetch(`${mock.url}/conversations/abc`, {
        headers: { Authorization: 'Bearer pit-secret', Version: '2021-07-28' },
        redirect: 'manual',
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('location')).toBe(location);
      await response.arrayBuffer();
      expect(upstream.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
      expect(elsewhere.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? ''}`)).toEqual([]);
    });
  }

  it('refuses to start when the upstream does not answer', async () => {
    const port = await freePort();
    const error = await startMock({ proxy: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockStartError);
    expect((error as MockStartError).code).toBe('UPSTREAM_UNREACHABLE');
    expect((error as Error).message).toContain(`http://127.0.0.1:${port}`);
  });

  it('refuses an upstream that is not an http(s) URL', async () => {
    await expect(startMock({ proxy: 'ftp://127.0.0.1/' })).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await expect(startMock({ proxy: 'not a url' })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });

  it(
    'the command prints each departure readably, without the token',
    async () => {
      const upstream = await brokenUpstream();
      cleanup.push(upstream.close);
      const run = runCli(['--port', '0', '--proxy', upstream.url, '--verbose']);
      cleanup.push(async () => void (await run.stop()));
      const [, url] = await run.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)/);
      const response = await fetch(`${url}/conversations/abc`, { headers: { Authorization: 'Bearer pit-secret-42', Version: '2021-07-28' } });
      await response.arrayBuffer();
      await run.waitFor(/departs from the spec: GET \/conversations\/abc -> 200: response\.body\S* .*locationId/);
      await run.waitFor(/GET \/conversations\/abc -> 200 \(\d+ ms\)/);
      expect(run.output()).not.toContain('pit-secret-42');
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'the command exits 1 with a clear message when the upstream does not answer',
    async () => {
      const port = await freePort();
      const { code, out } = await runCli(['--port', '0', '--proxy', `http://127.0.0.1:${port}`]).exited;
      expect(code).toBe(1);
      expect(out).toContain('does not answer');
    },
    CLI_TIMEOUT_MS,
  );
});
