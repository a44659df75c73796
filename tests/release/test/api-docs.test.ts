// The API reference: TypeDoc over @leadway/client, @leadway/mock and @leadway/redis with the root typedoc.json,
// where every warning is an error and every exported symbol must have a doc comment.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inWorkspace, workspaceRoot } from '../src/paths.js';
import { runCommand } from '../src/run-command.js';

describe('docs: the TypeDoc API reference of the published packages', () => {
  const out = mkdtempSync(join(tmpdir(), 'leadway-api-docs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds without a warning, with every exported symbol documented', async () => {
    const result = await runCommand(inWorkspace('node_modules', '.bin', 'typedoc'), ['--out', out], {
      cwd: workspaceRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeoutMs: 180_000,
    });
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(result.code, output).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const pages = readdirSync(join(out, 'modules'));
    for (const name of ['client', 'mock', 'redis'])
      expect(
        pages.some((page) => page.startsWith(`_leadway_${name}`)),
        name,
      ).toBe(true);
  });
});
