import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MockStartError, startMock } from '../src/index.js';
import { CLI_TIMEOUT_MS, runCli } from './helpers/run-cli.js';

function occupiedPort(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ port, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe('startMock', () => {
  it('binds 127.0.0.1 on a free port, answers at once, and frees the port on close', async () => {
    const mock = await startMock();
    expect(mock.host).toBe('127.0.0.1');
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const response = await fetch(`${mock.url}/conversations/abc`, {
      headers: { Authorization: 'Bearer t', Version: '2021-07-28' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ type: 0 });
    await mock.close();
    await expect(fetch(`${mock.url}/conversations/abc`)).rejects.toThrow();
  });

  it('validates requests: a missing Version header is refused', async () => {
    const mock = await startMock();
    try {
      const response = await fetch(`${mock.url}/conversations/abc`, { headers: { Authorization: 'Bearer t' } });
      expect(response.status).toBe(422);
    } finally {
      await mock.close();
    }
  });

  it('says clearly when the port is taken', async () => {
    const taken = await occupiedPort();
    try {
      const error = await startMock({ port: taken.port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MockStartError);
      expect((error as MockStartError).code).toBe('PORT_IN_USE');
      expect((error as Error).message).toContain(`port ${taken.port}`);
    } finally {
      await taken.close();
    }
  });

  it('refuses a bad port number', async () => {
    await expect(startMock({ port: 70000 })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });

  it('refuses a spec it cannot load', async () => {
    await expect(startMock({ specPath: '/nonexistent/openapi.json' })).rejects.toMatchObject({ code: 'SPEC_INVALID' });
  });
});

// Each of these starts a new Node process that loads Prism: seconds on a loaded machine. They wait
// for the command's own events (its "serving" line, its exit), never a fixed time.
describe('the leadway-mock command', () => {
  it(
    'serves on the given port and stops on SIGTERM',
    async () => {
      const { port, close } = await occupiedPort();
      await close();
      const run = runCli(['--port', String(port)]);
      try {
        const [, url] = await run.waitFor(/serving the Leadway Conversations API at (http:\/\/\S+)/);
        expect(url).toBe(`http://127.0.0.1:${port}`);
        const response = await fetch(`${url}/conversations/abc`, { headers: { Authorization: 'Bearer t', Version: '2021-07-28' } });
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      } finally {
        const { code } = await run.stop();
        expect(code).toBe(0);
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'exits 1 with a clear message when the port is taken',
    async () => {
      const taken = await occupiedPort();
      try {
        const { code, out } = await runCli(['--port', String(taken.port)]).exited;
        expect(code).toBe(1);
        expect(out).toContain('already in use');
      } finally {
        await taken.close();
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'exits 2 on an unknown flag, with the usage',
    async () => {
      const { code, out } = await runCli(['--nope']).exited;
      expect(code).toBe(2);
      expect(out).toContain('Usage: leadway-mock');
    },
    CLI_TIMEOUT_MS,
  );
});
