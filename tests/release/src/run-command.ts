import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const untilParentExits = fileURLToPath(new URL('../scripts/until-parent-exits.mjs', import.meta.url));

/** What a finished command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCommand}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The command is killed (with its children) after this long. @unit milliseconds */
  timeoutMs: number;
}

/**
 * Runs a command to completion without a shell, in its own process group so that a timeout kills
 * everything it started (npx, npm and their children), and resolves with its output.
 */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[killed after ${options.timeoutMs} ms]`;
      killGroup(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Like {@link runCommand}, but rejects with the command's output when it does not exit with 0. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${result.code ?? result.signal}\n` +
        `--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}

/** A long-running command started by {@link startCommand}. */
export interface RunningCommand {
  /** The first match of the ready pattern in its output. */
  match: RegExpMatchArray;
  /** Everything it printed so far. */
  output(): string;
  /** Stops it and everything it started (SIGTERM, then SIGKILL after 5 s); resolves once it exited. */
  stop(): Promise<void>;
}

/**
 * Starts a long-running command in its own process group and resolves once a line of its output
 * matches `ready`; rejects (after killing it) when it exits first or `readyWithinMs` passes. The
 * command is also stopped when this process ends without calling `stop()`.
 */
export function startCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ready: RegExp; readyWithinMs: number },
): Promise<RunningCommand> {
  // Through the wrapper, whose stdin is this process: the command dies with this process even
  // when it is killed before its cleanup runs.
  const child = spawn(process.execPath, [untilParentExits, command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 5000)));
    if (await Promise.race([exited.then(() => false), gaveUp])) {
      killGroup(child.pid, 'SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`${command} ${args.join(' ')} was not ready within ${options.readyWithinMs} ms:\n${output}`)));
    }, options.readyWithinMs);
    const onData = (chunk: string) => {
      output += chunk;
      const match = output.match(options.ready);
      if (match) {
        clearTimeout(timer);
        resolve({ match, output: () => output, stop });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal} before it was ready:\n${output}`));
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
