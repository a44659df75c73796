// Differential test of the client's input rules against Prism's request validation, on the real
// mock: for every operation of the client, inputs (the spec's own examples mutated field by field,
// and fast-check values) go through the client's checks (checkOperationInput, the generated table)
// and, sent raw without those checks, through Prism. The client must refuse exactly what Prism
// refuses: it never sends what Prism refuses, and never refuses what Prism accepts.
//
// Two deliberate differences are left out of the comparison and asserted on their own:
// - the client refuses query parameters the spec does not define (the live API answers 422
//   "property X should not exist"; Prism ignores them);
// - a path parameter `.` or `..` is refused by the client (the spec's ResourceId pattern) but never
//   reaches Prism as such: the URL is normalised on the way, so the request lands on another
//   operation (`DELETE /conversations/messages/../schedule` is `DELETE /conversations/schedule`, a
//   conversation delete), which Prism may well accept.
// Path and query values are compared for values of the JS type the schema declares: a value of
// another type (the number 42 for a string id) is refused by the typed client, while its text on the
// wire could pass.
import { loadBundledSpec, resolveRef } from '@leadway/spec/validator';
import fc from 'fast-check';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { operationsById } from '../../src/generated/operations.js';
import { checkOperationInput } from '../../src/operations/check-operation-input.js';
import type { OperationInput } from '../../src/operations/invoke-operation.js';
import type { OperationSpec } from '../../src/operations/operation-spec.js';
import { mockUrl } from '../helpers/contract-kit.js';
import { fieldMutations, ODD_VALUES } from '../helpers/odd-values.js';
import { SECRET_TOKEN } from '../helpers/recording-fetch.js';

const doc = loadBundledSpec();
const baseUrl = mockUrl();

/** The operations the client sends as JSON or query (multipart and token forms have their own tests). */
const operations = Object.values(operationsById).filter(
  (op: OperationSpec) => specOperation(op)['x-leadway-client'] !== undefined && (op.body?.contentType ?? 'application/json') === 'application/json',
);

const VALID_ID = 'tDtDnQdgm2LXpyiqYvZ6';
/** The parts of a spec schema read here: its types, values and branches. */
interface SpecSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: SpecSchema[];
  oneOf?: SpecSchema[];
  allOf?: SpecSchema[];
}

/** A parameter's schema as the spec writes it, its `$ref` resolved (the table holds only its compiled check). */
function parameterSchema(op: OperationSpec, name: string, where: string): SpecSchema {
  return resolveRef(doc, rawParameters(op).find((p) => p.name === name && p.in === where)!.schema);
}

/** The JS types a schema's values can have ('integer' is a number here). */
function jsTypes(schema: SpecSchema): Set<string> {
  const rule: SpecSchema = resolveRef(doc, schema);
  const out = new Set<string>();
  const add = (type: string) => out.add(type === 'integer' ? 'number' : type);
  if (typeof rule.type === 'string') add(rule.type);
  else if (Array.isArray(rule.type)) rule.type.forEach(add);
  for (const branch of [...(rule.anyOf ?? []), ...(rule.oneOf ?? []), ...(rule.allOf ?? [])]) jsTypes(branch).forEach(add);
  for (const v of rule.enum ?? []) add(typeof v);
  return out;
}
const jsType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
/** Arrays in a query carry text: only arrays of strings keep their meaning on the wire. */
const wireSafe = (value: unknown) => !Array.isArray(value) || value.every((v) => typeof v === 'string');

/** A valid value for a parameter: its example, else the first enum value, else a plain one of its type. */
function validParameterValue(op: OperationSpec, name: string, where: 'path' | 'query'): unknown {
  const raw = rawParameters(op).find((p) => p.name === name && p.in === where);
  if (raw?.example !== undefined) return raw.example;
  if (where === 'path') return VALID_ID;
  const rule = parameterSchema(op, name, where);
  if (rule.enum) return rule.enum[0];
  return jsTypes(rule).has('number') ? 10 : 'value';
}

/** The spec's path item and operation object of a table entry. */
function specItem(op: OperationSpec): Record<string, { parameters?: unknown[]; 'x-leadway-client'?: string }> {
  return (doc.paths as Record<string, Record<string, { parameters?: unknown[] }>>)[op.path]!;
}

function specOperation(op: OperationSpec): { parameters?: unknown[]; 'x-leadway-client'?: string } {
  return specItem(op)[op.method.toLowerCase()]!;
}

function rawParameters(op: OperationSpec): Array<{ name: string; in: string; example?: unknown; schema: SpecSchema }> {
  const list = [...((specItem(op).parameters as unknown[]) ?? []), ...(specOperation(op).parameters ?? [])];
  return list.map((p) => resolveRef(doc, p));
}

function bodyExamples(op: OperationSpec): unknown[] {
  const operation = (doc.paths as Record<string, Record<string, { requestBody?: unknown }>>)[op.path]![op.method.toLowerCase()]!;
  const media = resolveRef(doc, operation.requestBody)?.content?.['application/json'];
  return media ? [media.example, ...Object.values<{ value: unknown }>(media.examples ?? {}).map((e) => e.value)].filter((v) => v !== undefined) : [];
}

/** The entry's path and query parameters, as one list. */
function tableParameters(op: OperationSpec): Array<{ in: 'path' | 'query'; name: string; required: boolean }> {
  return [
    ...Object.keys(op.pathParameters ?? {}).map((name) => ({ in: 'path' as const, name, required: true })),
    ...Object.keys(op.query ?? {}).map((name) => ({ in: 'query' as const, name, required: op.requiredQuery?.includes(name) === true })),
  ];
}

/** A valid input of the operation, from the spec's examples. */
function baseInputs(op: OperationSpec): OperationInput[] {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of tableParameters(op)) {
    if (p.in === 'path') path[p.name] = validParameterValue(op, p.name, 'path');
    if (p.in === 'query' && p.required) query[p.name] = validParameterValue(op, p.name, 'query');
  }
  const hasQuery = op.query !== undefined;
  const bodies = op.body ? bodyExamples(op) : [undefined];
  return bodies.map((body) => ({ path, ...(hasQuery ? { query } : {}), ...(body !== undefined ? { body } : {}) }));
}

/** The base input, and each parameter and body field replaced by each odd value (or removed). */
function mutations(op: OperationSpec, base: OperationInput): OperationInput[] {
  const out: OperationInput[] = [base];
  for (const p of tableParameters(op)) {
    const types = jsTypes(parameterSchema(op, p.name, p.in));
    for (const value of [undefined, ...ODD_VALUES]) {
      if (value !== undefined && (!types.has(jsType(value)) || !wireSafe(value))) continue;
      if (p.in === 'path' && (value === '.' || value === '..')) continue;
      if (p.in === 'path') out.push({ ...base, path: { ...base.path, [p.name]: value } });
      else out.push({ ...base, query: { ...(base.query as object), [p.name]: value } });
    }
  }
  if (typeof base.body === 'object' && base.body !== null) {
    for (const body of fieldMutations(base.body as Record<string, unknown>)) out.push({ ...base, body });
  }
  return out;
}

const raw = () => createClient<Record<string, never>>({ baseUrl });

function clientAccepts(op: OperationSpec, input: OperationInput): boolean {
  try {
    checkOperationInput(op, input);
    return true;
  } catch {
    return false;
  }
}

/** Prism's verdict on the request the client would have sent without its checks. */
async function prismAccepts(op: OperationSpec, input: OperationInput): Promise<boolean> {
  const path = Object.fromEntries(Object.entries(input.path ?? {}).map(([k, v]) => [k, v === undefined ? '' : String(v)]));
  const joinArrays = op.joined !== undefined;
  const { response } = await (raw().request as (m: string, u: string, i: object) => Promise<{ response: Response }>)(op.method.toLowerCase(), op.path, {
    params: { path, query: input.query, header: { Version: op.version ?? '2021-07-28' } },
    headers: { Authorization: `Bearer ${SECRET_TOKEN}` },
    ...(input.body !== undefined ? { body: input.body } : {}),
    parseAs: 'text',
    ...(joinArrays ? { querySerializer: { array: { style: 'form', explode: false } } } : {}),
  });
  return response.status < 400;
}

describe('differential: the client refuses exactly what Prism refuses', () => {
  // A bounded loop of a few thousand requests, 8 in flight; the timeout only bounds a hung mock.
  it('on every operation, for the spec examples mutated one field at a time', { timeout: 600_000 }, async () => {
    const cases: Array<[OperationSpec, OperationInput]> = [];
    for (const op of operations) {
      for (const base of baseInputs(op)) {
        expect(clientAccepts(op, base), `${op.id}: the spec's own example is accepted`).toBe(true);
        for (const input of mutations(op, base)) cases.push([op, input]);
      }
    }
    const disagreements: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const [op, input] = cases[next++]!;
        const client = clientAccepts(op, input);
        const prism = await prismAccepts(op, input);
        if (client !== prism) disagreements.push(`${op.id} ${JSON.stringify(input).slice(0, 160)}: client=${client} prism=${prism}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`differential (examples mutated): ${cases.length} requests over ${operations.length} operations, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('on every operation with a body, for arbitrary JSON bodies (fast-check, fixed seed)', { timeout: 600_000 }, async () => {
    const withBody = operations.filter((op) => op.body);
    let runs = 0;
    const disagreements: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.dictionary(fc.constantFrom('status', 'type', 'contactId', 'message', 'locationId', 'attachments', 'x'), fc.jsonValue({ maxDepth: 1 })),
        ),
        async (op, body) => {
          runs++;
          const input = { ...baseInputs(op)[0]!, body };
          const client = clientAccepts(op, input);
          const prism = await prismAccepts(op, input);
          if (client !== prism) disagreements.push(`${op.id} ${JSON.stringify(body).slice(0, 160)}: client=${client} prism=${prism}`);
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
    console.log(`differential (fast-check bodies): ${runs} requests, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
  });

  it("a path parameter '.' or '..' would reach another operation: the client refuses it", () => {
    for (const id of ['.', '..']) {
      const url = new URL(`/conversations/messages/${encodeURIComponent(id)}/schedule`, 'https://services.leadconnectorhq.com');
      expect(url.pathname).not.toMatch(/^\/conversations\/messages\/[^/]+\/schedule$/);
      expect(clientAccepts(operationsById.cancelScheduledMessage, { path: { messageId: id } })).toBe(false);
    }
  });

  it('a query parameter the spec does not define is refused by the client, ignored by Prism', async () => {
    const op = operationsById.searchConversations;
    const input = { query: { locationId: VALID_ID, limits: 5 } };
    expect(clientAccepts(op, input)).toBe(false);
    expect(await prismAccepts(op, input)).toBe(true);
  });
});
