import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root (the folder holding pnpm-workspace.yaml). */
export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Resolves a path inside the workspace. */
export function inWorkspace(...segments: string[]): string {
  return join(workspaceRoot, ...segments);
}

/** The pinned pnpm, run the way the README runs it. */
export const pnpm = { command: 'npx', args: ['--yes', 'pnpm@12.4.2'] } as const;
