import { runCommand } from '../../release/src/run-command.js';

/** A JavaScript runtime the matrix runs, and how to start it from the npm registry. */
export interface Runtime {
  id: RuntimeId;
  /** Row label in the compatibility table. */
  label: string;
  /** The command that starts it, and its own arguments (`--version` after them prints its version). */
  command: string;
  args: readonly string[];
  /** Arguments between those and the script to run (`run`, permissions). */
  runArgs: readonly string[];
}

export type RuntimeId = 'node20' | 'node22' | 'node24' | 'bun' | 'deno' | 'workerd';

/** A runtime fetched by `npx --yes <spec>` (cached in npm's npx cache after the first run). */
const fromNpx = (id: RuntimeId, label: string, spec: string, ...runArgs: string[]): Runtime => ({
  id,
  label,
  command: 'npx',
  args: ['--yes', spec],
  runArgs,
});

/** Node 20 is the Node running the tests when it is a 20 (CI's), else fetched like the others. */
const node20: Runtime = process.versions.node.startsWith('20.')
  ? { id: 'node20', label: 'Node 20', command: process.execPath, args: [], runArgs: [] }
  : fromNpx('node20', 'Node 20', 'node@20');

export const NODE_RUNTIMES: readonly Runtime[] = [node20, fromNpx('node22', 'Node 22', 'node@22'), fromNpx('node24', 'Node 24', 'node@24')];

/** Script runtimes that run the packed packages' smoke program directly. */
export const SCRIPT_RUNTIMES: readonly Runtime[] = [
  fromNpx('bun', 'Bun 1.4', 'bun@1.4.4', 'run'),
  fromNpx('deno', 'Deno 2.9', 'deno@2.9.6', 'run', '--allow-all'),
];

/** Every row of the compatibility table, in order; workerd runs through Miniflare on Node 22. */
export const TABLE_ROWS: readonly { id: RuntimeId; label: string }[] = [
  ...NODE_RUNTIMES,
  ...SCRIPT_RUNTIMES,
  { id: 'workerd', label: 'Cloudflare workerd (Miniflare 4)' },
];

/** The Node that runs Miniflare (it needs Node 22 or later). */
export const MINIFLARE_HOST = NODE_RUNTIMES[1]!;

/**
 * Fails with a clear message when the runtime cannot be had (npx could not download it, or it does
 * not start), and resolves with the version it reports: a missing runtime is a failure, never a skip.
 */
export async function ensureRuntime(runtime: Runtime, cwd: string): Promise<string> {
  const result = await runCommand(runtime.command, [...runtime.args, '--version'], {
    cwd,
    timeoutMs: 300_000,
  });
  const version = result.stdout.trim().split('\n')[0] ?? '';
  if (result.code !== 0 || version === '') {
    throw new Error(
      `${runtime.label} could not be started with \`${[runtime.command, ...runtime.args].join(' ')}\` ` +
        `(exit ${result.code ?? result.signal}): npx could not download it, or it does not run here.\n${result.stderr.slice(-2000)}`,
    );
  }
  return version;
}

/** The command line that runs `script` (with `scriptArgs`) on `runtime`. */
export function scriptCommand(runtime: Runtime, script: string, ...scriptArgs: string[]): [string, string[]] {
  return [runtime.command, [...runtime.args, ...runtime.runArgs, script, ...scriptArgs]];
}

/**
 * The Node versions every package.json's `engines` names: the three lines the matrix runs, each from
 * the release where Node loads ES modules with `require()` without a flag (the CommonJS story).
 */
export const TESTED_NODE_ENGINES = '^20.19.0 || ^22.12.0 || ^24.0.0';
