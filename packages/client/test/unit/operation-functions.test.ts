// The generator of the per-operation functions (scripts/operation-functions.mjs) on small specs: it
// writes the generic reader an extension names, and refuses an operation whose answer or body the
// generated code could not handle (rather than writing a function that mis-reads it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationsById } from '../../src/generated/operations.js';

type Sources = { functions: string; groups: string };
const { operationFunctionSources } = (await import('../../scripts/operation-functions.mjs' as string)) as {
  operationFunctionSources: (spec: unknown) => Sources;
};

/** A spec with one operation `GET /things/{id}` (or the given method and fields). */
function specWith(operation: Record<string, unknown>, method = 'get'): unknown {
  return {
    paths: {
      '/things/{id}': {
        [method]: {
          operationId: 'getThing',
          'x-leadway-client': 'things.get',
          'x-leadway-retryable': true,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } },
          ...operation,
        },
      },
    },
  };
}

const binaryAnswer = { responses: { '200': { content: { 'audio/x-wav': { schema: {} } } } } };
const formBody = (property: Record<string, unknown>) => ({
  requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: property } } } } },
});

describe('operationFunctionSources', () => {
  it('checks path parameters alone with checkPathInput, and any query or body with checkOperationInput', () => {
    expect(operationFunctionSources(specWith({})).functions).toContain(
      "invokeOperation<SuccessOf<'getThing'>>(api, getThingOperation, checkPathInput, { path: { id } }",
    );
    const withQuery = specWith({
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'q', in: 'query', schema: { type: 'string' } },
      ],
    });
    expect(operationFunctionSources(withQuery).functions).toContain('getThingOperation, checkOperationInput, { path: { id }, query: params }');
    const withBody = specWith({ requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } } }, 'put');
    expect(operationFunctionSources(withBody).functions).toContain('getThingOperation, checkOperationInput, { path: { id }, body }');
  });

  it('checks a page answered in one form with readPage, in the function and its iterator', () => {
    const paged = specWith({
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'cursor', in: 'query', schema: { type: 'string' } },
      ],
      'x-leadway-pagination': { style: 'cursor', cursorParam: 'cursor', cursorFrom: 'next', items: 'things' },
    });
    const { functions } = operationFunctionSources(paged);
    expect(functions).toContain(`{ path: { id }, query: params }, options, readPage("things")).then(dataOf)`);
    expect(functions).toContain(`{ path: { id }, query: params }, options, readPage("things"));`);
  });

  it('gives checkPathInput, in the generated functions, only to operations whose table entry has no query and no body', () => {
    const source = readFileSync(new URL('../../src/generated/functions.ts', import.meta.url), 'utf8');
    const checks = [...source.matchAll(/invokeOperation<[^(]*\(api, (\w+)Operation, (\w+),/g)].map(([, id, check]) => [id!, check!] as const);
    expect(checks.length).toBeGreaterThan(20);
    // (An operation without either may still take checkOperationInput: one argument object, x-leadway-arguments, whose unknown keys it refuses.)
    const pathOnly = checks.filter(([, check]) => check === 'checkPathInput').map(([id]) => id);
    expect(pathOnly).toContain('getConversation');
    for (const id of pathOnly) {
      const entry = operationsById[id as keyof typeof operationsById];
      expect({ id, query: entry.query, body: entry.body }).toEqual({ id, query: undefined, body: undefined });
    }
  });

  it('writes a plain function and its group method', () => {
    const { functions, groups } = operationFunctionSources(specWith({}));
    expect(functions).toContain('export function getThing(api: ApiContext, id: string, options?: CallOptions)');
    expect(groups).toContain('get: (id: string, options?: CallOptions)');
  });

  it('refuses a binary answer without x-leadway-download, and reads it as a download with one', () => {
    expect(() => operationFunctionSources(specWith(binaryAnswer))).toThrow(/audio\/x-wav answer needs x-leadway-download/);
    const { functions } = operationFunctionSources(specWith({ ...binaryAnswer, 'x-leadway-download': { fallbackFilename: 'thing.wav' } }));
    expect(functions).toContain('readDownload("thing.wav")');
    expect(functions).toContain('Promise<DownloadedFile>');
  });

  it('refuses a multipart body naming no file field, and builds the form with one', () => {
    expect(() => operationFunctionSources(specWith(formBody({ type: 'string' }), 'post'))).toThrow(/names no file field/);
    const file = { type: 'string', 'x-leadway-file': { argument: 'files', extensions: ['pdf'] } };
    const { functions } = operationFunctionSources(specWith(formBody(file), 'post'));
    expect(functions).toContain('export async function getThing(');
    expect(functions).toContain('multipartBody(getThingOperation, body, {"file":{"argument":"files","extensions":["pdf"]}})');
  });

  it('refuses x-leadway-arguments that is not an argument name', () => {
    expect(() => operationFunctionSources(specWith({ 'x-leadway-arguments': 'not a name' }))).toThrow(/x-leadway-arguments/);
  });

  it('refuses two readers on one operation', () => {
    expect(() => operationFunctionSources(specWith({ 'x-leadway-envelope': { list: true }, 'x-leadway-outcome': { status: 's', flag: 'ok' } }))).toThrow(
      /at most one/,
    );
  });

  it('writes an iterator for a list that pages, and leaves a hand-written operation out of its group', () => {
    const query = { name: 'cursor', in: 'query', schema: { type: 'string' } };
    const paged = specWith({
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, query],
      'x-leadway-pagination': { style: 'cursor', cursorParam: 'cursor', cursorFrom: 'next', items: 'things' },
    });
    const { functions, groups } = operationFunctionSources(paged);
    expect(functions).toContain('export function getThingAll(');
    expect(groups).toContain('getAll: (');
    const handWritten = operationFunctionSources(specWith({ 'x-leadway-hand-written': 'why, and where' }));
    expect(handWritten.functions).toContain('export function getThing(');
    expect(handWritten.groups).not.toContain('get: (');
  });
});
