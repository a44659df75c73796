import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One member of the pnpm workspace, as its manifest describes it. */
export interface WorkspaceMember {
  /** Folder relative to the workspace root, e.g. `packages/client`. */
  dir: string;
  name: string;
  version: string;
  private: boolean;
  manifest: Record<string, unknown>;
}

/**
 * Lists the workspace members named by `pnpm-workspace.yaml` (`packages:` entries of the form
 * `dir` or `dir/*`, which is all this workspace uses).
 */
export function workspaceMembers(root: string): WorkspaceMember[] {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = yaml.match(/^packages:\n((?:[ \t]+-.*\n?)+)/m)?.[1] ?? '';
  const patterns = [...block.matchAll(/-\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => m[1]!.trim());
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) return [];
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      return {
        dir,
        name: String(manifest.name),
        version: String(manifest.version ?? '0.0.0'),
        private: manifest.private === true,
        manifest,
      };
    });
}
