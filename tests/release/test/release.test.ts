// The release, end to end, as the release job runs it and a consumer outside the monorepo meets
// it: in a temp copy of the repository (a git checkout), with the pinned pnpm on the PATH through a
// shim, run the release workflow's own `version` command (`changeset version`), lint the packed
// tarballs, run its `publish` command (`changeset publish`, which publishes with pnpm) against a
// real local registry (Verdaccio on 127.0.0.1), install them with npm in a fresh
// project in the system's temp folder, start the mock with its command, and type-check and run a
// TypeScript program that calls the mock through the client. Only @leadway/* comes from the local
// registry (a scoped .npmrc line); third-party dependencies come from the npm registry, as they
// would for the consumer. Then a second cycle: one patch changeset on @leadway/client, version and
// publish again, and only what changesets bumped reaches the registry.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerEnv } from '../src/clean-env.js';
import { writeConsumerSources } from '../src/consumer-project.js';
import { type LocalRegistry, startLocalRegistry } from '../src/local-registry.js';
import { inWorkspace } from '../src/paths.js';
import { pendingChangesets } from '../src/pending-changesets.js';
import { PNPM_SHIM_LINE } from '../src/pnpm-shim.js';
import { commitAll, gitTags, publishedVersions, releaseEnv, runWorkflowCommand } from '../src/release-cycle.js';
import { readReleaseWorkflow } from '../src/release-workflow.js';
import { type RunningCommand, runCommand, runOrThrow, startCommand } from '../src/run-command.js';
import { type StagedPackage, type StagedRelease, stageRelease } from '../src/stage-release.js';
import { readTarball } from '../src/tarball.js';
import { workspaceMembers } from '../src/workspace-members.js';

const PUBLISHED = ['@leadway/client', '@leadway/mock', '@leadway/redis'];
const bin = (name: string) => inWorkspace('node_modules', '.bin', name);

describe('release: @leadway/client, @leadway/mock and @leadway/redis, published to a local registry, work outside the workspace', () => {
  let temp: string;
  let staged: StagedRelease;
  let registry: LocalRegistry | undefined;
  let mock: RunningCommand | undefined;
  let consumer: string;
  const started = Date.now();
  const workflow = readReleaseWorkflow();

  const pkg = (name: string): StagedPackage => {
    const found = staged.packages.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`${name} was not staged`);
    return found;
  };

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'leadway-release-'));
    consumer = join(temp, 'consumer');
    // The checkout the job starts from, then the workflow's `version` command, then the commit of
    // the "Version Packages" change it makes (which changesets/action opens as a pull request).
    staged = await stageRelease(temp, async (root) => {
      const env = releaseEnv(temp);
      await commitAll(root, 'the release job checks out main', env);
      const versioned = await runWorkflowCommand(root, workflow.versionCommand, env);
      await commitAll(root, 'Version Packages', env);
      return versioned.stdout + versioned.stderr;
    });
  });

  afterAll(async () => {
    await mock?.stop();
    await registry?.stop();
    if (temp) rmSync(temp, { recursive: true, force: true });
    console.log(`release test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('stages exactly the published workspace members; changeset version leaves the private ones alone', () => {
    expect(staged.packages.map((p) => p.name).sort()).toEqual(PUBLISHED);
    const privateMembers = workspaceMembers(inWorkspace()).filter((member) => member.private);
    expect(privateMembers.length).toBeGreaterThan(0);
    for (const member of privateMembers) {
      const after = JSON.parse(readFileSync(join(staged.root, member.dir, 'package.json'), 'utf8')) as { version?: string };
      expect(after.version ?? '0.0.0', member.name).toBe(member.version);
      expect(existsSync(join(staged.root, member.dir, 'CHANGELOG.md')), member.name).toBe(false);
    }
  });

  it('changeset version bumps every package a pending changeset names and writes its CHANGELOG.md', () => {
    const changesets = pendingChangesets(inWorkspace('.changeset'));
    for (const name of PUBLISHED) {
      const { previousVersion, version, dir } = pkg(name);
      const mine = changesets.filter((changeset) => changeset.bumps[name] && changeset.bumps[name] !== 'none');
      if (mine.length === 0) {
        expect(version, `${name} has no pending changeset`).toBe(previousVersion);
        continue;
      }
      expect(version, `${name} has pending changesets`).not.toBe(previousVersion);
      const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`# ${name}`);
      expect(changelog).toContain(`## ${version}`);
      for (const changeset of mine) {
        const firstLine = changeset.summary.split('\n')[0]!;
        expect(changelog, `CHANGELOG.md of ${name} quotes ${changeset.file}`).toContain(firstLine);
      }
    }
  });

  it('the tarballs hold dist (ESM, .d.ts, source maps), sources, README.md and CHANGELOG.md, and no tests', () => {
    const report: Record<string, unknown> = {};
    for (const name of PUBLISHED) {
      const { tarball, version } = pkg(name);
      const contents = readTarball(tarball);
      const paths = contents.files.map((file) => file.path);
      expect(paths).toContain('package.json');
      expect(paths).toContain('README.md');
      expect(paths).toContain('dist/index.js');
      expect(paths).toContain('dist/index.d.ts');
      expect(paths).toContain('dist/index.js.map');
      expect(paths).toContain('dist/index.d.ts.map');
      expect(paths.filter((path) => /(^|\/)test\/|\.test\.|vitest|tsconfig|node_modules/.test(path))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(pkg(name).dir, 'package.json'), 'utf8')) as { version: string };
      if (manifest.version !== pkg(name).previousVersion) expect(paths).toContain('CHANGELOG.md');
      report[name] = { version, ...contents };
      console.log(
        `${name}@${version}: ${contents.packedSize} B packed, ${contents.unpackedSize} B unpacked, ${contents.files.length} files\n` +
          contents.files.map((file) => `  ${file.path} (${file.size} B)`).join('\n'),
      );
    }
    expect(readTarball(pkg('@leadway/mock').tarball).files.map((file) => file.path)).toContain('dist/openapi.json');
    const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'tarballs.json'), JSON.stringify(report, null, 2));
  });

  it('publint finds nothing in any tarball, warnings counted as errors', async () => {
    for (const name of PUBLISHED) {
      const result = await runCommand(bin('publint'), ['run', pkg(name).tarball, '--strict'], { cwd: temp, timeoutMs: 60_000 });
      expect(result.code, `${name}\n${result.stdout}${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('All good!');
    }
  });

  it('attw finds no type resolution problem for ESM-only packages (Node 16+ ESM, bundlers)', async () => {
    for (const name of PUBLISHED) {
      const result = await runCommand(bin('attw'), [pkg(name).tarball, '--profile', 'esm-only', '--format', 'ascii'], {
        cwd: temp,
        timeoutMs: 60_000,
      });
      expect(result.code, `${name}\n${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it('the release workflow runs, in order, the pinned pnpm through a shim, install, build, and changesets/action with the commands this test runs', () => {
    expect(workflow.text).toContain(PNPM_SHIM_LINE);
    expect(workflow.text).toMatch(/uses: changesets\/action@v\d+/);
    expect(workflow.runSteps).toEqual(['pnpm install --frozen-lockfile', 'pnpm build']);
    // The commands this test runs in the staged copy are read from the workflow; they must be the
    // root scripts that run changesets.
    const scripts = (JSON.parse(readFileSync(inWorkspace('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts[workflow.versionCommand.replace(/^pnpm (run )?/, '')]).toBe('changeset version');
    expect(scripts[workflow.publishCommand.replace(/^pnpm (run )?/, '')]).toBe('changeset publish');
  });

  it("the workflow's publish command (changeset publish, through pnpm) puts every package on a local Verdaccio and tags it", async () => {
    registry = await startLocalRegistry(join(temp, 'registry'));
    const env = releaseEnv(temp, registry);
    for (const name of PUBLISHED) expect((await publishedVersions(registry.url, name)).versions, name).toEqual([]);
    const published = await runWorkflowCommand(staged.root, workflow.publishCommand, env);
    for (const name of PUBLISHED) {
      expect(await publishedVersions(registry.url, name), `${name}\n${published.stdout}${published.stderr}`).toEqual({
        latest: pkg(name).version,
        versions: [pkg(name).version],
      });
    }
    expect(await gitTags(staged.root, env)).toEqual(PUBLISHED.map((name) => `${name}@${pkg(name).version}`).sort());
  });

  it('npm installs them from that registry in a new project outside the workspace, with the Prism versions the mock pins', async () => {
    if (!registry) throw new Error('the registry did not start');
    mkdirSync(consumer);
    expect(consumer.startsWith(inWorkspace())).toBe(false);
    writeFileSync(join(consumer, '.npmrc'), `@leadway:registry=${registry.url}\n`);
    const env = consumerEnv();
    await runOrThrow('npm', ['init', '-y'], { cwd: consumer, env, timeoutMs: 60_000 });
    await runOrThrow('npm', ['pkg', 'set', 'type=module'], { cwd: consumer, env, timeoutMs: 60_000 });
    await runOrThrow('npm', ['install', '@leadway/client', '@leadway/mock', '@leadway/redis', 'typescript@5.9.3', '@types/node@20'], {
      cwd: consumer,
      env,
      timeoutMs: 300_000,
    });
    for (const name of PUBLISHED) {
      const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(installed.version).toBe(pkg(name).version);
    }
    // The workspace forces these with pnpm overrides, which npm never sees: the mock's exact
    // dependencies must be enough to get a single, pinned copy of each.
    const pinned = (
      JSON.parse(readFileSync(join(pkg('@leadway/mock').dir, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      }
    ).dependencies;
    const prism = Object.keys(pinned).filter((name) => name.startsWith('@stoplight/prism-') && name !== '@stoplight/prism-cli');
    expect(prism.length).toBeGreaterThan(0);
    const tree = await runOrThrow('npm', ['ls', ...prism, '--all', '--json'], { cwd: consumer, env, timeoutMs: 60_000 });
    const found = new Map<string, Set<string>>();
    const walk = (deps: Record<string, { version?: string; dependencies?: Record<string, unknown> }> | undefined) => {
      for (const [name, node] of Object.entries(deps ?? {})) {
        if (prism.includes(name) && node.version) found.set(name, (found.get(name) ?? new Set()).add(node.version));
        walk(node.dependencies as typeof deps);
      }
    };
    walk((JSON.parse(tree.stdout) as { dependencies?: Parameters<typeof walk>[0] }).dependencies);
    for (const name of prism) expect([...(found.get(name) ?? [])], name).toEqual([pinned[name]]);
  });

  it('npx leadway-mock starts in that project, serving the spec the mock package ships', async () => {
    expect(existsSync(join(consumer, 'node_modules', '@leadway', 'mock', 'dist', 'openapi.json'))).toBe(true);
    mock = await startCommand('npx', ['leadway-mock', '--port', '0'], {
      cwd: consumer,
      env: consumerEnv(),
      ready: /serving .* at (http:\/\/127\.0\.0\.1:\d+)/,
      readyWithinMs: 60_000,
    });
    const response = await fetch(`${mock.match[1]}/conversations/tDtDnQdgm2LXpyiqYvZ6`, {
      headers: { Authorization: 'Bearer any', Version: '2021-07-28' },
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id?: unknown }).id).toEqual(expect.any(String));
  });

  it('a strict NodeNext TypeScript program using the three packages type-checks with tsc', async () => {
    writeConsumerSources(consumer);
    const result = await runCommand('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: consumer, env: consumerEnv(), timeoutMs: 120_000 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('the compiled program runs with Node: a typed call and a typed NotFoundError against the mock, and a webhook verified end to end', async () => {
    if (!mock) throw new Error('the mock did not start');
    const result = await runOrThrow(process.execPath, ['dist/main.js'], {
      cwd: consumer,
      env: consumerEnv({ LEADWAY_MOCK_URL: mock.match[1]! }),
      timeoutMs: 60_000,
    });
    const printed = JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(printed).toMatchObject({
      id: expect.any(String),
      notFound: 'not_found 404',
      webhook: { status: 204, type: 'InboundMessage' },
      redis: 'invalid_url',
    });
    expect(String(printed.specPath)).toContain(join(consumer, 'node_modules', '@leadway', 'mock', 'dist'));
  });

  it('CommonJS code can require() the ESM-only packages on this Node (20.19+ loads ESM synchronously), and the spec', async () => {
    const script = [
      "const client = require('@leadway/client');",
      "const webhooks = require('@leadway/client/webhooks');",
      "const mock = require('@leadway/mock');",
      "const spec = require('@leadway/mock/openapi.json');",
      "const redis = require('@leadway/redis');",
      'console.log(JSON.stringify([typeof client.createLeadwayClient, typeof webhooks.createWebhookVerifier, typeof mock.startMock, spec.openapi, typeof redis.createRedisRateLimitStore]));',
    ].join('\n');
    const result = await runCommand(process.execPath, ['-e', script], { cwd: consumer, env: consumerEnv(), timeoutMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toEqual(['function', 'function', 'function', expect.stringMatching(/^3\.1/), 'function']);
  });
  it('a second cycle with one patch changeset on @leadway/client bumps only it, writes its changelog and publishes only it; @leadway/redis (whose ^ range takes the patch) and @leadway/mock stay as published', async () => {
    if (!registry) throw new Error('the registry did not start');
    const env = releaseEnv(temp, registry);
    const before = Object.fromEntries(await Promise.all(PUBLISHED.map(async (name) => [name, await publishedVersions(registry!.url, name)] as const)));
    const tagsBefore = await gitTags(staged.root, env);
    const summary = 'Second release cycle: a patch to the client alone.';
    writeFileSync(join(staged.root, '.changeset', 'second-cycle-client-patch.md'), `---\n'@leadway/client': patch\n---\n\n${summary}\n`);
    await commitAll(staged.root, 'a patch changeset on @leadway/client', env);

    await runWorkflowCommand(staged.root, workflow.versionCommand, env);
    await commitAll(staged.root, 'Version Packages', env);
    const versionOf = (name: string) => (JSON.parse(readFileSync(join(pkg(name).dir, 'package.json'), 'utf8')) as { version: string }).version;
    const client = pkg('@leadway/client');
    const patchedClient = client.version.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    expect(versionOf('@leadway/client')).toBe(patchedClient);
    const clientChangelog = readFileSync(join(client.dir, 'CHANGELOG.md'), 'utf8');
    expect(clientChangelog).toContain(`## ${patchedClient}`);
    expect(clientChangelog).toContain(summary);
    // changesets decides the dependents: @leadway/redis's `workspace:^` range still takes the
    // patch, so it is not bumped, and neither is @leadway/mock, which nothing here changed.
    for (const name of ['@leadway/redis', '@leadway/mock']) expect(versionOf(name), name).toBe(pkg(name).version);

    const published = await runWorkflowCommand(staged.root, workflow.publishCommand, env);
    expect(await publishedVersions(registry.url, '@leadway/client'), published.stdout + published.stderr).toEqual({
      latest: patchedClient,
      versions: [client.version, patchedClient].sort(),
    });
    for (const name of ['@leadway/redis', '@leadway/mock']) expect(await publishedVersions(registry.url, name), name).toEqual(before[name]);
    expect(await gitTags(staged.root, env)).toEqual([...tagsBefore, `@leadway/client@${patchedClient}`].sort());
    // The published @leadway/redis accepts the new client: its range is a caret on the first release.
    const redis = (await (await fetch(new URL('@leadway%2fredis', registry.url))).json()) as {
      versions: Record<string, { dependencies?: Record<string, string> }>;
    };
    expect(redis.versions[pkg('@leadway/redis').version]?.dependencies?.['@leadway/client']).toBe(`^${client.version}`);
  });
});
