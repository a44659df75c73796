#!/usr/bin/env node
// Fails when a change to a published package (a workspace member without "private": true) comes
// without a new changeset naming that package.
//
// What is compared: the merge base of HEAD and the default branch (`baseBranch` in
// .changeset/config.json), against the working tree (commits since the base, plus staged, unstaged
// and untracked files). The base is, in order:
//   1. the ref in LEADWAY_CHANGESET_BASE, when set (an error when it does not resolve);
//   2. origin/<baseBranch>, upstream/<baseBranch>, then the local <baseBranch>.
// When HEAD is the default branch itself (checked out, or detached at it: a fresh clone of main,
// with or without a remote), or no base exists at all, there is no change set to judge: the check
// says so and passes. That keeps it tolerant of CI's fresh clone of main, and strict on every branch.
//
// Not counted as a change to a package: its tests, benchmarks, test and lint configuration, and
// its README/CHANGELOG (docs do not change what installs).
//
// Exit codes: 0 pass (or nothing to compare), 1 a package lacks a changeset, 2 misuse (bad base).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { workspaceMembers } from './workspace-members.mjs';

const NOT_A_PACKAGE_CHANGE = [
  /^(test|tests|bench|test-artifacts|docs)\//,
  /\.test\.ts$/,
  /^(vitest\.config\.ts|tsconfig\.json|typedoc\.json|README\.md|CHANGELOG\.md)$/,
];

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(args, cwd) {
  try {
    return git(args, cwd);
  } catch {
    return undefined;
  }
}

/** Package names a changeset's front matter bumps (`'@scope/name': minor`; `none` does not count). */
function packagesNamedBy(text) {
  const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const names = [];
  for (const line of front.split(/\r?\n/)) {
    const entry = line.match(/^\s*['"]?([^'":\s]+)['"]?\s*:\s*(major|minor|patch)\s*$/);
    if (entry) names.push(entry[1]);
  }
  return names;
}

function findBase(root, baseBranch) {
  const head = git(['rev-parse', 'HEAD'], root);
  const explicit = process.env.LEADWAY_CHANGESET_BASE;
  if (explicit) {
    const base = tryGit(['merge-base', 'HEAD', explicit], root);
    if (!base) {
      console.error(`check-changesets: LEADWAY_CHANGESET_BASE=${explicit} does not resolve to a commit related to HEAD`);
      process.exit(2);
    }
    return { base, ref: explicit, head };
  }
  for (const ref of [`origin/${baseBranch}`, `upstream/${baseBranch}`, baseBranch]) {
    if (!tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)) continue;
    const base = tryGit(['merge-base', 'HEAD', ref], root);
    if (base) return { base, ref, head };
  }
  return { base: undefined, ref: undefined, head };
}

function main() {
  const root = tryGit(['rev-parse', '--show-toplevel'], process.cwd());
  if (!root) {
    console.log('check-changesets: not a git work tree: nothing to compare, skipped');
    return 0;
  }
  const configPath = join(root, '.changeset', 'config.json');
  const baseBranch = existsSync(configPath) ? (JSON.parse(readFileSync(configPath, 'utf8')).baseBranch ?? 'main') : 'main';
  const { base, ref, head } = findBase(root, baseBranch);
  if (!base) {
    console.log(`check-changesets: no ${baseBranch} branch to compare with (no origin/${baseBranch}, no local ${baseBranch}): skipped`);
    return 0;
  }
  const branch = tryGit(['rev-parse', '--abbrev-ref', 'HEAD'], root);
  if (base === head && !process.env.LEADWAY_CHANGESET_BASE && (branch === baseBranch || branch === 'HEAD')) {
    console.log(`check-changesets: HEAD is ${ref} itself: no branch changes to check, skipped (set LEADWAY_CHANGESET_BASE=<ref> to check against another base)`);
    return 0;
  }

  const changed = new Set([
    ...git(['diff', '--name-only', base], root).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard'], root).split('\n'),
  ].filter(Boolean));

  const named = new Set();
  for (const file of changed) {
    if (!/^\.changeset\/[^/]+\.md$/.test(file) || file === '.changeset/README.md') continue;
    if (!existsSync(join(root, file))) continue; // deleted on this branch
    if (tryGit(['cat-file', '-e', `${base}:${file}`], root) !== undefined) continue; // already there at the base
    for (const name of packagesNamedBy(readFileSync(join(root, file), 'utf8'))) named.add(name);
  }

  const published = workspaceMembers(root).filter((member) => member.manifest.private !== true);
  const missing = [];
  for (const { dir, manifest } of published) {
    const files = [...changed].filter((file) => {
      if (!file.startsWith(`${dir}/`)) return false;
      const inside = relative(dir, file).split('\\').join('/');
      return !NOT_A_PACKAGE_CHANGE.some((pattern) => pattern.test(inside));
    });
    if (files.length > 0 && !named.has(manifest.name)) missing.push({ name: manifest.name, files });
  }

  const short = base.slice(0, 7);
  if (missing.length === 0) {
    console.log(`check-changesets: every changed published package has a new changeset (compared with ${ref} at ${short})`);
    return 0;
  }
  for (const { name, files } of missing) {
    console.error(`check-changesets: ${name} changed since ${ref} (${short}) but no new changeset names it:`);
    for (const file of files.slice(0, 20)) console.error(`  ${file}`);
    if (files.length > 20) console.error(`  ... and ${files.length - 20} more`);
  }
  console.error('Add one with `npx --yes pnpm@12.4.2 changeset` (or write .changeset/<name>.md) and commit it.');
  return 1;
}

process.exit(main());
