// Separate OS processes for the multi-process scenarios: each worker is a small Node script under
// test/workers/ (plain ESM over the built packages), forked with an IPC channel. Workers report with
// process.send(); the test waits for messages and exits (events, bounded), never for time.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface WorkerMessage {
  type: string;
  [field: string]: unknown;
}

export interface Worker {
  readonly pid: number;
  readonly messages: WorkerMessage[];
  /** Resolves with the first message (already received or to come) that matches; rejects after `withinMs` or when the worker exits first. */
  waitFor(match: (message: WorkerMessage) => boolean, withinMs?: number): Promise<WorkerMessage>;
  /** Resolves once `condition()` holds, checked after every message; rejects after `withinMs` or when the worker exits first. */
  waitUntil(condition: () => boolean, withinMs?: number): Promise<void>;
  /** Resolves with the exit code (or signal) once the worker has exited; rejects after `withinMs`. */
  exited(withinMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  send(message: object): void;
  kill(signal: NodeJS.Signals): void;
  /** stderr so far, for failure messages. */
  stderr(): string;
}

const DEFAULT_WAIT_MS = 60_000;

/** Forks test/workers/<name>.mjs with `input` as its JSON argument. */
export function startWorker(name: string, input: object): Worker {
  const entry = fileURLToPath(new URL(`../workers/${name}.mjs`, import.meta.url));
  const child: ChildProcess = fork(entry, [JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  const messages: WorkerMessage[] = [];
  const listeners = new Set<() => void>();
  let errors = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.on('message', (message: WorkerMessage) => {
    messages.push(message);
    for (const listener of [...listeners]) listener();
  });
  child.on('exit', (code, signal) => {
    exit = { code, signal };
    for (const listener of [...listeners]) listener();
  });

  const until = <T>(check: () => T | undefined, onExit: () => T | Error, withinMs: number, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const done = (settle: () => void) => {
        listeners.delete(listener);
        clearTimeout(timer);
        settle();
      };
      const listener = () => {
        const found = check();
        if (found !== undefined) return done(() => resolve(found));
        if (exit) {
          const outcome = onExit();
          done(() => (outcome instanceof Error ? reject(outcome) : resolve(outcome)));
        }
      };
      const timer = setTimeout(() => done(() => reject(new Error(`worker ${name} (${child.pid}): ${what} within ${withinMs} ms\n${errors}`))), withinMs);
      listeners.add(listener);
      listener();
    });

  return {
    pid: child.pid!,
    messages,
    waitFor(match, withinMs = DEFAULT_WAIT_MS) {
      return until(
        () => messages.find(match),
        () => new Error(`worker ${name} (${child.pid}) exited (${exit?.code ?? exit?.signal}) before the awaited message\n${errors}`),
        withinMs,
        'no awaited message',
      );
    },
    async waitUntil(condition, withinMs = DEFAULT_WAIT_MS) {
      await until(
        () => (condition() ? true : undefined),
        () => new Error(`worker ${name} (${child.pid}) exited (${exit?.code ?? exit?.signal}) before the awaited condition\n${errors}`),
        withinMs,
        'the awaited condition did not hold',
      );
    },
    exited(withinMs = DEFAULT_WAIT_MS) {
      return until(
        () => exit,
        () => exit!,
        withinMs,
        'did not exit',
      );
    },
    send(message) {
      if (child.connected) child.send(message);
    },
    kill(signal) {
      child.kill(signal);
    },
    stderr: () => errors,
  };
}
