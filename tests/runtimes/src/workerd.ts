import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { consumerEnv } from '../../release/src/clean-env.js';
import { runOrThrow } from '../../release/src/run-command.js';
import { type Runtime, scriptCommand } from './runtimes.js';

/** Miniflare brings workerd (a registry package with the binary for this platform). */
export const MINIFLARE = 'miniflare@4.20260730.0';
const runWorkerScript = fileURLToPath(new URL('../scripts/run-worker.mjs', import.meta.url));

/**
 * Installs Miniflare once into a cache folder beside npm's (it needs Node 22, so it is not a
 * workspace dependency of a Node 20 workspace), and returns that folder. A failed install throws.
 */
export async function ensureMiniflare(): Promise<string> {
  const dir = join(process.env.LEADWAY_RUNTIME_CACHE ?? join(homedir(), '.cache', 'leadway-runtimes'), MINIFLARE);
  if (existsSync(join(dir, 'node_modules', 'miniflare', 'package.json')) && existsSync(join(dir, 'installed'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'leadway-miniflare-cache', private: true }));
  await runOrThrow('npm', ['install', '--no-save', '--engine-strict=false', MINIFLARE], { cwd: dir, env: consumerEnv(), timeoutMs: 420_000 });
  writeFileSync(join(dir, 'installed'), `${MINIFLARE}\n`);
  return dir;
}

/** Bundles the Worker entry the way a Workers project is bundled (esbuild, ESM, worker conditions). */
export async function bundleWorker(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
  });
}

/** Runs the bundled Worker in workerd with `body` as its request, and returns its JSON answer. */
export async function runWorker(host: Runtime, miniflareDir: string, bundle: string, body: unknown, tempDir: string): Promise<unknown> {
  const bodyFile = join(tempDir, 'worker-request.json');
  writeFileSync(bodyFile, JSON.stringify(body));
  const [command, args] = scriptCommand(host, runWorkerScript, miniflareDir, bundle, bodyFile);
  const result = await runOrThrow(command, args, { cwd: tempDir, timeoutMs: 180_000 });
  const line = result.stdout.split('\n').find((candidate) => candidate.startsWith('WORKER_RESULT '));
  if (!line) throw new Error(`the Worker printed no result:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice('WORKER_RESULT '.length));
}
