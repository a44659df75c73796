import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MockStartError, startMock } from '../src/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

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

describe('the leadway-mock command', () => {
  function run(args: string[], untilOutput?: RegExp): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (untilOutput?.test(out)) child.kill('SIGTERM');
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => resolve({ code, out }));
    });
  }

  it('serves on the given port and stops on SIGTERM', async () => {
    const { port, close } = await occupiedPort();
    await close();
    const { out } = await run(['--port', String(port)], /serving/);
    expect(out).toContain(`http://127.0.0.1:${port}`);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const taken = await occupiedPort();
    try {
      const { code, out } = await run(['--port', String(taken.port)]);
      expect(code).toBe(1);
      expect(out).toContain('already in use');
    } finally {
      await taken.close();
    }
  });

  it('exits 2 on an unknown flag, with the usage', async () => {
    const { code, out } = await run(['--nope']);
    expect(code).toBe(2);
    expect(out).toContain('Usage: leadway-mock');
  });
});
