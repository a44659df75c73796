import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerEnv } from '../../release/src/clean-env.js';
import { consumerTsconfig } from '../../release/src/consumer-project.js';
import { inWorkspace } from '../../release/src/paths.js';
import { runOrThrow } from '../../release/src/run-command.js';
import { stageRelease } from '../../release/src/stage-release.js';

/** A project outside the workspace with the packed client and mock installed and the smoke program compiled. */
export interface PackedConsumer {
  dir: string;
  /** The compiled smoke entry for script runtimes. */
  hostMain: string;
  /** The compiled Worker entry (to bundle). */
  workerMain: string;
}

const smokeSources = fileURLToPath(new URL('../smoke/', import.meta.url));
export const tsc = inWorkspace('node_modules', 'typescript', 'bin', 'tsc');

/**
 * Packs @leadway/client and @leadway/mock as the release would (tests/release's stageRelease),
 * installs the tarballs with npm in `dir` (outside the workspace; third-party dependencies from the
 * npm registry), and compiles the smoke program there with tsc, strict, against the published types.
 */
export async function preparePackedConsumer(tempDir: string): Promise<PackedConsumer> {
  const staged = await stageRelease(join(tempDir, 'stage'));
  const tarball = (name: string) => {
    const found = staged.packages.find((pkg) => pkg.name === name);
    if (!found) throw new Error(`${name} was not packed`);
    return found.tarball;
  };
  const dir = join(tempDir, 'consumer');
  mkdirSync(join(dir, 'src'), { recursive: true });
  const env = consumerEnv();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runtime-smoke', private: true, type: 'module' }, null, 2));
  await runOrThrow('npm', ['install', tarball('@leadway/client'), tarball('@leadway/mock'), '@types/node@20'], { cwd: dir, env, timeoutMs: 420_000 });
  for (const file of readdirSync(smokeSources)) cpSync(join(smokeSources, file), join(dir, 'src', file));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
  await runOrThrow(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, env, timeoutMs: 180_000 });
  return { dir, hostMain: join(dir, 'dist', 'host-main.js'), workerMain: join(dir, 'dist', 'worker.js') };
}
