import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pnpm } from './paths.js';

/** The shim's one command: the pinned pnpm, with every argument passed on. */
export const PNPM_SHIM_LINE = `exec ${pnpm.command} ${pnpm.args.join(' ')} "$@"`;

/**
 * Writes `<dir>/pnpm`, a shell script running the pinned pnpm (as the release workflow puts pnpm on
 * its PATH), and returns a PATH with that folder first, so that `pnpm ...` in a script, and
 * changesets' own `pnpm publish`, run the pinned pnpm.
 */
export function pathWithPnpmShim(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const shim = join(dir, 'pnpm');
  writeFileSync(shim, `#!/bin/sh\n${PNPM_SHIM_LINE}\n`);
  chmodSync(shim, 0o755);
  return [dir, process.env.PATH ?? ''].join(delimiter);
}
