// `@leadway/client/webhooks` must stay small and browser-safe: a server that only receives webhooks
// loads the verifier, one error class and nothing else of the client, and no Node built-in.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('../../', import.meta.url));

async function bundleInputs() {
  const result = await build({
    entryPoints: [`${pkgDir}src/webhooks/index.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: pkgDir,
  });
  return Object.keys(result.metafile.inputs);
}

describe('the @leadway/client/webhooks entry point', () => {
  it('bundles for the browser from its own folder plus InvalidInputError and its base class only', async () => {
    const inputs = await bundleInputs();
    const outside = inputs.filter((path) => !path.startsWith('src/webhooks/'));
    expect(outside.sort()).toEqual(['src/errors/invalid-input-error.ts', 'src/errors/leadway-error.ts']);
    expect(inputs.some((path) => path.startsWith('node:') || path.includes('node_modules'))).toBe(false);
  });

  it('is exported by package.json, to what tsconfig.build.json emits', () => {
    const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8'));
    expect(pkg.exports['./webhooks']).toEqual({ types: './dist/webhooks/index.d.ts', default: './dist/webhooks/index.js' });
    const tsconfig = JSON.parse(readFileSync(`${pkgDir}tsconfig.build.json`, 'utf8'));
    expect(tsconfig.compilerOptions.rootDir).toBe('src');
    expect(tsconfig.compilerOptions.outDir).toBe('dist');
    expect(tsconfig.include).toContain('src');
  });
});
