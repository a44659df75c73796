import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inWorkspace, pnpm, workspaceRoot } from './paths.js';
import { runOrThrow } from './run-command.js';
import { type WorkspaceMember, workspaceMembers } from './workspace-members.js';

/** A package as the release would publish it. */
export interface StagedPackage {
  name: string;
  /** Version before `changeset version`. */
  previousVersion: string;
  /** Version after `changeset version`. */
  version: string;
  /** The staged package folder (versioned copy). */
  dir: string;
  /** The `.tgz` `pnpm pack` made of it: the exact file that gets published. */
  tarball: string;
}

/** What {@link stageRelease} produced. */
export interface StagedRelease {
  /** The staged copy of the workspace. */
  root: string;
  packages: StagedPackage[];
  /** What `changeset version` printed. */
  versionOutput: string;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
const NOT_STAGED = new Set(['node_modules', 'test-artifacts', '.turbo']);

/** Runs a release's `version` step in the staged copy and returns what it printed. */
export type VersionStep = (root: string) => Promise<string>;

/** `changeset version`, run with the workspace's changesets CLI. */
export const changesetVersion: VersionStep = async (root) => {
  const changeset = inWorkspace('node_modules', '@changesets', 'cli', 'bin.js');
  const versioned = await runOrThrow(process.execPath, [changeset, 'version'], { cwd: root, timeoutMs: 60_000 });
  return versioned.stdout + versioned.stderr;
};

/**
 * Runs the release steps without touching the workspace: copies the workspace's manifests,
 * `.changeset/` and the built published packages into `tempDir` ({@link stageWorkspace}), runs the
 * `version` step there (by default `changeset version`: versions + CHANGELOG.md from the pending
 * changesets) and packs every published package with pnpm (which turns `workspace:` ranges into
 * versions), as the publish step would.
 * The packages must be built (`dist/`) beforehand; turbo's `test` task builds them first.
 */
export async function stageRelease(tempDir: string, version: VersionStep = changesetVersion): Promise<StagedRelease> {
  const root = stageWorkspace(tempDir);
  const versionOutput = await version(root);
  const packages = await packPublished(root, join(tempDir, 'tarballs'));
  return { root, packages, versionOutput };
}

/**
 * Copies what a release needs into `<tempDir>/workspace`: the root manifests and `.changeset/`,
 * every member's package.json and the published members whole (built, without tests' output), the
 * `workspace:` links pnpm reads versions from, and `node_modules` linked to the workspace's (the
 * tools the root scripts run, as after `pnpm install`). Returns that folder.
 */
export function stageWorkspace(tempDir: string): string {
  const root = join(tempDir, 'workspace');
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset']) {
    cpSync(inWorkspace(file), join(root, file), { recursive: true });
  }
  const members = workspaceMembers(workspaceRoot);
  for (const member of members) {
    const from = inWorkspace(member.dir);
    const to = join(root, member.dir);
    if (member.private) {
      mkdirSync(to, { recursive: true });
      cpSync(join(from, 'package.json'), join(to, 'package.json'));
    } else {
      cpSync(from, to, {
        recursive: true,
        filter: (source) => !NOT_STAGED.has(relative(from, source).split(/[\\/]/)[0] ?? ''),
      });
    }
  }
  for (const member of members.filter((candidate) => !candidate.private)) linkWorkspaceDependencies(root, member, members);
  symlinkSync(inWorkspace('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Packs every published member of the staged copy at `root` into `tarballDir` with pnpm. */
export async function packPublished(root: string, tarballDir: string): Promise<StagedPackage[]> {
  mkdirSync(tarballDir, { recursive: true });
  const packages: StagedPackage[] = [];
  for (const member of workspaceMembers(workspaceRoot).filter((candidate) => !candidate.private)) {
    const dir = join(root, member.dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    await runOrThrow(pnpm.command, [...pnpm.args, 'pack', '--pack-destination', tarballDir], { cwd: dir, timeoutMs: 120_000 });
    const tarball = join(tarballDir, `${member.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`);
    packages.push({ name: member.name, previousVersion: member.version, version: manifest.version, dir, tarball });
  }
  return packages;
}

// pnpm pack reads the version of a `workspace:` dependency from its node_modules link, as after
// `pnpm install`; the staged copy has no install, so it gets the links alone.
function linkWorkspaceDependencies(root: string, member: WorkspaceMember, members: WorkspaceMember[]): void {
  for (const field of DEPENDENCY_FIELDS) {
    const deps = (member.manifest[field] ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(deps)) {
      if (!range.startsWith('workspace:')) continue;
      const target = members.find((candidate) => candidate.name === name);
      if (!target) throw new Error(`${member.name}: ${name} is not a workspace member`);
      const link = join(root, member.dir, 'node_modules', name);
      // A package named in two fields (a peer dependency that is also a dev dependency) is linked once.
      if (existsSync(link)) continue;
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), join(root, target.dir)), link, 'dir');
    }
  }
}
