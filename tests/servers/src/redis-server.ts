// A real redis-server for the tests and the bench: on 127.0.0.1 and a free port, no persistence, stopped by the
// test. Ready is the server's own "Ready to accept connections" line, then a PING; both bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Socket } from 'node:net';

export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (SIGTERM, SIGKILL after 5 s); resolves once it has exited. */
  stop(): Promise<void>;
}

const READY_WITHIN_MS = 15_000;

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts redis-server (REDIS_SERVER_PATH or the one on the PATH); on `port` when given, e.g. to restart on the same one. */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    process.env.REDIS_SERVER_PATH || 'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not become ready within ${READY_WITHIN_MS} ms:\n${output}`)), READY_WITHIN_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`redis-server exited with ${code} before it was ready:\n${output}`)));
  });
  child.removeAllListeners('exit');
  await ping(chosen);
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Sends PING over a raw socket and waits for +PONG (bounded). */
async function ping(port: number): Promise<void> {
  const socket = new Socket();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not answer PING')), READY_WITHIN_MS);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('data', (data) => {
        if (data.toString().startsWith('+PONG')) {
          clearTimeout(timer);
          resolve();
        }
      });
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    });
  } finally {
    socket.destroy();
  }
}
