import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../stop-child.js';

export interface ChildServer {
  /** e.g. `http://127.0.0.1:43121` */
  url: string;
  /** The server's own counters (the rate-limited server's requests and 429s). */
  stats<T>(): Promise<T>;
  /** Stops the child; resolves once it has exited. */
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./serve.js', import.meta.url));
const START_TIMEOUT_MS = 10_000;

/** Starts a bench server (see serve.ts) in a child process on 127.0.0.1 and a free port. */
export async function startChildServer(kind: 'fixed-conversation' | 'rate-limited-search', options: object = {}): Promise<ChildServer> {
  const child: ChildProcess = fork(entry, [kind, JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server ${kind} did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server ${kind} exited with ${code}`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    stats<T>() {
      return new Promise<T>((resolve) => {
        const onMessage = (message: { type?: string; stats?: T }) => {
          if (message.type !== 'stats') return;
          child.off('message', onMessage);
          resolve(message.stats as T);
        };
        child.on('message', onMessage);
        child.send({ type: 'stats' });
      });
    },
    stop: () => stopChild(child),
  };
}
