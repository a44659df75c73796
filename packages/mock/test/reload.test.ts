import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSpecPath, type MockStartError, type RunningMock, startMock } from '../src/index.js';
import { apiHeaders } from './helpers/local-server.js';
import { specWithProbe } from './helpers/spec-with-probe.js';

/** The bundled spec plus an operation `GET /reload-probe` answering `{ "version": version }`. */
function specAt(version: string): string {
  return specWithProbe('/reload-probe', 'reloadProbe', {
    '200': { description: 'which spec answered', content: { 'application/json': { schema: { type: 'object' }, example: { version } } } },
  });
}

/** Which version of the spec answers: the probe's version, or its status when the probe is unknown. */
async function servedVersion(mock: RunningMock): Promise<string> {
  // A connection of its own per probe: a kept-alive one, idle through a reload that takes seconds on a
  // busy machine, can be closed by the server's keep-alive timeout just as fetch reuses it ("fetch
  // failed"), which is a race of the test's client, not a reload that failed.
  const response = await fetch(`${mock.url}/reload-probe`, { headers: { ...apiHeaders, connection: 'close' } });
  if (!response.ok) return `status ${response.status}`;
  return ((await response.json()) as { version: string }).version;
}

function waitFor<T>(register: (done: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no reload within 30 s')), 30_000);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

// Each reload loads the spec and starts Prism again: seconds on a busy machine.
describe('reloading the spec', { timeout: 60_000 }, () => {
  let dir: string;
  let mock: RunningMock | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the changed spec on the same port when the file changes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    const spec = join(dir, 'openapi.json');
    copyFileSync(bundledSpecPath, spec);
    let onReload: (result: { error?: MockStartError }) => void = () => undefined;
    mock = await startMock({ specPath: spec, watch: true, onReload: (result) => onReload(result) });
    expect(await servedVersion(mock)).toBe('status 404');

    const reloaded = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
    writeFileSync(spec, specAt('v2'));
    expect((await reloaded).error).toBeUndefined();
    expect(await servedVersion(mock)).toBe('v2');
  });

  it('keeps serving the previous spec, and says why, when the changed one is invalid', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    const spec = join(dir, 'openapi.json');
    writeFileSync(spec, specAt('v1'));
    let onReload: (result: { error?: MockStartError }) => void = () => undefined;
    mock = await startMock({ specPath: spec, watch: true, onReload: (result) => onReload(result) });

    const reloaded = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
    writeFileSync(spec, '{ "openapi": "3.1.0", "paths": ');
    const { error } = await reloaded;
    expect(error?.code).toBe('SPEC_INVALID');
    // Named once: the parser's own "Error parsing <file>:" prefixes are not repeated after it.
    expect(error?.message.split(spec)).toHaveLength(2);
    expect(await servedVersion(mock)).toBe('v1');
  });

  it('reloads a YAML spec when a file its $ref points to, in a folder beside it, changes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    mkdirSync(join(dir, 'paths'));
    const probe = (version: string) =>
      [
        'get:',
        '  operationId: reloadProbe',
        '  responses:',
        "    '200':",
        '      description: which spec answered',
        '      content:',
        '        application/json:',
        '          schema: { type: object }',
        `          example: { version: ${version} }`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'paths', 'probe.yaml'), probe('v1'));
    writeFileSync(
      join(dir, 'openapi.yaml'),
      ['openapi: 3.1.0', 'info: { title: probe, version: 1.0.0 }', 'paths:', '  /reload-probe:', '    $ref: paths/probe.yaml', ''].join('\n'),
    );
    let onReload: (result: { error?: MockStartError }) => void = () => undefined;
    mock = await startMock({ specPath: join(dir, 'openapi.yaml'), watch: true, onReload: (result) => onReload(result) });
    expect(await servedVersion(mock)).toBe('v1');

    const reloaded = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
    writeFileSync(join(dir, 'paths', 'probe.yaml'), probe('v2'));
    expect((await reloaded).error).toBeUndefined();
    expect(await servedVersion(mock)).toBe('v2');

    // A broken $ref'd file: the error names that file, once, and the previous spec keeps serving.
    const failed = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
    writeFileSync(join(dir, 'paths', 'probe.yaml'), 'get:\n  summary: [unclosed\n');
    const { error } = await failed;
    expect(error?.code).toBe('SPEC_INVALID');
    expect(error?.message.split(join(dir, 'paths', 'probe.yaml'))).toHaveLength(2);
    expect(await servedVersion(mock)).toBe('v2');
  });

  /** Saves as `sed -i`, vim and VS Code do: a temporary file beside it, renamed over the original. */
  function saveAtomically(path: string, text: string): void {
    writeFileSync(`${path}.tmp-save`, text);
    renameSync(`${path}.tmp-save`, path);
  }

  it('keeps reloading when an editor saves the spec atomically, save after save', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    const spec = join(dir, 'openapi.json');
    writeFileSync(spec, specAt('v1'));
    let onReload: (result: { error?: MockStartError }) => void = () => undefined;
    mock = await startMock({ specPath: spec, watch: true, onReload: (result) => onReload(result) });
    for (const version of ['v2', 'v3', 'v4']) {
      const reloaded = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
      saveAtomically(spec, specAt(version));
      expect((await reloaded).error).toBeUndefined();
      expect(await servedVersion(mock)).toBe(version);
    }
  });

  it('keeps reloading when a file its $ref points to, in a folder beside it, is saved atomically, save after save', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    mkdirSync(join(dir, 'paths'));
    const probe = (version: string) =>
      `get:\n  operationId: reloadProbe\n  responses:\n    '200':\n      description: which spec answered\n      content:\n        application/json:\n          schema: { type: object }\n          example: { version: ${version} }\n`;
    writeFileSync(join(dir, 'paths', 'probe.yaml'), probe('v1'));
    writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: { title: probe, version: 1.0.0 }\npaths:\n  /reload-probe:\n    $ref: paths/probe.yaml\n');
    let onReload: (result: { error?: MockStartError }) => void = () => undefined;
    mock = await startMock({ specPath: join(dir, 'openapi.yaml'), watch: true, onReload: (result) => onReload(result) });
    expect(await servedVersion(mock)).toBe('v1');
    for (const version of ['v2', 'v3', 'v4']) {
      const reloaded = waitFor<{ error?: MockStartError }>((done) => (onReload = done));
      saveAtomically(join(dir, 'paths', 'probe.yaml'), probe(version));
      expect((await reloaded).error).toBeUndefined();
      expect(await servedVersion(mock)).toBe(version);
    }
  });

  it('reload() swaps the spec on demand', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadway-mock-reload-'));
    const spec = join(dir, 'openapi.json');
    copyFileSync(bundledSpecPath, spec);
    mock = await startMock({ specPath: spec });
    writeFileSync(spec, specAt('manual'));
    await mock.reload();
    expect(await servedVersion(mock)).toBe('manual');
  });
});
