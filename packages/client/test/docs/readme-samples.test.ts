// Every TypeScript sample in this package's README compiles against the built package, imported by
// its published name (`@leadway/client`, `@leadway/client/webhooks`) as a user's project would.
// Each ```ts block becomes one module; the few values a sample receives from its surroundings (a
// webhook's raw body and request) are declared, typed as a user's code would have them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..', '..');
const samplesDir = join(packageDir, 'test-artifacts', 'readme-samples');
const SURROUNDINGS = 'declare const rawBody: string;\ndeclare const request: Request;\n';

function readmeSamples(): string[] {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

describe('README samples', () => {
  it('has TypeScript samples to check', () => {
    expect(readmeSamples().length).toBeGreaterThanOrEqual(5);
  });

  it('each compiles with tsc --noEmit (strict, NodeNext) against the built package', () => {
    rmSync(samplesDir, { recursive: true, force: true });
    mkdirSync(samplesDir, { recursive: true });
    const files = readmeSamples().map((code, i) => {
      const file = `sample-${i + 1}.ts`;
      writeFileSync(join(samplesDir, file), `${SURROUNDINGS}${code}\nexport {};\n`);
      return file;
    });
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    };
    writeFileSync(join(samplesDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(samplesDir, 'tsconfig.json')], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stdout + result.stderr, 'tsc reports these errors in the README samples').toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
