// Coverage of the spec, computed from the bundled spec (no hand-kept list): every operation has a
// client function (generated in src/generated/functions.ts, or, for one the spec marks
// `x-leadway-hand-written`, a hand-written source that uses its table entry `<id>Operation` or names
// it `OPERATION = '<id>'`) and a contract test (a `describe('<operationId>...` under
// test/contract/). Adding an operation to the spec without regenerating, or without a contract
// test, turns this red.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledSpec } from '@leadway/spec/validator';
import { describe, expect, it } from 'vitest';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const root = fileURLToPath(new URL('../../', import.meta.url));

function operationIds(): string[] {
  const doc = loadBundledSpec() as { paths?: Record<string, Record<string, { operationId?: string }>> };
  const ids: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      ids.push(operation.operationId);
    }
  }
  return ids;
}

function sourcesUnder(dir: string, pattern: RegExp, skip?: string): string {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (skip && join(entry.parentPath, entry.name).startsWith(skip)) continue;
    if (entry.isFile() && pattern.test(entry.name)) out.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return out.join('\n');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ids = operationIds();
const clientSources = sourcesUnder(join(root, 'src'), /\.ts$/, join(root, 'src/generated'));
const generatedFunctions = readFileSync(join(root, 'src/generated/functions.ts'), 'utf8');
const contracts = sourcesUnder(join(root, 'test/contract'), /\.ts$/);

describe('spec coverage', () => {
  it('reads the operations from the bundled spec', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every operation in the spec has a client function', () => {
    const missing = ids.filter(
      (id) =>
        !new RegExp(`export (?:async )?function ${escapeRegExp(id)}\\(`).test(generatedFunctions) &&
        !new RegExp(`\\b${escapeRegExp(id)}Operation\\b|OPERATION\\s*=\\s*['"\`]${escapeRegExp(id)}['"\`]`).test(clientSources),
    );
    expect(missing, 'operations without a client function in src/ (outside src/generated)').toEqual([]);
  });

  it('every operation in the spec has a contract test', () => {
    const missing = ids.filter((id) => !new RegExp(`describe(?:\\.\\w+)*\\(\\s*['"\`]${escapeRegExp(id)}\\b`).test(contracts));
    expect(missing, 'operations without a contract test whose describe title starts with the operationId').toEqual([]);
  });
});
