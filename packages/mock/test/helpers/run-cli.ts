import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * Time a test that starts the command may take: each start loads Prism in a new Node process,
 * which takes many seconds when the machine is busy (CI runs every package's tests at once).
 */
export const CLI_TIMEOUT_MS = 90_000;
/** How long waitFor() waits for a line. @unit milliseconds */
const WAIT_FOR_MS = 60_000;

/** A running `leadway-mock` command; `output` grows as it prints. */
export interface CliRun {
  output(): string;
  /** Resolves with the first match of `pattern` in the output (rejects after 60 s or on exit). */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Sends SIGTERM (if still running) and resolves with the exit code and all output. */
  stop(): Promise<{ code: number | null; out: string }>;
  exited: Promise<{ code: number | null; out: string }>;
}

/** Runs the built command with `args`; always stop() it in a finally block. */
export function runCli(args: string[]): CliRun {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  let running = true;
  void exited.then(() => {
    running = false;
    for (const listener of listeners) listener();
  });
  return {
    output: () => out,
    exited,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no ${pattern} in ${WAIT_FOR_MS / 1000} s; output:\n${out}`)), WAIT_FOR_MS);
        const check = () => {
          const match = out.match(pattern);
          if (match) finish(undefined, match);
          else if (!running) finish(new Error(`exited without ${pattern}; output:\n${out}`));
        };
        const finish = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      }),
    stop: () => {
      if (running) child.kill('SIGTERM');
      return exited;
    },
  };
}
