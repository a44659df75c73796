// scripts/check-changesets.mjs (a wrapper around `changeset status --since=<base>`) against small
// throwaway git repositories shaped like this workspace: one published package, one private one, and
// this workspace's own .changeset/config.json (its changedFilePatterns decide what counts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inWorkspace } from '../src/paths.js';
import { runCommand, runOrThrow } from '../src/run-command.js';

const script = inWorkspace('scripts', 'check-changesets.mjs');
const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

async function git(root: string, ...args: string[]): Promise<void> {
  await runOrThrow('git', args, { cwd: root, env: gitEnv, timeoutMs: 20_000 });
}

/** A changeset file's text: front matter naming one package and its bump, then the summary. */
const changeset = (pkg: string, bump: 'patch' | 'minor', summary: string) => `---\n'${pkg}': ${bump}\n---\n\n${summary}\n`;

/** A repository on `main` with one commit: published @leadway/client and @leadway/mock, a private @leadway/spec. */
async function repository(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'leadway-changeset-check-'));
  temps.push(root);
  write(root, 'pnpm-workspace.yaml', 'packages:\n  - spec\n  - packages/*\n');
  write(root, 'package.json', '{ "name": "root", "private": true }\n');
  write(root, '.changeset/config.json', readFileSync(inWorkspace('.changeset', 'config.json'), 'utf8'));
  write(root, '.changeset/README.md', 'changesets\n');
  write(root, '.changeset/old-release.md', changeset('@leadway/client', 'minor', 'An older change.'));
  write(root, 'packages/client/package.json', '{ "name": "@leadway/client", "version": "0.0.0" }\n');
  write(root, 'packages/client/src/index.ts', 'export const a = 1;\n');
  write(root, 'packages/client/test/a.test.ts', '// test\n');
  write(root, 'packages/mock/package.json', '{ "name": "@leadway/mock", "version": "0.0.0" }\n');
  write(root, 'spec/package.json', '{ "name": "@leadway/spec", "private": true }\n');
  write(root, 'spec/openapi.yaml', 'openapi: 3.1.0\n');
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '.');
  await git(root, 'commit', '-q', '-m', 'base');
  return root;
}

/** The repository of {@link repository}, on a new branch `feature` off main. */
async function featureBranch(): Promise<string> {
  const root = await repository();
  await git(root, 'checkout', '-q', '-b', 'feature');
  return root;
}

async function check(root: string, env: Record<string, string> = {}) {
  const { LEADWAY_CHANGESET_BASE: _ignored, ...inherited } = gitEnv;
  return runCommand(process.execPath, [script], { cwd: root, env: { ...inherited, ...env }, timeoutMs: 20_000 });
}

describe('check-changesets: a change to a published package needs a new changeset naming it', () => {
  it('passes with a clear message on the default branch itself, with no remote (a fresh clone of main)', async () => {
    const root = await repository();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    const result = await check(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/HEAD is main itself.*skipped/);
  });

  it('passes, saying so, when there is no default branch to compare with', async () => {
    const root = await repository();
    await git(root, 'branch', '-m', 'main', 'trunk');
    const result = await check(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no main branch to compare with.*skipped/);
  });

  it('fails on a branch that changes the package source without a changeset, naming the package and file', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    await git(root, 'commit', '-q', '-am', 'change');
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('@leadway/client changed since main');
    expect(result.stderr).toContain('packages/client/src/index.ts');
  });

  it('counts uncommitted and untracked files too', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/src/new-module.ts', 'export {};\n');
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('packages/client/src/new-module.ts');
  });

  it('passes once a new changeset names the package', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    write(root, '.changeset/brave-new-thing.md', changeset('@leadway/client', 'patch', 'Fix a.'));
    await git(root, 'add', '.');
    await git(root, 'commit', '-q', '-m', 'change with changeset');
    const result = await check(root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('every changed published package has a new changeset');
  });

  it('does not accept a changeset that was already there at the base, even reworded', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    write(root, '.changeset/old-release.md', changeset('@leadway/client', 'minor', 'An older change, reworded.'));
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('@leadway/client changed');
  });

  it('does not accept a new changeset that names another package only', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    write(root, '.changeset/other.md', changeset('@leadway/mock', 'patch', 'Something else.'));
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('@leadway/client changed');
    expect(result.stderr).not.toContain('@leadway/mock changed');
  });

  it('ignores tests, README and private packages', async () => {
    const root = await featureBranch();
    write(root, 'packages/client/test/a.test.ts', '// more tests\n');
    write(root, 'packages/client/README.md', 'docs\n');
    write(root, 'spec/openapi.yaml', 'openapi: 3.1.1\n');
    const result = await check(root);
    expect(result.code, result.stderr).toBe(0);
  });

  it('compares with origin/main in a clone, so commits already on main do not count', async () => {
    const origin = await repository();
    write(origin, 'packages/client/src/index.ts', 'export const a = 3;\n');
    await git(origin, 'commit', '-q', '-am', 'on main, released separately');
    const clone = mkdtempSync(join(tmpdir(), 'leadway-changeset-clone-'));
    temps.push(clone);
    await runOrThrow('git', ['clone', '-q', origin, clone], { cwd: tmpdir(), env: gitEnv, timeoutMs: 20_000 });
    await git(clone, 'checkout', '-q', '-b', 'feature');
    write(clone, 'packages/client/README.md', 'docs only\n');
    await git(clone, 'add', '.');
    await git(clone, 'commit', '-q', '-m', 'docs');
    expect((await check(clone)).code).toBe(0);
    write(clone, 'packages/client/src/index.ts', 'export const a = 4;\n');
    await git(clone, 'commit', '-q', '-am', 'code');
    const result = await check(clone);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('since origin/main');
  });

  it('refuses a LEADWAY_CHANGESET_BASE that does not resolve', async () => {
    const root = await repository();
    const result = await check(root, { LEADWAY_CHANGESET_BASE: 'no-such-ref' });
    expect(result.code).toBe(2);
  });

  it('checks against LEADWAY_CHANGESET_BASE when set, even on main', async () => {
    const root = await repository();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    await git(root, 'commit', '-q', '-am', 'change on main');
    const result = await check(root, { LEADWAY_CHANGESET_BASE: 'HEAD~1' });
    expect(result.code).toBe(1);
  });
});
