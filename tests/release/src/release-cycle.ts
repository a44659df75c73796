import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerEnv } from './clean-env.js';
import { pathWithPnpmShim } from './pnpm-shim.js';
import { type CommandResult, runOrThrow } from './run-command.js';

const RELEASE_BOT = 'release-test';

/**
 * The environment of a release job in `tempDir`: a clean shell (no workspace npm/pnpm variables)
 * with the pnpm shim first on the PATH, a git identity, and when a registry is given, `@leadway/*`
 * pointed at it (the scope only: npx still fetches pnpm from the npm registry) with the publisher's
 * token in npm's and pnpm's user config (as changesets/action writes it). changesets reads the
 * scope's registry from `npm_config_@leadway:registry` for its `npm info` checks and `pnpm publish`.
 */
export function releaseEnv(tempDir: string, registry?: { url: string; authNpmrc: string }): NodeJS.ProcessEnv {
  const extra: Record<string, string> = {
    PATH: pathWithPnpmShim(join(tempDir, 'bin')),
    GIT_AUTHOR_NAME: RELEASE_BOT,
    GIT_AUTHOR_EMAIL: `${RELEASE_BOT}@localhost`,
    GIT_COMMITTER_NAME: RELEASE_BOT,
    GIT_COMMITTER_EMAIL: `${RELEASE_BOT}@localhost`,
  };
  if (registry) {
    const userconfig = join(tempDir, 'release.npmrc');
    writeFileSync(userconfig, `${registry.authNpmrc}@leadway:registry=${registry.url}\n`);
    Object.assign(extra, { 'npm_config_@leadway:registry': registry.url, npm_config_userconfig: userconfig });
  }
  return consumerEnv(extra);
}

/** Runs one of the workflow's commands (a shell line) in `root`, as the job's shell would. */
export function runWorkflowCommand(root: string, command: string, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return runOrThrow('sh', ['-c', command], { cwd: root, env, timeoutMs: 300_000 });
}

/** Commits everything in `root` (a git repository is made on the first call), as the job's checkout has it. */
export async function commitAll(root: string, message: string, env: NodeJS.ProcessEnv): Promise<void> {
  await runOrThrow('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, env, timeoutMs: 30_000 });
  await runOrThrow('git', ['add', '--all'], { cwd: root, env, timeoutMs: 60_000 });
  await runOrThrow('git', ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], { cwd: root, env, timeoutMs: 60_000 });
}

/** The git tags in `root`. */
export async function gitTags(root: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await runOrThrow('git', ['tag', '--list'], { cwd: root, env, timeoutMs: 30_000 });
  return result.stdout.split('\n').filter(Boolean).sort();
}

/** What a registry holds for a package: its `latest` and every version published. */
export async function publishedVersions(registryUrl: string, name: string): Promise<{ latest?: string; versions: string[] }> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl), { signal: AbortSignal.timeout(10_000) });
  if (response.status === 404) return { versions: [] };
  const packument = (await response.json()) as { 'dist-tags'?: { latest?: string }; versions?: Record<string, unknown> };
  return { latest: packument['dist-tags']?.latest, versions: Object.keys(packument.versions ?? {}).sort() };
}
