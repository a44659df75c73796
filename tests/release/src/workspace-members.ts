import { workspaceMembers as listMembers } from '../../../scripts/workspace-members.mjs';

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
  return listMembers(root).map(({ dir, manifest }) => ({
    dir,
    name: String(manifest.name),
    version: String(manifest.version ?? '0.0.0'),
    private: manifest.private === true,
    manifest,
  }));
}
