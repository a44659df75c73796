#!/usr/bin/env node
// The changeset check of `pnpm test`: `changeset status --since=<base>` does the work (which
// published packages changed, by `changedFilePatterns` in .changeset/config.json; which changesets
// are new; fail when packages changed and no changeset came). This wrapper adds only what the tool
// cannot do (CONTRIBUTING.md, "Changesets"):
//   1. choose the base: LEADWAY_CHANGESET_BASE, else origin/, upstream/ or the local <baseBranch>;
//      skip, saying so, on the default branch itself or when there is none (`--since` needs a ref);
//   2. see untracked files (the tool reads `git diff`): they are added, intent-to-add only, to a
//      throwaway copy of the index that the tool's git commands read (GIT_INDEX_FILE);
//   3. require each changed package to be named by a new changeset (the tool accepts any new one),
//      and not count a changeset that already existed at the base (the tool counts an edited one).
// Exit codes: 0 pass (or nothing to compare), 1 a package lacks a changeset, 2 misuse (bad base).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getChangedPackagesSinceRef } from '@changesets/git';

const git = (args, cwd) => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const say = (line) => console.log(`check-changesets: ${line}`);

function findBase(root, baseBranch) {
  const explicit = process.env.LEADWAY_CHANGESET_BASE;
  if (explicit) {
    const base = git(['merge-base', 'HEAD', explicit], root);
    if (!base) {
      console.error(`check-changesets: LEADWAY_CHANGESET_BASE=${explicit} does not resolve to a commit related to HEAD`);
      process.exit(2);
    }
    return { base, ref: explicit };
  }
  for (const ref of [`origin/${baseBranch}`, `upstream/${baseBranch}`, baseBranch]) {
    const base = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root) && git(['merge-base', 'HEAD', ref], root);
    if (base) return { base, ref };
  }
  return {};
}

/** Runs the tool with `git` reading a copy of the index in which untracked files are intent-to-add. */
async function withUntrackedFiles(root, work) {
  const dir = mkdtempSync(join(tmpdir(), 'leadway-changesets-'));
  const index = join(dir, 'index');
  const realIndex = resolve(root, git(['rev-parse', '--git-path', 'index'], root));
  if (existsSync(realIndex)) {
    copyFileSync(realIndex, index);
    // Keep the index's own time: git trusts an entry's stat data only when the file is older than the
    // index (racy-git); a fresh copy's later time would let a same-size edit made in the same second
    // as the index pass as unchanged.
    const { atime, mtime } = statSync(realIndex);
    utimesSync(index, atime, mtime);
  }
  // This process ends with the check: neither the tool's git calls nor ours need the real index again.
  process.env.GIT_INDEX_FILE = index;
  try {
    execFileSync('git', ['add', '--all', '--intent-to-add', '.'], { cwd: root, stdio: 'ignore' });
    return await work(join(dir, 'plan.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const root = git(['rev-parse', '--show-toplevel'], process.cwd());
  if (!root) {
    say('not a git work tree: nothing to compare, skipped');
    return 0;
  }
  const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  const baseBranch = config.baseBranch ?? 'main';
  const { base, ref } = findBase(root, baseBranch);
  if (!base) {
    say(`no ${baseBranch} branch to compare with (no origin/${baseBranch}, no local ${baseBranch}): skipped`);
    return 0;
  }
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], root);
  if (base === git(['rev-parse', 'HEAD'], root) && !process.env.LEADWAY_CHANGESET_BASE && (branch === baseBranch || branch === 'HEAD')) {
    say(`HEAD is ${ref} itself: no branch changes to check, skipped (set LEADWAY_CHANGESET_BASE=<ref> to check against another base)`);
    return 0;
  }
  const since = `${ref} (${base.slice(0, 7)})`;
  const changesetBin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');

  return withUntrackedFiles(root, async (planFile) => {
    const status = spawnSync(process.execPath, [changesetBin, 'status', `--since=${base}`, `--output=${planFile}`], { cwd: root, encoding: 'utf8' });
    const changed = await getChangedPackagesSinceRef({ cwd: root, ref: base, changedFilePatterns: config.changedFilePatterns });
    const published = changed.filter((pkg) => pkg.packageJson.private !== true);
    if (status.status !== 0 && published.length === 0) {
      process.stderr.write(`${status.stdout}${status.stderr}check-changesets: \`changeset status --since=${base}\` failed (exit ${status.status}).\n`);
      return 1;
    }
    const plan = status.status === 0 ? JSON.parse(readFileSync(planFile, 'utf8')) : { changesets: [] };
    const isNew = (changeset) => git(['cat-file', '-e', `${base}:.changeset/${changeset.id}.md`], root) === undefined;
    const named = new Set(plan.changesets.filter(isNew).flatMap((changeset) => changeset.releases.map((release) => release.name)));
    const missing = published.filter((pkg) => !named.has(pkg.packageJson.name));
    if (missing.length === 0) {
      say(`every changed published package has a new changeset (compared with ${since})`);
      return 0;
    }
    for (const pkg of missing) {
      const files = git(['diff', '--name-only', base, '--', pkg.dir], root)?.split('\n') ?? [];
      console.error(`check-changesets: ${pkg.packageJson.name} changed since ${since} but no new changeset names it. Files changed in its folder:`);
      for (const file of files.slice(0, 20)) console.error(`  ${file}`);
      if (files.length > 20) console.error(`  ... and ${files.length - 20} more`);
    }
    console.error('Add one with `npx --yes pnpm@12.4.2 changeset` (or write .changeset/<name>.md) and commit it.');
    return 1;
  });
}

process.exit(await main());
