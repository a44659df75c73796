import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../stop-child.js';
import type { Sample } from './measure-calls.js';
import type { MeasureMessage } from './wrapper-child.js';

/** A wrapper-cost contender running alone in a child process of its own. */
export interface ContenderProcess {
  name: string;
  /** Calls back to back for `durationMs` in the child and returns what it measured there. */
  measure(durationMs: number): Promise<Sample>;
  /** Ends the child; resolves once it has exited. */
  stop(): Promise<void>;
}

// The built entry, from src/ (tests run the sources) and from dist/ alike: both are two levels below bench/.
const entry = fileURLToPath(new URL('../../dist/overhead/wrapper-child.js', import.meta.url));
/** Bound on the child's start and warm-up, and on any one measurement beyond its duration. @unit milliseconds */
const REPLY_TIMEOUT_MS = 30_000;

type ChildMessage = { type: 'ready' } | { type: 'sample'; sample: Sample } | { type: 'failed'; message: string };

/**
 * Starts the contender named `name` (one of WRAPPER_CONTENDERS) on the in-memory fetch in a child
 * process (the same Node binary) and resolves once it is warmed up. Each contender having a process
 * of its own keeps the JIT's feedback on shared code (openapi-fetch, undici's Request) from one
 * contender out of another's figures.
 */
export async function startContenderProcess(name: string): Promise<ContenderProcess> {
  const child: ChildProcess = fork(entry, [name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    await reply(child, 'ready', REPLY_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    async measure(durationMs) {
      const answer = reply(child, 'sample', durationMs + REPLY_TIMEOUT_MS);
      child.send({ type: 'measure', durationMs } satisfies MeasureMessage);
      return ((await answer) as { sample: Sample }).sample;
    },
    stop: () => stopChild(child),
  };
}

/** The child's next message of `type`; rejects when it reports a failure, exits or stays silent. */
function reply(child: ChildProcess, type: 'ready' | 'sample', timeoutMs: number): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: ChildMessage) => {
      if (message.type === 'failed') {
        done();
        reject(new Error(`wrapper-cost contender failed: ${message.message}`));
      } else if (message.type === type) {
        done();
        resolve(message);
      }
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`wrapper-cost contender process exited with ${code} before its ${type}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`wrapper-cost contender process sent no ${type} within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
