// The runtime matrix (issue #17): what runs where, proven by running it.
// - The client's unit, contract (real Prism), fault-injection and webhook suites on Node 20, 22, 24.
// - The packed @leadway/client and @leadway/mock (packed as the release packs them, installed with
//   npm outside the workspace), used by a smoke program compiled against their published types, on
//   Node 20, 22, 24, Bun, Deno and workerd (Miniflare).
// - A CommonJS TypeScript project requiring the packed client, on Node 20, 22, 24.
// Each step records its cells; the last test renders the compatibility table and fails when the
// README's differs. Runtimes come from the npm registry through npx (cached after the first run);
// one that cannot be had fails its step with the reason, it is never skipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningMock, startMock } from '@leadway/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerEnv } from '../../release/src/clean-env.js';
import { inWorkspace } from '../../release/src/paths.js';
import { runCommand } from '../../release/src/run-command.js';
import type { SignedWebhook } from '../smoke/capabilities.js';
import { clientSuitesOn, ownClientReport, suitesCell } from '../src/client-suites.js';
import { compileCommonjsConsumer } from '../src/commonjs-consumer.js';
import { type Cell, type CompatibilityResults, renderCompatibilityTable, tableInReadme } from '../src/compatibility-table.mjs';
import { type PackedConsumer, preparePackedConsumer } from '../src/packed-consumer.js';
import { ensureRuntime, MINIFLARE_HOST, NODE_RUNTIMES, type RuntimeId, SCRIPT_RUNTIMES, scriptCommand, TABLE_ROWS } from '../src/runtimes.js';
import { signedInboundMessage } from '../src/webhook-fixture.js';
import { bundleWorker, ensureMiniflare, runWorker } from '../src/workerd.js';

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const SMOKE_CAPABILITIES = ['typedCall', 'pagination', 'typedError', 'webhook', 'mockHosted'] as const;

describe('runtime matrix: the client and mock on Node 20, 22, 24, Bun, Deno and workerd', () => {
  const results: CompatibilityResults = { rows: TABLE_ROWS.map(({ id, label }) => ({ id, label })), cells: {} };
  const versions: Record<string, string> = {};
  const record = (row: RuntimeId, capability: string, cell: Cell) => {
    results.cells[row] ??= {};
    results.cells[row][capability] = { status: cell.status, ...(cell.note ? { note: cell.note } : {}) };
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'compatibility.json'), JSON.stringify({ ...results, versions }, null, 2));
  };
  let temp: string;
  let hostMock: RunningMock;
  let webhook: SignedWebhook;
  let consumer: PackedConsumer | undefined;
  const started = Date.now();

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'leadway-runtimes-'));
    hostMock = await startMock();
    webhook = signedInboundMessage();
  });

  afterAll(async () => {
    await hostMock?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
    console.log(`runtime matrix: ${((Date.now() - started) / 1000).toFixed(1)} s; versions ${JSON.stringify(versions)}`);
  });

  for (const runtime of NODE_RUNTIMES) {
    it(`the client's unit, contract, fault and webhook suites pass on ${runtime.label}`, async () => {
      versions[runtime.id] = await ensureRuntime(runtime, temp);
      // The client's own test task already ran them on the Node running this one (turbo runs it first).
      const own = runtime.command === process.execPath ? ownClientReport() : undefined;
      const cell = own ? suitesCell(own) : await clientSuitesOn(runtime, join(artifacts, `client-${runtime.id}.json`));
      record(runtime.id, 'suites', cell);
      console.log(`${runtime.label} (${versions[runtime.id]}): ${cell.passed} client tests passed${own ? " (the client task's own run)" : ''}`);
      expect(cell.status, cell.note).toBe('pass');
    });
  }

  it('packs @leadway/client and @leadway/mock as the release does, installs them outside the workspace and compiles the smoke program against their types', async () => {
    consumer = await preparePackedConsumer(temp);
    expect(consumer.dir.startsWith(inWorkspace())).toBe(false);
  });

  for (const runtime of [...NODE_RUNTIMES, ...SCRIPT_RUNTIMES]) {
    it(`${runtime.label} hosts the packed mock and runs the packed client: typed call, a page, a typed error, a verified webhook`, async () => {
      if (!consumer) throw new Error('the packed packages were not installed');
      versions[runtime.id] = await ensureRuntime(runtime, consumer.dir);
      const [command, args] = scriptCommand(runtime, consumer.hostMain, JSON.stringify({ mockUrl: hostMock.url, webhook }));
      const result = await runCommand(command, args, { cwd: consumer.dir, env: consumerEnv(), timeoutMs: 180_000 });
      const line = result.stdout.split('\n').find((candidate) => candidate.startsWith('SMOKE_RESULT '));
      const found = line ? (JSON.parse(line.slice('SMOKE_RESULT '.length)) as Record<string, Cell>) : undefined;
      for (const capability of SMOKE_CAPABILITIES) {
        record(
          runtime.id,
          capability,
          found?.[capability] ?? { status: 'fail', note: `no result (exit ${result.code ?? result.signal}): ${result.stderr.slice(-500)}` },
        );
      }
      expect(found, `${runtime.label} printed no result:\n${result.stdout}\n${result.stderr}`).toBeDefined();
      for (const capability of SMOKE_CAPABILITIES) expect(found![capability], `${runtime.label}: ${capability}`).toEqual({ status: 'pass' });
    });
  }

  it('workerd (Miniflare) runs the bundled packed client: typed call, a page, a typed error, a verified webhook; it cannot host the mock', async () => {
    if (!consumer) throw new Error('the packed packages were not installed');
    const miniflareDir = await ensureMiniflare();
    versions.workerd = `miniflare at ${miniflareDir}`;
    versions[MINIFLARE_HOST.id] = await ensureRuntime(MINIFLARE_HOST, consumer.dir);
    const bundle = join(temp, 'worker-bundle.js');
    await bundleWorker(consumer.workerMain, bundle);
    const found = (await runWorker(MINIFLARE_HOST, miniflareDir, bundle, { mockUrl: hostMock.url, webhook }, temp)) as Record<string, Cell>;
    for (const capability of SMOKE_CAPABILITIES) record('workerd', capability, found[capability] ?? { status: 'fail', note: 'no result' });
    for (const capability of SMOKE_CAPABILITIES.filter((name) => name !== 'mockHosted')) {
      expect(found[capability], `workerd: ${capability}`).toEqual({ status: 'pass' });
    }
    expect(found.mockHosted?.status).toBe('unsupported');
  });

  for (const module of ['node16', 'node18']) {
    it(`CommonJS with TypeScript \`module: ${module}\` cannot import the ESM-only client: tsc refuses with TS1479`, async () => {
      if (!consumer) throw new Error('the packed packages were not installed');
      const result = await compileCommonjsConsumer(join(consumer.dir, `cjs-${module}`), module);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toContain('TS1479');
    });
  }

  it('CommonJS with TypeScript `module: node20` compiles its imports of the client to require()', async () => {
    if (!consumer) throw new Error('the packed packages were not installed');
    const dir = join(consumer.dir, 'cjs-node20');
    const result = await compileCommonjsConsumer(dir, 'node20');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'main.js'), 'utf8')).toContain('require("@leadway/client")');
  });

  it('CommonJS with TypeScript `module: nodenext` compiles to require() and runs on Node 20, 22 and 24 (require of ESM)', async () => {
    if (!consumer) throw new Error('the packed packages were not installed');
    const dir = join(consumer.dir, 'cjs-nodenext');
    const compiled = await compileCommonjsConsumer(dir, 'nodenext');
    expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'main.js'), 'utf8')).toContain('require("@leadway/client")');
    const failures: string[] = [];
    for (const runtime of NODE_RUNTIMES) {
      const [command, args] = scriptCommand(runtime, join(dir, 'dist', 'main.js'));
      const result = await runCommand(command, args, { cwd: dir, env: consumerEnv({ LEADWAY_MOCK_URL: hostMock.url }), timeoutMs: 120_000 });
      const printed = result.code === 0 ? (JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>) : undefined;
      const ok = printed?.moduleSystem === 'commonjs' && printed.notFound === 'not_found' && printed.verifier === 'function';
      record(runtime.id, 'commonjs', ok ? { status: 'pass' } : { status: 'fail', note: `${result.stdout}${result.stderr}`.slice(-500) });
      if (!ok) failures.push(`${runtime.label}: ${result.stdout}${result.stderr}`);
    }
    expect(failures).toEqual([]);
  });

  it("the README's compatibility table is the one these tests found", () => {
    const table = renderCompatibilityTable(results);
    console.log(`compatibility table, as found:\n${table}`);
    const readme = tableInReadme(readFileSync(inWorkspace('README.md'), 'utf8'));
    expect(readme, 'README.md: the table differs from what the tests found; write it with `pnpm --filter @leadway/runtime-tests compatibility-table`').toBe(
      table,
    );
  });
});
