import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** How long a child gets to exit after the parent disconnects before it is killed. @unit milliseconds */
const EXIT_GRACE_MS = 5_000;

/** Disconnects a forked child (its cue to exit) and resolves once it has exited; kills it when it lingers. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
